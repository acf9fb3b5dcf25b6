// The 404 page, for the address that missed: a static host serves the same page for every miss, so only
// the browser knows which address it was.
// - An address with capitals or a letter typed as a letter and a combining mark (NFD) is tried in lower case
//   and NFC: /kommuner/Hægebostad/ reaches the page for /kommuner/hægebostad/ (lib/spelled-pages.ts); one with a
//   «)», «.» or «»» a mail app took into the link is tried without it.
// - Otherwise the addresses a reader may guess at (/adresser.json), fetched only now, say which pages it may mean
//   (lib/guessed-addresses.ts): typed without æ, ø, å (/kommuner/hagebostad/, /kommuner/bodoe/), or a municipality
//   by its name or part of it (/kommuner/hægebostad-kommune/, /kommune/molde/, /kommuner/os/), or Oslo's districts
//   (/kommuner/oslo/). The one page surely meant is loaded at once; a guess from part of a name, and several pages,
//   are listed for the reader to choose from, never one picked (/kommuner/toten/: Vestre and Østre Toten).
// - And the page offers a search for the address's last part: «Søk etter «hægebostad kommune»».
// One script, no import() of a part: Vite's preload helper that comes with it would be shared with the search
// page's script as a chunk of its own (one more request there) and weighs more than the guessing.
import { quoted } from '../lib/quoted.ts';
import { guessedAddresses, type Guess, type GuessableAddresses } from '../lib/guessed-addresses.ts';
import { decodedPath as decoded, spelledAddressList } from '../lib/spelled-addresses.ts';

// What text around a link glues to it: «(se /nyhetsbrev/nr-7-juni-2010/)» in an e-mail, a sentence's full stop, quotes.
// And white space or an invisible character pasted after it («…/%20», «…/%E2%80%8B»).
const trailingPunctuation = /[)\].,;:!?»”"'>\s\u200b-\u200d\u2060\ufeff]+$/u;

/**
 * The address as the site would spell it: lower case, NFC, without the punctuation a mail app takes into a link
 * («/nyhetsbrev/nr-7-juni-2010/)», fresh eyes), with the closing slash a page's address has.
 */
export function tidyPath(path: string): string {
  const tidy = decoded(path).normalize('NFC').toLowerCase().replace(trailingPunctuation, '');
  return tidy.endsWith('/') || /\.[a-z0-9]+$/.test(tidy) ? tidy : `${tidy}/`;
}

/** The words of an address's last part: «/kommuner/hægebostad-kommune/» → «hægebostad kommune». */
export function pathWords(path: string): string {
  const last = decoded(path).normalize('NFC').split('/').filter(Boolean).at(-1) ?? '';
  return last
    .replace(/\.html?$/, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/** The longest search the page offers, in characters. */
export const longestSearch = 60;

/**
 * What the page offers to search for: the address's words (`pathWords`), the first whole words within
 * `longestSearch` characters (a pasted paragraph as an address made a link 100 lines tall: fresh eyes).
 */
export function searchWords(path: string): string {
  const words = pathWords(path);
  if (words.length <= longestSearch) return words;
  return words.slice(0, longestSearch + 1).replace(/\s\S*$/u, '').slice(0, longestSearch);
}

const nothing: GuessableAddresses = { addresses: [], municipalitySection: '', municipalities: {}, districts: {} };

/** What the list of guesses says first: «Mente du en av disse?», or whose districts they are. */
export function guessHeading({ addresses, districtsOf }: Guess): string {
  if (districtsOf) return `${districtsOf} har ingen egen side her. Bydelene i ${districtsOf} som var med i programmet:`;
  return addresses.length === 1 ? 'Mente du denne?' : 'Mente du en av disse?';
}

/** Lists the pages the address may mean, by name (a municipality's) or else by address. */
function offer(guess: Guess, names: Record<string, string>) {
  const box = document.querySelector<HTMLElement>('[data-meant-pages]');
  const heading = box?.querySelector('p');
  if (heading) heading.textContent = guessHeading(guess);
  box?.querySelector('ul')?.append(
    ...guess.addresses.map((address) => {
      const item = document.createElement('li');
      const link = item.appendChild(document.createElement('a'));
      link.className = 'ds-link';
      link.href = address;
      link.textContent = names[address] ?? address;
      return item;
    }),
  );
  if (box) box.hidden = false;
}

/**
 * The page's list for a browser without JavaScript (the municipalities whose name has æ, ø or å), shown with
 * JavaScript too: a browser that runs the script never shows a <noscript>, and an address the script cannot place
 * (/kommuner/al/, /kommuner/bo/: no participant) left the reader with less than the page gives without it.
 */
export function showNoScriptList(root: ParentNode = document): void {
  const noscript = root.querySelector('noscript[data-spelled-list]');
  // With scripting on, a <noscript>'s content is its text: the page's own markup, built with the page.
  if (noscript?.textContent) noscript.insertAdjacentHTML('afterend', noscript.textContent);
}

async function start() {
  const here = location.pathname;
  const tidy = tidyPath(here);
  if (tidy !== decoded(here)) {
    const response = await fetch(tidy, { method: 'HEAD' }).catch(() => undefined);
    if (response?.ok) return location.replace(tidy);
  }
  const guessable = await fetch(spelledAddressList)
    .then((response) => (response.ok ? (response.json() as Promise<GuessableAddresses>) : nothing))
    .catch(() => nothing);
  const guess = guessedAddresses(tidy, guessable);
  if (guess.go) return location.replace(guess.addresses[0]!);
  if (guess.addresses.length > 0) offer(guess, guessable.municipalities);
  showNoScriptList();
  const words = searchWords(here);
  const item = document.querySelector<HTMLElement>('[data-search-suggestion]');
  const link = item?.querySelector('a');
  if (!words || !item || !link) return;
  const url = new URL(link.href);
  url.searchParams.set('q', words);
  link.href = url.pathname + url.search;
  link.textContent = `Søk etter ${quoted(words)}`;
  item.hidden = false;
}

if (typeof document !== 'undefined') void start();
