// An entry's id (its file name without extension, and the last part of its
// address) from its title: what `npm run new` names a new file
// (scaffold/new-entry.ts) and what the CMS names a new entry's file
// (src/cms/browser/file-names.js and uploads.js, which run titleToId themselves).
import { spelledLetters } from './letters.ts';

/** The longest id a title gives: a very long title gave file names of 180–240 characters. */
export const maxIdLength = 60;

/**
 * `title` in a–z, digits and hyphens, cut after the last whole word that fits
 * in `max` characters (a first word longer than that is cut). Self-contained:
 * the CMS page runs its source, so it uses nothing from outside it.
 */
export function titleToId(title: string, spelled: Readonly<Record<string, string>>, max: number): string {
  const letters = new RegExp(`[${Object.keys(spelled).join('')}]`, 'g');
  const folded = title
    .toLowerCase()
    .replace(letters, (letter) => spelled[letter]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  let id = '';
  for (const word of folded.split(/[^a-z0-9]+/).filter(Boolean)) {
    if (id && id.length + 1 + word.length > max) break;
    id = id ? `${id}-${word}` : word.slice(0, max);
  }
  return id;
}

/** «Nytt prosjekt i Ålesund» → «nytt-prosjekt-i-alesund»; «Porsáŋgu» → «porsanggu» (lib/letters.ts). */
export function idFromTitle(title: string): string {
  return titleToId(title, spelledLetters, maxIdLength);
}
