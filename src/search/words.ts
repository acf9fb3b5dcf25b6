// Words as the search index sees them: lowercase letters (with æ, ø, å and
// accented letters), numbers and internal hyphens.

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}
