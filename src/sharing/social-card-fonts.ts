// The fonts the social cards are drawn with: Inter at 400 and 700, as the site
// shows it, for Pango (sharp's text), which reads TrueType files from disk but
// not the web fonts' WOFF2. Made from fontsource's variable Inter (the site's
// own font files) once per cache folder: the Latin file has æøå, Latin Extended
// the Sami letters (á č đ ŋ š ŧ ž); Pango takes each letter from a file that has it.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';
import subsetFont from 'subset-font';
import { cacheKey } from '../build-cache/file-cache.ts';
import { packageVersion } from '../build-cache/package-version.ts';
import { cacheDir } from '../lib/cache-dir.ts';

const require = createRequire(import.meta.url);
const sources = ['inter-latin-wght-normal.woff2', 'inter-latin-ext-wght-normal.woff2'] as const;
const weights = [400, 700] as const;
/** The files made: a static TrueType font per source file and weight («inter-latin-700.ttf»). */
const fonts = sources.flatMap((source) => weights.map((weight) => ({ source, weight, name: source.replace('wght-normal.woff2', `${weight}.ttf`) })));
const sourceBytes = (name: string) => readFileSync(require.resolve(`@fontsource-variable/inter/files/${name}`));
/** Every letter of the source files (the subset keeps the file whole, only fixed at one weight). */
const allLetters = Array.from({ length: 0x2fff - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)).join('');

let version: string | undefined;
/** What decides the files' bytes: the source fonts, the weights and the subsetter's version; read once per process. */
export function cardFontVersion(): string {
  version ??= cacheKey([sources.map(sourceBytes), weights.map(String), packageVersion('subset-font')]);
  return version;
}

let registered: Promise<string[]> | undefined;
/**
 * Makes the font files (if this cache folder has none of this version) and
 * names them to Pango, once per process. Gives their paths.
 */
export function registerCardFonts(): Promise<string[]> {
  registered ??= (async () => {
    const folder = join(cacheDir, 'social-card-fonts', cardFontVersion().slice(0, 16));
    const files = fonts.map(({ name }) => join(folder, name));
    if (!files.every((file) => existsSync(file))) {
      mkdirSync(folder, { recursive: true });
      for (const { source, weight, name } of fonts) {
        const bytes = await subsetFont(sourceBytes(source), allLetters, { targetFormat: 'truetype', variationAxes: { wght: weight } });
        // Written aside and renamed: a parallel build never reads half a file.
        const temporary = join(folder, `.${process.pid}-${name}`);
        writeFileSync(temporary, bytes);
        renameSync(temporary, join(folder, name));
      }
    }
    // A text drawn with a font file makes it known to Pango for the rest of the process.
    for (const fontfile of files) await sharp({ text: { text: 'x', fontfile } }).raw().toBuffer();
    return files;
  })();
  return registered;
}
