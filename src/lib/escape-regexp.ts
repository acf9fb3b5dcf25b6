/** `text` as a regular expression that matches it literally: «K = O/F (2009)» → «K = O/F \(2009\)». */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
