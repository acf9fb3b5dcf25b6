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
  init: () => Promise<void>;
  debouncedSearch: (term: string) => Promise<{ results: PagefindResult[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const statusLine = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const noHits = document.querySelector<HTMLElement>('#search-no-hits');

const resultsShown = 20;

async function loadPagefind(): Promise<Pagefind> {
  // Built by the Pagefind step after Astro's build, so Vite must not resolve it.
  const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as Pagefind;
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

async function run(pagefind: Pagefind, term: string) {
  if (!statusLine || !list || !noHits) return;
  const trimmed = term.trim();
  if (trimmed === '') {
    statusLine.textContent = '';
    list.replaceChildren();
    noHits.hidden = true;
    return;
  }
  const search = await pagefind.debouncedSearch(trimmed);
  if (search === null) return; // a newer search replaced this one
  const data = await Promise.all(search.results.slice(0, resultsShown).map((r) => r.data()));
  statusLine.textContent = countText(search.results.length, trimmed);
  list.replaceChildren(...data.map(resultItem));
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
  window.addEventListener('popstate', () => {
    input.value = new URLSearchParams(location.search).get('q') ?? '';
    void run(pagefind, input.value);
  });
}

// A module (for top-level await), not a script with globals.
export {};
