// Placeholders that `npm run new` writes where the editor must fill something
// in. The content checker reports each one by field (or line) with its hint,
// so an unfinished entry fails with a clear message instead of a schema error.
export const placeholderMark = 'FYLL UT';

/** The mark with its hint («FYLL UT: kommunens id»), or the bare mark for no hint. */
export function placeholder(hint: string): string {
  return hint ? `${placeholderMark}: ${hint}` : placeholderMark;
}

const pattern = new RegExp(`^${placeholderMark}(?::\\s*(.*))?$`);

export interface FoundPlaceholder {
  path: PropertyKey[];
  hint: string;
}

/** Every placeholder in frontmatter data, with where it is. */
export function findPlaceholders(data: unknown, path: PropertyKey[] = []): FoundPlaceholder[] {
  if (typeof data === 'string') {
    const match = pattern.exec(data.trim());
    return match ? [{ path, hint: match[1] ?? '' }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => findPlaceholders(item, [...path, i]));
  if (data && typeof data === 'object')
    return Object.entries(data).flatMap(([key, value]) => findPlaceholders(value, [...path, key]));
  return [];
}

/** Lines of a body that still hold a placeholder, counted from 1, each with the line's text from the mark on (`mark`). */
export function findBodyPlaceholders(body: string): { line: number; hint: string; mark: string }[] {
  return body.split('\n').flatMap((text, i) => {
    const at = text.indexOf(placeholderMark);
    if (at === -1) return [];
    const mark = text.slice(at).trim();
    const match = pattern.exec(mark);
    return [{ line: i + 1, hint: match?.[1] ?? text.slice(at + placeholderMark.length).replace(/^:?\s*/, ''), mark }];
  });
}

export function isUnder(path: readonly PropertyKey[], prefix: readonly PropertyKey[]): boolean {
  return prefix.every((part, i) => path[i] === part);
}
