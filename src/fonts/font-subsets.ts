// The site's web font, cut down for light first visits: Inter (variable,
// weights 400–700) with only the letters and signs Norwegian pages use, in
// one small file, and the Sami letters in a second tiny one. Every other
// character still gets Inter: fontsource's full files are declared after
// them, with unicode-ranges that leave out what the small files have, so a
// browser downloads them only for a page that uses such a character.
// `npm run fonts` writes the files; font-subsets.test.ts checks they are current.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const fontsource = '@fontsource-variable/inter';
const sourceFile = (name: string) => require.resolve(`${fontsource}/files/${name}`);
/** fontsource's stylesheet: one @font-face per script, each with its unicode-range. */
const sourceCss = () => readFileSync(require.resolve(`${fontsource}/index.css`), 'utf8');

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

/** Always in the small files: what Norwegian (bokmål, nynorsk) and Sami text needs, names from neighbouring languages, and typography. */
export const commonCharacters =
  range(0x20, 0x7e) +
  '\u00a0\u00ad' + // no-break space, soft hyphen (hyphenation)
  'ÆØÅæøåÄÖÜäöüÁáÉéÈèÊêÓóÒòÔôÍíÚúÇçÑñ' +
  '«»§°±²³·½¼¾×÷©' +
  '‐‑–—‘’‚“”„…•′″€™−';
export const samiCharacters = 'ČčĐđŊŋŠšŦŧŽž';

export const files = {
  common: { name: 'inter-common.woff2', source: 'inter-latin-wght-normal.woff2', characters: commonCharacters },
  sami: { name: 'inter-sami.woff2', source: 'inter-latin-ext-wght-normal.woff2', characters: samiCharacters },
} as const;

/** The weights the site's CSS uses (Designsystemet: 400, 500, 600; bold 700); a narrower axis is a smaller file. */
const weights = { min: 400, max: 700 };

export async function subsetFile(file: (typeof files)[keyof typeof files]): Promise<Buffer> {
  // noLayoutClosure: leave out alternates only reachable by OpenType features (stylistic sets and the like).
  return subsetFont(readFileSync(sourceFile(file.source)), file.characters, {
    targetFormat: 'woff2',
    noLayoutClosure: true,
    variationAxes: { wght: weights },
  });
}

/** «U+0-FF,U+131» as code points. */
export function parseRange(range: string): Set<number> {
  const points = new Set<number>();
  for (const [, from = '', to] of range.matchAll(/U\+([0-9A-F]+)(?:-([0-9A-F]+))?/gi))
    for (let c = parseInt(from, 16); c <= parseInt(to ?? from, 16); c++) points.add(c);
  return points;
}

/** Code points as a unicode-range, consecutive ones joined: «U+20-7E,U+A0». */
export function formatRange(points: Iterable<number>): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i] ?? 0;
    let to = from;
    while (sorted[i + 1] === to + 1) to = sorted[++i] ?? to;
    const hex = (c: number) => c.toString(16).toUpperCase();
    parts.push(from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`);
  }
  return parts.join(',');
}

const codePoints = (text: string) => new Set([...text].map((c) => c.codePointAt(0) ?? 0));

/** The stylesheet: the two small files, then fontsource's faces for every other character. */
export function fontCss(): string {
  const small = new Set([...codePoints(commonCharacters), ...codePoints(samiCharacters)]);
  const face = (src: string, weight: string, points: Iterable<number>) =>
    `@font-face {\n  font-family: 'Inter Variable';\n  font-style: normal;\n  font-display: swap;\n  font-weight: ${weight};\n  src: url(${src}) format('woff2');\n  unicode-range: ${formatRange(points)};\n}\n`;
  const own = Object.values(files).map((f) => face(`./${f.name}`, `${weights.min} ${weights.max}`, codePoints(f.characters)));
  const rest = [...sourceCss().matchAll(/@font-face\s*\{([^}]*)\}/g)].flatMap(([, body = '']) => {
    const file = /url\(\.\/files\/([^)]+)\)/.exec(body)?.[1] ?? '';
    const points = [...parseRange(/unicode-range:([^;]*)/.exec(body)?.[1] ?? '')].filter((c) => !small.has(c));
    // From src/fonts/ to the package: Vite copies the file into the build only if a page can need it.
    return points.length ? [face(`../../node_modules/${fontsource}/files/${file}`, '100 900', points)] : [];
  });
  return `/* Written by \`npm run fonts\` (src/fonts/font-subsets.ts); do not edit. */\n${[...own, ...rest].join('\n')}`;
}
