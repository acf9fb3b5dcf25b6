// Words as the search index sees them: lowercase letters (with æ, ø, å and
// accented letters), numbers and internal hyphens.

/**
 * lib/invisible-characters.ts's invisibleInWords, written out: imported, the list became a chunk of its own (the SPC
 * tool's script shares it), one more request for every first search. words.test.ts holds the two the same.
 */
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Whether the text has a letter or a digit: something to search for («=», «–», «""» alone have none). */
export function hasLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * Text as words: soft hyphens and other invisible characters (zero-width spaces and joiners, word joiners, byte
 * order marks, which text from Word and PDFs carries inside words) removed, odd spaces made plain.
 */
export function plainText(text: string): string {
  return text.replace(invisible, '').replace(/[\u00A0\u202F\u2007]/g, ' ');
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}
