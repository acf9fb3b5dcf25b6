// The search page's only script: reads ?q= from the URL, asks Pagefind (which
// runs in the browser, so queries never leave the machine) and lists results
// with highlighted excerpts. Typing updates the URL, so searches can be shared.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (options: { noWorker?: boolean }) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (term: string) => Promise<{ results: PagefindResult[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const statusLine = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const noHits = document.querySelector<HTMLElement>('#search-no-hits');
const more = document.querySelector<HTMLButtonElement>('#search-more');

// Each result shown costs a download (its fragment), so results come ten at a
// time; the first search stays within its 150 KB budget.
const pageSize = 10;
let current: { results: PagefindResult[]; shown: number } = { results: [], shown: 0 };

async function loadPagefind(): Promise<Pagefind> {
  // Built by the Pagefind step after Astro's build, so Vite must not resolve it.
  const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as Pagefind;
  // Search in the page itself: a worker would be one more script to download
  // (12 KB), and a search takes milliseconds even with thousands of pages.
  await pagefind.options({ noWorker: true });
  await pagefind.init();
  return pagefind;
}

function resultItem({ url, excerpt, meta }: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  heading.className = 'ds-heading';
  heading.dataset.size = 'xs';
  const link = document.createElement('a');
  link.className = 'ds-link';
  link.href = url;
  link.textContent = meta.title ?? url;
  heading.append(link);
  const text = document.createElement('p');
  // Pagefind escapes the page text and adds only <mark> around the hits.
  text.innerHTML = excerpt;
  item.append(heading, text);
  return item;
}

function countText(count: number, term: string): string {
  return count === 1 ? `1 treff på «${term}»` : `${count} treff på «${term}»`;
}

/** Shows the next page of results (in place of the old ones for a new search); returns the items added. */
async function showMore(replace = false): Promise<HTMLLIElement[]> {
  if (!list || !more) return [];
  const state = current;
  const next = state.results.slice(state.shown, state.shown + pageSize);
  const items = (await Promise.all(next.map((r) => r.data()))).map(resultItem);
  if (state !== current) return []; // a newer search replaced this one
  if (replace) list.replaceChildren(...items);
  else list.append(...items);
  state.shown += next.length;
  const left = state.results.length - state.shown;
  more.hidden = left <= 0;
  more.textContent = `Vis ${Math.min(left, pageSize)} treff til`;
  return items;
}

async function run(pagefind: Pagefind, term: string) {
  if (!statusLine || !list || !noHits || !more) return;
  const trimmed = term.trim();
  if (trimmed === '') {
    statusLine.textContent = '';
    list.replaceChildren();
    noHits.hidden = true;
    more.hidden = true;
    return;
  }
  const search = await pagefind.debouncedSearch(trimmed);
  if (search === null) return; // a newer search replaced this one
  current = { results: search.results, shown: 0 };
  await showMore(true);
  statusLine.textContent = countText(search.results.length, trimmed);
  noHits.hidden = search.results.length > 0;
}

if (form && input) {
  const pagefind = await loadPagefind();
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  await run(pagefind, input.value);

  input.addEventListener('input', () => {
    const url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set('q', input.value);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    void run(pagefind, input.value);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(pagefind, input.value);
  });
  more?.addEventListener('click', async () => {
    const [first] = await showMore();
    // Keyboard and screen reader users go on from the first new result.
    first?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    input.value = new URLSearchParams(location.search).get('q') ?? '';
    void run(pagefind, input.value);
  });
}

// A module (for top-level await), not a script with globals.
export {};
