import { readdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pngSize } from './png-size.ts';
import { breakLongWords, renderSocialCard, titleSize, withoutEmoji } from './social-card.ts';

describe('social card', () => {
  it('is a 1200×630 PNG, also for a long title with Norwegian letters', async () => {
    const png = await renderSocialCard({
      kicker: 'Pressemelding nr. 3 · mars 2010',
      title: '«Lavere sykefravær? Klart vi kan!» – fem regionale konferanser om sykefravær i Tromsø, Trondheim, Bergen, Oslo og Kristiansand',
    });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeGreaterThan(10_000);
  });

  it('draws the same bytes every time (reproducible builds), with the accent background, the warm border and white text', async () => {
    const card = { kicker: 'Godt eksempel fra Kárášjohka', title: 'Sykefravær og nærvær i Porsáŋgu' };
    const png = await renderSocialCard(card);
    expect(png.equals(await renderSocialCard(card))).toBe(true);
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const colour = (x: number, y: number) => {
      const at = (y * info.width + x) * info.channels;
      return `#${[...data.subarray(at, at + 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    };
    expect(colour(10, 10)).toBe('#1b5e7a');
    expect(colour(600, 620)).toBe('#b5531c');
    // The site name's K, 72 px in and on its first line.
    const row = Array.from({ length: 40 }, (_, x) => colour(72 + x, 85));
    expect(row).toContain('#ffffff');
  });

  // A press release's card said «Pressemelding nr. 4 · juni 2010» and nothing of being written for the archive.
  it('draws a note in one line over the programme line, and keeps the title clear of it', async () => {
    const card = { kicker: 'Pressemelding nr. 4 · juni 2010', title: 'Fem kommuner fikk ned sykefraværet i barnehagene og i hjemmetjenestene' };
    const white = async (png: Buffer) => {
      const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      // The rows between the title's space and the programme line (which starts at about 511 px).
      let count = 0;
      for (let y = 470; y < 505; y++)
        for (let x = 72; x < 1128; x++) {
          const at = (y * info.width + x) * info.channels;
          if (data[at]! > 200 && data[at + 1]! > 200 && data[at + 2]! > 200) count++;
        }
      return count;
    };
    const withNote = await renderSocialCard({ ...card, note: 'Skrevet for Kompetansebanken – ikke en original pressemelding fra programmet' });
    expect(await white(await renderSocialCard(card))).toBe(0);
    expect(await white(withNote)).toBeGreaterThan(200);
    expect(pngSize(withNote)).toEqual({ width: 1200, height: 630 });
  });

  it('refuses to read a file that is not a PNG', () => {
    expect(() => pngSize(new TextEncoder().encode('GIF89a not a png at all'))).toThrow(/Not a PNG/);
  });

  it('sets long titles smaller', () => {
    expect(titleSize('Kort tittel')).toBeGreaterThan(titleSize('En tittel som er lang nok til å trenge mer enn to linjer på kortet'));
    expect(titleSize('ord '.repeat(30))).toBeLessThan(titleSize('ord '.repeat(15)));
  });
});

/** The card's pixels, as «#rrggbb» by x and y. */
async function pixels(card: { kicker: string; title: string }) {
  const { data, info } = await sharp(await renderSocialCard(card)).raw().toBuffer({ resolveWithObject: true });
  return (x: number, y: number) => {
    const at = (y * info.width + x) * info.channels;
    return `#${[...data.subarray(at, at + 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  };
}
const background = '#1b5e7a';
/** Rows (y) of the card above the warm border. */
const rows = Array.from({ length: 606 }, (_, y) => y);

describe('social card type', () => {
  const longest = [
    'Sykefraværsoppfølgingsrutinene i kommunene',
    'Kvalitetskommuneprogrammet og Sykefraværsoppfølgingsrutinene',
    'Kárášjohka og Porsáŋgu: MMMMMMMMMMMMMMMMMMMMMMM',
    'Arbeidsmiljøutvalgsmedlemsopplæringsprogramevalueringsrapportene',
  ];
  // And the longest title, and the title with the longest word, of the entries that have a card.
  const titles = ['stories', 'news', 'tools'].flatMap((folder) =>
    readdirSync(`content/${folder}`)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => /^title: *['"]?(.*?)['"]?$/m.exec(readFileSync(`content/${folder}/${f}`, 'utf8'))?.[1] ?? ''),
  );
  const longestWord = (t: string) => Math.max(...t.split(/\s+/).map((w) => w.length));
  longest.push(
    titles.reduce((a, b) => (b.length > a.length ? b : a)),
    titles.reduce((a, b) => (longestWord(b) > longestWord(a) ? b : a)),
  );

  it.each(longest)('fits «%s» inside the card, shrinking or hyphenating long words', async (title) => {
    const colour = await pixels({ kicker: 'Godt eksempel fra Kárášjohka', title });
    // Nothing is drawn in the right margin (72 px).
    const margin = rows.flatMap((y) => Array.from({ length: 72 }, (_, x) => colour(1200 - 72 + x, y)));
    expect(margin.every((c) => c === background)).toBe(true);
  });

  it.each([
    ['a title too long for four lines, and a long kicker', 'Gode eksempler og verktøy '.repeat(6), 'sykefravær '.repeat(80)],
    // Cut at their edges (libvips refuses a layer larger than the card).
    ['a one-word kicker wider than the card and a one-word title taller than its space', 'Arbeidsmiljøutvalgsmedlemsopplæringsprogramevalueringsrapportene'.repeat(2), 'Ø'.repeat(600)],
  ])('keeps %s off the programme line and the right margin', async (_, kicker, title) => {
    const short = await pixels({ kicker: 'Godt eksempel fra Sola', title: 'Kort' });
    const long = await pixels({ kicker, title });
    const programmeLine = Array.from({ length: 40 }, (_, i) => 506 + i).flatMap((y) => Array.from({ length: 600 }, (_, x) => `${short(x, y)}${long(x, y)}`));
    expect(programmeLine.every((pair) => pair.slice(0, 7) === pair.slice(7))).toBe(true);
    const margin = rows.flatMap((y) => Array.from({ length: 72 }, (_, x) => long(1200 - 72 + x, y)));
    expect(margin.every((c) => c === background)).toBe(true);
  });

  it('breaks a word too long for the smallest size with a hyphen, and keeps every letter', () => {
    const word = 'Arbeidsmiljøutvalgsmedlemsopplæringsprogramevalueringsrapportene';
    const broken = breakLongWords(word, titleSize(word));
    expect(broken).toContain('-');
    expect(broken.replaceAll('-', '')).toBe(word);
  });

  // Fresh eyes: an emoji in a title was a missing-glyph box on the card.
  it('draws a title with emoji as the title without them, and keeps «©», «™» and arrows', async () => {
    expect(withoutEmoji('Nærvær 🚀 i Molde ✅')).toBe('Nærvær i Molde');
    expect(withoutEmoji('👩‍⚕️ Sykepleiere 🇳🇴 og ❤️')).toBe('Sykepleiere og');
    expect(withoutEmoji('© KS ™ → 2010')).toBe('© KS ™ → 2010');
    const card = { kicker: 'Nyhet · 2010', title: 'Nærvær i Molde' };
    expect((await renderSocialCard({ kicker: 'Nyhet · 2010 📣', title: 'Nærvær 🚀 i Molde' })).equals(await renderSocialCard(card))).toBe(true);
  });

  it.each([...'áčđŋšŧžÁČĐŊŠŦŽäö'])('draws the Sami and Finnish letter %s, not a missing-glyph box', async (letter) => {
    // A private-use character is in no font: it is drawn as the missing-glyph box.
    const missing = await renderSocialCard({ kicker: '\uE000', title: '\uE000' });
    const drawn = await renderSocialCard({ kicker: letter, title: letter });
    const other = await renderSocialCard({ kicker: `${letter}${letter}`, title: `${letter}${letter}` });
    expect(drawn.equals(missing)).toBe(false);
    // Drawn, not left blank: two of the letter differ from one.
    expect(drawn.equals(other)).toBe(false);
  });
});
