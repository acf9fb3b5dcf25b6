// The 404 page, for the address that missed: a static host serves the same page for every miss, so only
// the browser knows which address it was.
// - An address with capitals or a letter typed as a letter and a combining mark (NFD) is tried in lower case
//   and NFC: /kommuner/Hægebostad/ reaches the page for /kommuner/hægebostad/ (lib/spelled-pages.ts).
// - An address typed without æ, ø, å (/kommuner/hagebostad/, /kommuner/bodoe/, /kommuner/aamot/) is matched against
//   the list of addresses whose name has them (lib/spelled-addresses.ts `keyboardSpelling`), fetched only now.
// - Otherwise the page offers a search for the address's last part: «Søk etter «hægebostad kommune»».
import { quoted } from '../lib/quoted.ts';
import { addressTypedAs, decodedPath as decoded, spelledAddressList } from '../lib/spelled-addresses.ts';

/** The address as the site would spell it: lower case, NFC, with the closing slash a page's address has. */
export function tidyPath(path: string): string {
  const tidy = decoded(path).normalize('NFC').toLowerCase();
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

async function start() {
  const here = location.pathname;
  const tidy = tidyPath(here);
  if (tidy !== decoded(here)) {
    const response = await fetch(tidy, { method: 'HEAD' }).catch(() => undefined);
    if (response?.ok) return location.replace(tidy);
  }
  const addresses = await fetch(spelledAddressList)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch(() => []);
  const meant = addressTypedAs(tidy, addresses);
  if (meant && meant !== tidy) return location.replace(meant);
  const words = pathWords(here);
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
