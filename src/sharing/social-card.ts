// Draws a social image (1200×630 PNG): site name, a kicker, the title and
// the programme line, on the site's accent colour. Satori lays the text out
// with Inter from node_modules (no network), resvg turns the SVG into a PNG.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

export const socialCardSize = { width: 1200, height: 630 } as const;

export interface SocialCard {
  /** A short line above the title: «Godt eksempel fra Mandal», «Pressemelding nr. 4 · juni 2010». */
  kicker: string;
  title: string;
}

// From designsystemet.config.json: the accent and the warm support colour.
const accent = '#1b5e7a';
const warm = '#b5531c';

const require = createRequire(import.meta.url);
const interFile = (weight: number) => readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= [
    { name: 'Inter', data: interFile(400), weight: 400, style: 'normal' },
    { name: 'Inter', data: interFile(700), weight: 700, style: 'normal' },
  ];
  return fonts;
}

/** Long titles get a smaller size so they fit in four lines. */
export function titleSize(title: string): number {
  const length = [...title].length;
  return length <= 45 ? 72 : length <= 80 ? 60 : 50;
}

type Style = Record<string, string | number>;
interface Element {
  type: string;
  props: { style: Style; children?: string | Element | Element[] };
}
const box = (style: Style, children?: string | Element | Element[]): Element => ({ type: 'div', props: { style, children } });

function layout({ kicker, title }: SocialCard): Element {
  const size = titleSize(title);
  return box(
    {
      width: socialCardSize.width,
      height: socialCardSize.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: accent,
      color: '#ffffff',
      fontFamily: 'Inter',
      borderBottom: `24px solid ${warm}`,
    },
    [
      box({ display: 'flex', fontSize: 34, fontWeight: 700 }, 'Kompetansebanken'),
      box({ display: 'flex', flexDirection: 'column' }, [
        box({ display: 'block', fontSize: 30, marginBottom: 20, lineClamp: 1, opacity: 0.9 }, kicker),
        box({ display: 'block', fontSize: size, fontWeight: 700, lineHeight: 1.12, lineClamp: 4 }, title),
      ]),
      box({ display: 'flex', fontSize: 26 }, 'Kvalitetskommuneprogrammet 2007–2010'),
    ],
  );
}

export async function renderSocialCard(card: SocialCard): Promise<Buffer> {
  // Satori takes plain { type, props } objects; its types ask for React's element type.
  const element = layout(card) as unknown as Parameters<typeof satori>[0];
  const svg = await satori(element, { ...socialCardSize, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: socialCardSize.width } }).render().asPng();
}
