// Words as the search index sees them: lowercase letters (with æ, ø, å and
// accented letters), numbers and internal hyphens.

/** Whether the text has a letter or a digit: something to search for («=», «–», «""» alone have none). */
export function hasLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}
