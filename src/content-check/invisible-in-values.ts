// A value pasted from Word into a field that takes a number, an id or one of a list of choices («from: 2007 » with a
// no-break space, «page: 34» with a soft hyphen, «- gjesdal » with one): the value looks right, and the schema said
// «har feil type; forventet et tall» or «må være en id …» of what the editor sees as «2007». Such a value is told
// which invisible character it holds and what to write. Text fields are left alone: a no-break space belongs in
// «95 %», and the characters that never belong in text are named by pasted-characters.ts. Needs nothing of Node.
import { byteOrderMark, directionMarks, invisibleInWords, softHyphen, wordJoiner, zeroWidthJoiner, zeroWidthNonJoiner, zeroWidthSpace } from '../lib/invisible-characters.ts';
import { pastedCharacterName } from './pasted-characters.ts';

/** The characters named here: the spaces and hyphens text may hold, and those named as pasted from Word, by one name. */
const names: Record<string, string> = {
  '\u00A0': 'hardt mellomrom',
  '\u202F': 'smalt hardt mellomrom',
  '\t': 'tabulator',
  [softHyphen]: 'myk bindestrek',
  ...Object.fromEntries([zeroWidthSpace, zeroWidthNonJoiner, zeroWidthJoiner, wordJoiner, byteOrderMark, ...directionMarks].map((c) => [c, pastedCharacterName(c)!])),
};
const invisible = new RegExp(`[${Object.keys(names).join('')}]`, 'g');
const vanishing = new RegExp(`[${invisibleInWords}${directionMarks}]`, 'g');

/** The zod issues about a value's type, form or choice: those a hidden character in a short value causes. */
const valueCodes = new Set(['invalid_type', 'invalid_format', 'invalid_value']);

/**
 * What to say of a value `value` that the schema refused (issue `code`), when the value holds a character pasted
 * from Word that does not show; undefined otherwise. Written again without it, a value still wrong gets the schema's
 * own message at the next check.
 */
export function invisibleInValueMessage(code: string, value: unknown): string | undefined {
  if (!valueCodes.has(code) || typeof value !== 'string') return undefined;
  const found = [...new Set(value.match(invisible) ?? [])];
  if (found.length === 0) return undefined;
  const meant = value.replace(vanishing, '').replace(invisible, ' ').replace(/\s+/g, ' ').trim();
  const named = found.map((char) => `${names[char]}, U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join('; ');
  const what = found.length === 1 ? `et usynlig tegn (${named})` : `usynlige tegn (${named})`;
  return `verdien «${meant}» har ${what} i seg, som ofte følger med tekst limt inn fra Word, og leses derfor ikke slik den ser ut; slett verdien og skriv den på nytt for hånd: ${meant}`;
}

/** The value at `path` in `data`, as the schema saw it. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
