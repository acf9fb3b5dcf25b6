// Draws a social image (1200×630 PNG): site name, a kicker, the title and
// the programme line, on the site's accent colour. Satori lays the text out
// with Inter from node_modules (no network), sharp (librsvg) turns the SVG
// into a PNG: about a third of the CPU time resvg took per card (issue 17).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { siteText } from '../lib/site-text.ts';

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
// The Latin subset has æøå; Latin Extended has the Sami letters (á č đ ŋ š ŧ ž). Each is a
// family of its own (satori keeps one font per name and weight) and satori takes each letter
// from the first family in `fontFamily` that has it.
const subsets = { Inter: 'latin', 'Inter Latin Extended': 'latin-ext' } as const;
const fontFamily = Object.keys(subsets).join(', ');
const interFile = (subset: string, weight: number) =>
  readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
/** The fonts satori draws with: Inter 400 and 700, Latin and Latin Extended (WOFF). */
export function socialCardFonts() {
  fonts ??= Object.entries(subsets).flatMap(([name, subset]) =>
    ([400, 700] as const).map((weight) => ({ name, data: interFile(subset, weight), weight, style: 'normal' as const })),
  );
  return fonts;
}

/** The card's padding (px) left and right; the title gets the width between. */
const padding = 72;
const textWidth = socialCardSize.width - 2 * padding;
/** Smallest title size (px); a word too long even at this size is broken with a hyphen. */
const minTitleSize = 40;

/**
 * A letter's width in Inter Bold, in em, rounded up: a little wide on
 * purpose, so a word measured here always fits (tested in social-card.test.ts).
 */
function letterWidth(letter: string): number {
  if (/[iljtfrı.,:;'’!|\s-]/.test(letter)) return 0.4;
  if (/[mwMWÆæŋŊ]/.test(letter)) return 0.98;
  if (letter !== letter.toLowerCase()) return 0.78;
  return 0.64;
}
const wordWidth = (word: string) => [...word].reduce((sum, letter) => sum + letterWidth(letter), 0);

/** Long titles get a smaller size so they fit in four lines, and long words one that fits the width. */
export function titleSize(title: string): number {
  const length = [...title].length;
  const byLength = length <= 45 ? 72 : length <= 80 ? 60 : 50;
  const longest = Math.max(0, ...title.split(/\s+/).map(wordWidth));
  return Math.max(minTitleSize, Math.min(byLength, Math.floor(textWidth / longest)));
}

/** Words too long for one line even at the smallest size are broken with a hyphen, never cut off. */
export function breakLongWords(title: string, size: number): string {
  const room = textWidth / size;
  return title
    .split(/(\s+)/)
    .map((word) => {
      if (wordWidth(word) <= room) return word;
      const parts: string[] = [];
      let part = '';
      for (const letter of word) {
        if (wordWidth(`${part}${letter}-`) > room) {
          parts.push(part);
          part = '';
        }
        part += letter;
      }
      return [...parts, part].join('-');
    })
    .join('');
}

type Style = Record<string, string | number>;
interface Element {
  type: string;
  props: { style: Style; children?: string | Element | Element[] };
}
const box = (style: Style, children?: string | Element | Element[]): Element => ({ type: 'div', props: { style, children } });

function layout({ kicker, title }: SocialCard): Element {
  const size = titleSize(title);
  const shown = breakLongWords(title, size);
  return box(
    {
      width: socialCardSize.width,
      height: socialCardSize.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `64px ${padding}px`,
      background: accent,
      color: '#ffffff',
      fontFamily,
      borderBottom: `24px solid ${warm}`,
    },
    [
      box({ display: 'flex', fontSize: 34, fontWeight: 700 }, siteText.siteName),
      box({ display: 'flex', flexDirection: 'column' }, [
        box({ display: 'block', fontSize: 30, marginBottom: 20, lineClamp: 1, opacity: 0.9 }, kicker),
        box({ display: 'block', fontSize: size, fontWeight: 700, lineHeight: 1.12, lineClamp: 4 }, shown),
      ]),
      box({ display: 'flex', fontSize: 26 }, `${siteText.programme} ${siteText.years}`),
    ],
  );
}

/** The card as SVG, its text drawn as paths. */
export async function socialCardSvg(card: SocialCard): Promise<string> {
  // Satori takes plain { type, props } objects; its types ask for React's element type.
  const element = layout(card) as unknown as Parameters<typeof satori>[0];
  return satori(element, { ...socialCardSize, fonts: socialCardFonts() });
}

export async function renderSocialCard(card: SocialCard): Promise<Buffer> {
  const svg = await socialCardSvg(card);
  // The SVG is 1200×630 with its text as paths, so no font is looked up; sharp writes no metadata or time into the PNG.
  return sharp(Buffer.from(svg)).png().toBuffer();
}
