// The text fields of an entry's frontmatter (title, summary, quotes …) are
// pasted from Word as often as bodies are: a Word bullet at the start, or an
// invisible character (a vertical tab shows as a wide gap on the page) is
// reported by the field's path, with the words around it, as in a body; so is Markdown, which such a field shows as typed.
import { findArchiveVoiceInFields, isArchiveItem } from './archive-voice.ts';
import { markdownInField } from './field-markdown.ts';
import { findPastedCharacters } from './pasted-characters.ts';
import { fieldPath } from './problem.ts';
import { quoteMarksProblem } from './quote-marks.ts';
import { leadingWordBullet, quotedBullet } from './word-bullets.ts';
import { newItemLabel } from '../schemas/new-item.ts';

/** Problems in every string anywhere in `data` (an entry's parsed frontmatter), each with the field's path. */
export function findTextFieldProblems(data: unknown, path: (string | number)[] = []): { field: string; message: string }[] {
  if (typeof data === 'string') {
    const field = fieldPath(path) ?? '';
    const bullet = leadingWordBullet(data);
    return [
      ...(bullet === undefined ? [] : [{ field, message: `teksten begynner med et punkttegn fra Word (${quotedBullet(bullet)}); ta det bort, feltet er vanlig tekst og kan ikke være en punktliste` }]),
      ...findPastedCharacters(data).map(({ message }) => ({ field, message })),
      ...[markdownInField(data), quoteMarksProblem(path, data)]
        .filter((message) => message !== undefined)
        .map((message) => ({ field, message })),
    ];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => findTextFieldProblems(item, [...path, i]));
  if (typeof data === 'object' && data !== null && !(data instanceof Date))
    return Object.entries(data).flatMap(([key, value]) => findTextFieldProblems(value, [...path, key]));
  return [];
}

/**
 * What the check says of an entry's text fields (`data`, its frontmatter, of `collection`): the problems above, and an
 * archive item's title, ingress and preheader in the programme's own voice. By the check (index.ts) and by the CMS
 * before a save (entry-check.ts).
 */
export function textFieldProblems(collection: string, data: unknown): { field: string; message: string }[] {
  return [...findTextFieldProblems(data), ...(isArchiveItem(collection, data) ? findArchiveVoiceInFields(data, newItemLabel(collection)) : [])];
}
