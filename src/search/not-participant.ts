// A search for a municipality that was not among the participants («Ål») found nothing and said only «Ingen treff»:
// the reader could not tell a name the site lacks from a search that failed. The site has no list of all Norway's
// municipalities of the time, so it cannot say that «Ål» is one; it can say that no participant has the name. That is
// said when a search found nothing and its query looks like one capitalised name («Ål», «Nord-Fron», «Ål kommune»),
// checked against the participants' names in the list the 404 page reads (/adresser.json), so a participant whose
// page the search missed is never said to be absent. Loaded, and the list fetched, only after a search with no hits
// (scripts/search.ts): the first search's budget has no room for it (tests/budgets.spec.ts). The list's address comes
// with the item (`data-list`, from lib/spelled-addresses.ts): imported here, that module would be a chunk of its own
// that the 404 page's script then loads as one more request.
import { quoted } from '../lib/quoted.ts';
import type { GuessableAddresses } from '../lib/guessed-addresses.ts';
import { fold } from './spelling.ts';

/** The name a query is, when it looks like one capitalised name, «kommune» after it left out: «Ål kommune» → «Ål». */
export function capitalisedName(query: string): string | undefined {
  const name = query.trim().replace(/\s+kommune$/i, '');
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u.test(name) ? name : undefined;
}

/** The words of a name, folded as typed on any keyboard: «Nord-Aurdal» → nord, aurdal. */
const foldedWords = (name: string) => name.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(fold);

/**
 * True when `name` is none of the participants' `names` and no word of one: «Ål» is not, «Aurdal» is a word of
 * «Nord-Aurdal», «Toten» of «Vestre Toten», «Hagebostad» is «Hægebostad» without æ.
 */
export function isNoParticipant(name: string, names: readonly string[]): boolean {
  const typed = foldedWords(name);
  return !names.some((participant) => {
    const words = foldedWords(participant);
    return words.some((_, start) => typed.every((word, i) => words[start + i] === word));
  });
}

let participants: Promise<string[]> | undefined;

/**
 * Shows `item` («Ingen av kommunene og bydelene som var med …, heter «Ål».») when `query` looks like a name no
 * participant has; `current` says whether the search is still the one shown (a newer one may have started).
 */
export async function sayWhenNoParticipant(query: string, item: HTMLElement, current: () => boolean): Promise<void> {
  const name = capitalisedName(query);
  if (!name) return;
  participants ??= fetch(item.dataset.list ?? '')
    .then((response) => (response.ok ? (response.json() as Promise<GuessableAddresses>) : undefined))
    .then((list) => Object.values(list?.municipalities ?? {}))
    .catch(() => []);
  const names = await participants;
  if (!current() || names.length === 0 || !isNoParticipant(name, names)) return;
  item.querySelector('span')!.textContent = quoted(name);
  item.hidden = false;
}
