// Letters an id spells out in a–z because Unicode gives them no plain base
// letter to fall back on (NFKD leaves them whole): Norwegian æ, ø, å and the
// Sami ŋ, đ, ŧ. Letters with an accent mark (á, č, š, ž, ä, ö …) lose the mark
// instead. Used by `npm run new` (scaffold/new-entry.ts) and by the CMS for the file
// names of new entries (src/cms/start-browser.js), so both name files alike.

/** Lower-case letter → its spelling in ids. */
export const spelledLetters: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', å: 'a', ŋ: 'ng', đ: 'd', ŧ: 't' };

/** `text` (lower case) with those letters spelled out. */
export function spellLetters(text: string): string {
  return text.replace(/[æøåŋđŧ]/g, (letter) => spelledLetters[letter]!);
}
