import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { files, fontCss, formatRange, parseRange, subsetFile } from './font-subsets.ts';

const faces = (css: string) =>
  [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body = '']) => ({
    src: /url\(([^)]+)\)/.exec(body)?.[1] ?? '',
    range: parseRange(/unicode-range:([^;]*)/.exec(body)?.[1] ?? ''),
  }));

describe('web font subsets', () => {
  it('are the files `npm run fonts` writes (run it after changing font-subsets.ts)', async () => {
    expect(readFileSync(new URL('inter.css', import.meta.url), 'utf8')).toBe(fontCss());
    for (const file of Object.values(files)) expect((await subsetFile(file)).equals(readFileSync(new URL(file.name, import.meta.url))), file.name).toBe(true);
  }, 60_000);

  it('give every Norwegian and Sami letter to one small file, and every character at most one face', () => {
    const all = faces(fontCss());
    for (const letter of 'æøåÆØÅáÁčČđĐŋŊšŠŧŦžŽäÄöÖ«»–—’…') {
      const code = letter.codePointAt(0) ?? 0;
      const holders = all.filter((face) => face.range.has(code));
      expect(holders.map((face) => face.src), letter).toHaveLength(1);
      expect(holders[0]?.src, letter).toMatch(/^\.\/inter-(common|sami)\.woff2$/);
    }
    // fontsource's own faces overlap a little (Cyrillic); the small files' characters must be in no other face.
    const [own, rest] = [all.filter((face) => face.src.startsWith('./')), all.filter((face) => !face.src.startsWith('./'))];
    for (const face of own) for (const code of face.range) expect(rest.some((other) => other.range.has(code)), `U+${code.toString(16)}`).toBe(false);
  });

  it('still cover, from the full files, characters outside the small ones', () => {
    const fallback = faces(fontCss()).find((face) => face.range.has('Þ'.codePointAt(0) ?? 0));
    expect(fallback?.src).toMatch(/inter-latin-wght-normal\.woff2$/);
  });

  it('write unicode-ranges that read back the same', () => {
    const points = [0x20, 0x21, 0x22, 0xa0, 0x2013, 0x2014];
    expect(formatRange(points)).toBe('U+20-22,U+A0,U+2013-2014');
    expect([...parseRange(formatRange(points))]).toEqual(points);
  });
});
