// The search page's only script. Pagefind runs in the browser, so queries
// never leave the machine. The state (query, filters, sort) lives in the URL:
// typing replaces the current history entry, choosing a filter or sort order
// adds one, so Back undoes it.
import { filterLabels, type FilterKey } from '../lib/search-fields.ts';
import { norwegianSpelling } from '../search/folding.ts';
import { withoutSegmentJoiners } from '../search/segment-joiner.ts';
import { withoutStopWords } from '../search/stop-words.ts';
import { hasQuery, pagefindOptions, readState, writeState, type SearchState } from '../search/url-state.ts';

type Counts = Record<string, Record<string, number>>;
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string; dato?: string };
}
interface Pagefind {
  options: (options: { noWorker?: boolean }) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Counts>;
  search: (
    term: string | null,
    options: ReturnType<typeof pagefindOptions>,
  ) => Promise<{ results: { data: () => Promise<ResultData> }[]; filters: Counts } | null>;
}

const filterKeys = Object.keys(filterLabels) as FilterKey[];
// Each result shown costs a download (its fragment), so results come ten at a
// time; a first search stays within its budget (tests/budgets.spec.ts).
const pageSize = 10;
const collator = new Intl.Collator('nb');

function element<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`search page is missing ${selector}`);
  return found;
}

const form = element<HTMLFormElement>('#search-form');
const input = element<HTMLInputElement>('#search-q');
const sortSelect = element<HTMLSelectElement>('#search-sort');
const filterBox = element<HTMLElement>('#search-filters');
const statusLine = element<HTMLElement>('#search-status');
const list = element<HTMLOListElement>('#search-results');
const more = element<HTMLButtonElement>('#search-more');
const noHits = element<HTMLElement>('#search-no-hits');

function renderFilters(all: Counts) {
  const groups = filterKeys
    .filter((key) => Object.keys(all[key] ?? {}).length > 0)
    .map((key) => {
      const details = document.createElement('details');
      details.dataset.filter = key;
      const summary = document.createElement('summary');
      summary.textContent = filterLabels[key];
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.className = 'ds-sr-only';
      legend.textContent = filterLabels[key];
      fieldset.append(legend);
      const values = Object.keys(all[key] ?? {}).sort(collator.compare);
      values.forEach((value, i) => {
        const id = `filter-${key}-${i}`;
        const box = document.createElement('input');
        Object.assign(box, { type: 'checkbox', id, name: key, value });
        const label = document.createElement('label');
        label.htmlFor = id;
        label.dataset.value = value;
        const row = document.createElement('div');
        row.className = 'filter-option';
        row.append(box, label);
        fieldset.append(row);
      });
      details.append(summary, fieldset);
      return details;
    });
  filterBox.replaceChildren(...groups);
}

function stateFromForm(): SearchState {
  const filters: Record<string, string[]> = {};
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (filters[box.name] ??= []).push(box.value);
  return { q: input.value, filters, sort: readState(new URLSearchParams({ sortering: sortSelect.value }), []).sort };
}

function showState(state: SearchState) {
  input.value = state.q;
  sortSelect.value = state.sort;
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = state.filters[box.name]?.includes(box.value) ?? false;
  }
  // Open the groups that have a choice, so the visitor sees what is applied.
  for (const details of filterBox.querySelectorAll<HTMLDetailsElement>('details')) {
    if (details.querySelector('input:checked')) details.open = true;
  }
}

function showCounts(counts: Counts) {
  for (const label of filterBox.querySelectorAll<HTMLLabelElement>('label')) {
    const key = label.htmlFor.split('-')[1] ?? '';
    const value = label.dataset.value ?? '';
    label.textContent = `${value} (${counts[key]?.[value] ?? 0})`;
  }
}

function resultItem({ url, excerpt, meta }: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  const kicker = document.createElement('p');
  kicker.className = 'meta';
  kicker.textContent = [meta.type, meta.dato].filter(Boolean).join(' · ');
  const heading = document.createElement('h2');
  heading.className = 'ds-heading';
  heading.dataset.size = 'xs';
  const link = document.createElement('a');
  link.className = 'ds-link';
  link.href = url;
  link.textContent = withoutSegmentJoiners(meta.title ?? url);
  heading.append(link);
  const text = document.createElement('p');
  // Pagefind escapes the page text and adds only <mark> around the hits.
  text.innerHTML = withoutSegmentJoiners(excerpt);
  item.append(kicker, heading, text);
  return item;
}

function describe(count: number, state: SearchState, searchedFor: string): string {
  const hits = count === 1 ? '1 treff' : `${count} treff`;
  const chosen = Object.values(state.filters).flat();
  const typed = withoutStopWords(state.q);
  const term = searchedFor ? ` på «${searchedFor}»${searchedFor !== typed ? ` (du skrev «${typed}»)` : ''}` : '';
  return `${hits}${term}${chosen.length ? ` med filter: ${chosen.join(', ')}` : ''}`;
}

let shown: { data: () => Promise<ResultData> }[] = [];

/** Adds the next results to the list; returns the items added. */
async function showMore(): Promise<HTMLLIElement[]> {
  const next = shown.slice(list.children.length, list.children.length + pageSize);
  const items = (await Promise.all(next.map((r) => r.data()))).map(resultItem);
  list.append(...items);
  more.hidden = list.children.length >= shown.length;
  return items;
}

async function run(pagefind: Pagefind, all: Counts, state: SearchState) {
  if (!hasQuery(state)) {
    statusLine.textContent = 'Skriv et søkeord, eller velg et filter for å bla.';
    list.replaceChildren();
    more.hidden = true;
    noHits.hidden = true;
    showCounts(all);
    return;
  }
  let searchedFor = withoutStopWords(state.q);
  let search = await pagefind.search(searchedFor || null, pagefindOptions(state));
  if (search === null) return;
  // Perhaps it was written without æ, ø and å (see folding.ts). Pagefind's own
  // fallback finds something for almost any word («sykefravaer» matches «syk»),
  // so the spelling that finds more wins.
  const respelled = norwegianSpelling(searchedFor);
  if (respelled) {
    const second = await pagefind.search(respelled, pagefindOptions(state));
    if (second === null) return;
    if (second.results.length > search.results.length) [search, searchedFor] = [second, respelled];
  }
  shown = search.results;
  list.replaceChildren();
  await showMore();
  showCounts(search.filters);
  statusLine.textContent = describe(search.results.length, state, searchedFor);
  noHits.hidden = search.results.length > 0;
}

// Built by the Pagefind step after Astro's build, so Vite must not resolve it.
const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as Pagefind;
// Search in the page itself: a worker would be one more script to download
// (12 KB), and a search takes milliseconds even with thousands of pages.
await pagefind.options({ noWorker: true });
await pagefind.init();
const allCounts = await pagefind.filters();
renderFilters(allCounts);

function restore() {
  const state = readState(new URLSearchParams(location.search), filterKeys);
  showState(state);
  void run(pagefind, allCounts, state);
}

function update(history: 'push' | 'replace') {
  const state = stateFromForm();
  const query = writeState(state).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (history === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  void run(pagefind, allCounts, state);
}

input.addEventListener('input', () => update('replace'));
filterBox.addEventListener('change', () => update('push'));
sortSelect.addEventListener('change', () => update('push'));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  update('push');
});
form.addEventListener('reset', () => setTimeout(() => update('push')));
more.addEventListener('click', async () => {
  const [first] = await showMore();
  // Keyboard and screen reader users go on from the first new result.
  first?.querySelector('a')?.focus();
});
window.addEventListener('popstate', restore);
restore();
