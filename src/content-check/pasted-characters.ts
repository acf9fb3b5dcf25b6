// Invisible characters pasted with text from Word or a PDF, in a body or a field: reported by line, with the words
// around each, as an editor without line numbers (the CMS) can search for them. Needs nothing of Node: the CMS page
// runs it before a save too (entry-check.ts, through text-fields.ts).
import type { BodyProblem } from './problem.ts';
import { symbolBulletSigns } from '../lib/word-bullet-signs.ts';
import { byteOrderMark, directionControls, directionMarks, wordJoiner, zeroWidthJoiner, zeroWidthNonJoiner, zeroWidthSpace } from '../lib/invisible-characters.ts';

/** Invisible characters that come with text pasted from Word or a PDF, and break search, e-mail or Word files. */
const pastedCharacters: Record<string, string> = {
  '\u000B': 'vertikal tabulator',
  '\u000C': 'sideskift',
  [zeroWidthSpace]: 'mellomrom uten bredde',
  '\u2028': 'linjeskift fra Word',
  '\u2029': 'avsnittsskift fra Word',
  [byteOrderMark]: 'usynlig merke (BOM)',
};
const otherControl = /[\u0000-\u0008\u000E-\u001F\u007F]/;

/**
 * Invisible marks that come with text from Word inside words or around them (Word's «No-Width Optional Break»
 * U+200C and «No-Width Non Break» U+200D, a word joiner, direction marks): nothing stands in their place, so they
 * are only to be deleted. A U+200D between two letters only: in an emoji («👩‍💻») it joins the pictures.
 */
const inWordMarks: Record<string, string> = {
  [zeroWidthNonJoiner]: 'skille uten bredde fra Word',
  [zeroWidthJoiner]: 'binder uten bredde fra Word',
  [wordJoiner]: 'ordbinder',
  ...Object.fromEntries([...directionMarks].map((c) => [c, 'retningsmerke'])),
  ...Object.fromEntries([...directionControls].map((c) => [c, 'retningskontroll'])),
};
/** The Norwegian name of an invisible character pasted from Word, as the check says it; undefined for another. */
export const pastedCharacterName = (char: string): string | undefined => pastedCharacters[char] ?? inWordMarks[char];
const isInWordMark = (chars: string[], i: number) =>
  chars[i]! in inWordMarks && (chars[i] !== zeroWidthJoiner || (/\p{L}/u.test(chars[i - 1] ?? '') && /\p{L}/u.test(chars[i + 1] ?? '')));

/**
 * A Symbol bullet of Word's inside a line (a list pasted into one field left its second one there: fresh eyes), shown
 * as an empty box: only to be deleted. One that starts a line is a bullet, which word-bullets.ts reports.
 */
const isSymbolBullet = (chars: string[], i: number) => symbolBulletSigns.includes(chars[i]!) && chars.slice(0, i).join('').trim() !== '';

/**
 * Up to four words (at most 40 characters) that stand just before `index` in
 * `text`, or just after it if nothing stands before: what an editor without
 * line numbers (the CMS) can search for to find an invisible character.
 */
export function wordsAround(text: string, index: number): { before: boolean; words: string } | undefined {
  // A mark or a zero-width space stands inside a word («barne\u200Bhagen»): the words are quoted without it, as they read.
  const clean = (part: string) =>
    part.replace(new RegExp(`[${Object.keys(inWordMarks).join('')}${zeroWidthSpace}${byteOrderMark}]`, 'g'), '').replace(new RegExp(`[${Object.keys(pastedCharacters).join('')}]|${otherControl.source}`, 'g'), ' ');
  const before = clean(text.slice(0, index)).trim().split(/\s+/).filter(Boolean).slice(-4).join(' ');
  if (before) return { before: true, words: before.length > 40 ? `…${before.slice(-40).trimStart()}` : before };
  const after = clean(text.slice(index + 1)).trim().split(/\s+/).filter(Boolean).slice(0, 4).join(' ');
  if (after) return { before: false, words: after.length > 40 ? `${after.slice(0, 40).trimEnd()}…` : after };
  return undefined;
}

/**
 * Each kind of invisible character on each line of `body`, named once with the words before its first (or after it),
 * and how many there are: the first alone had been named, and a pasted paragraph with a zero-width space and a line
 * separator from Word took one run of the check for each.
 */
export function findPastedCharacters(body: string): BodyProblem[] {
  return body.split(/\r?\n/).flatMap((text, i): BodyProblem[] => {
    const chars = [...text];
    const firsts = new Map<string, { index: number; count: number }>();
    chars.forEach((c, index) => {
      if (!(c in pastedCharacters || otherControl.test(c) || isInWordMark(chars, index) || isSymbolBullet(chars, index))) return;
      const seen = firsts.get(c);
      if (seen) seen.count++;
      else firsts.set(c, { index, count: 1 });
    });
    return [...firsts].map(([char, { index, count }]) => {
      const code = `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
      const symbol = symbolBulletSigns.includes(char);
      const mark = char in inWordMarks || symbol;
      const name = pastedCharacterName(char) ?? (symbol ? 'punkttegn fra Word, vist som en tom rute' : 'kontrolltegn');
      const around = wordsAround(chars.join(''), chars.slice(0, index).join('').length);
      const where = around === undefined ? 'på en ellers tom linje' : around.before ? `rett etter «${around.words}»` : `rett før «${around.words}»`;
      const what = count === 1 ? `et usynlig tegn (${name}, ${code}) ${where}` : `${count} usynlige tegn (${name}, ${code}) på linjen, det første ${where}`;
      const fix = mark ? `sett markøren der og slett ${count === 1 ? 'tegnet' : 'hvert av dem'}` : `sett markøren der, slett ${count === 1 ? 'tegnet' : 'hvert av dem'} og skriv et vanlig mellomrom eller linjeskift i stedet`;
      return { line: i + 1, message: `det står ${what}, som ofte følger med tekst limt inn fra Word eller PDF; ${fix}` };
    });
  });
}
