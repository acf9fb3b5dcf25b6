// Placeholders that `npm run new` writes where the editor must fill something
// in. The content checker reports each one by field (or line) with its hint,
// so an unfinished entry fails with a clear message instead of a schema error.
export const placeholderMark = 'FYLL UT';

export function placeholder(hint: string): string {
  return `${placeholderMark}: ${hint}`;
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

/** Lines of a body that still hold a placeholder, counted from 1. */
export function findBodyPlaceholders(body: string): { line: number; hint: string }[] {
  return body.split('\n').flatMap((text, i) => {
    const at = text.indexOf(placeholderMark);
    if (at === -1) return [];
    const match = pattern.exec(text.slice(at).trim());
    return [{ line: i + 1, hint: match?.[1] ?? text.slice(at + placeholderMark.length).replace(/^:\s*/, '') }];
  });
}

export function isUnder(path: readonly PropertyKey[], prefix: readonly PropertyKey[]): boolean {
  return prefix.every((part, i) => path[i] === part);
}
