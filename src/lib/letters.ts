// Letters an id spells out in a–z because Unicode gives them no plain base
// letter to fall back on (NFKD leaves them whole): Norwegian æ, ø, å and the
// Sami ŋ, đ, ŧ. Letters with an accent mark (á, č, š, ž, ä, ö …) lose the mark
// instead. Used for the ids of new entries (entry-id.ts), from `npm run new` and
// from the CMS alike.

/** Lower-case letter → its spelling in ids. */
export const spelledLetters: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', å: 'a', ŋ: 'ng', đ: 'd', ŧ: 't' };

