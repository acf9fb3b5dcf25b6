// Nynorsk quoted in a bokmål text, found by its words, so it can carry lang="nn" (WCAG 3.1.2: a screen reader then
// reads it with a nynorsk voice, and the soft hyphens follow nynorsk rules). A quote field says its language
// itself («Sitatets språk»); a quote written in the running text («…» in a paragraph, or a blockquote) has no field
// for it, and the secretariat writes no HTML: Bømlo's project leader quoted in nynorsk on /verktoy/prosjektarbeid/,
// in a newsletter and on /kilder/sluttrapporten/ was read as bokmål (fresh eyes).

/**
 * Words only nynorsk has, none of them a bokmål word or a name in the sources (Språkrådet's nynorsk forms of
 * common function words and of the words the quotes in the sources use). Lower case.
 */
export const nynorskWords: ReadonlySet<string> = new Set([
  'berre',
  'dei',
  'eg',
  'ein',
  'eit',
  'einskilde',
  'frå',
  'heile',
  'ikkje',
  'korleis',
  'kva',
  'kvar',
  'kvifor',
  'me',
  'mykje',
  'noko',
  'nokon',
  'utruleg',
  'vert',
  'vore',
]);

/** How many different nynorsk words a text needs before it is taken as nynorsk: one alone may be a quoted word. */
export const nynorskWordsNeeded = 2;

/** Whether `text` is nynorsk by its words: at least `nynorskWordsNeeded` different words only nynorsk has. */
export function isNynorsk(text: string): boolean {
  const found = new Set(text.toLowerCase().match(/\p{L}+/gu)?.filter((word) => nynorskWords.has(word)));
  return found.size >= nynorskWordsNeeded;
}

/** A part of a text: a quote in nynorsk («…», marks included) or the text around it. */
export interface TextPart {
  text: string;
  nynorsk: boolean;
}

/** `text` cut into its nynorsk quotes («…» holding nynorsk) and the rest; one part, not nynorsk, when it quotes none. */
export function nynorskQuoteParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(/«[^«»]*»/g)) {
    if (!isNynorsk(match[0])) continue;
    if (match.index > at) parts.push({ text: text.slice(at, match.index), nynorsk: false });
    parts.push({ text: match[0], nynorsk: true });
    at = match.index + match[0].length;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), nynorsk: false });
  return parts;
}
