// The search page's filter groups (sok.astro: «Avgrens og sorter»): their values, each value's count for the
// search on screen, and the chips for the values chosen. Loaded with the filters (scripts/search.ts: loadFilters),
// when a group is opened or the address chooses a filter, so a first search does not download it
// (tests/budgets.spec.ts).

import { filterLabels, type FilterKey } from '../lib/search-filters.ts';
import { hasAsWritten } from '../search/query.ts';
import { hasQuery, pagefindOptions, type SearchState } from '../search/url-state.ts';

type Counts = Record<string, Record<string, number>>;
/** A hit as Pagefind gives it: its page's text and what it is filed under come with its fragment. */
interface Hit {
  data: () => Promise<{ content: string; filters: Record<string, string[]> }>;
}
/** The search page's one pass over the index for a term and options (scripts/search.ts: searchOnce). */
export type Search = (term: string | null, options: ReturnType<typeof pagefindOptions>) => Promise<{ results: Hit[]; filters: Counts } | null>;
/** A search on screen: its term, its state and the texts its hits must have as written (query.ts: asWritten). */
export interface Shown {
  term: string | null;
  state: SearchState;
  literals: string[];
}

const collator = new Intl.Collator('nb');

/** Puts each group's values in; a group no page has a value for goes. */
export function fillFilters(filterBox: HTMLElement, all: Counts): void {
  for (const details of filterBox.querySelectorAll<HTMLDetailsElement>('details[data-filter]')) {
    const key = details.dataset.filter ?? '';
    const values = Object.keys(all[key] ?? {}).sort(collator.compare);
    if (values.length === 0) {
      details.remove();
      continue;
    }
    const fieldset = details.querySelector('fieldset');
    values.forEach((value, i) => {
      const id = `filter-${key}-${i}`;
      const box = document.createElement('input');
      Object.assign(box, { type: 'checkbox', id, name: key, value });
      const label = document.createElement('label');
      label.htmlFor = id;
      label.dataset.value = value;
      label.textContent = value;
      const row = document.createElement('div');
      row.className = 'filter-option';
      row.append(box, label);
      fieldset?.append(row);
    });
    const none = document.createElement('p');
    Object.assign(none, { className: 'filter-none', hidden: true, textContent: 'Ingen av treffene har en verdi her.' });
    fieldset?.append(none);
  }
}

/**
 * Each value with how many hits it has. A value no hit has is left out (as on
 * nav.no's and most sites' filters: 139 municipalities would bury the few that
 * matter), unless it is ticked, so it can still be unticked, or has the focus
 * (hiding it would drop the focus): then it is unavailable (aria-disabled, no
 * tick), not offered as a choice with no hits («Film (0)» after a new query),
 * and it goes once the focus leaves it.
 */
export function showCounts(filterBox: HTMLElement, counts: Counts): void {
  for (const fieldset of filterBox.querySelectorAll<HTMLFieldSetElement>('fieldset')) {
    let shownValues = 0;
    for (const label of fieldset.querySelectorAll<HTMLLabelElement>('label')) {
      const key = label.htmlFor.split('-')[1] ?? '';
      const value = label.dataset.value ?? '';
      const count = counts[key]?.[value] ?? 0;
      label.textContent = `${value} (${count})`;
      const row = label.parentElement;
      if (!row) continue;
      const idle = count === 0 && !row.querySelector('input:checked');
      row.hidden = idle && !row.contains(document.activeElement);
      row.querySelector('input')?.setAttribute('aria-disabled', String(idle));
      if (!row.hidden) shownValues++;
    }
    const none = fieldset.querySelector<HTMLElement>('.filter-none');
    if (none) none.hidden = shownValues > 0;
  }
}


/** The chosen filters as chips under the count, each a button that removes it («Kommune: Gloppen»). */
export function listChosenFilters(chosenFilters: HTMLUListElement, state: SearchState): void {
  const chips = Object.entries(state.filters).flatMap(([key, values]) =>
    values.map((value) => {
      const chip = document.createElement('button');
      Object.assign(chip, { type: 'button', className: 'ds-chip', textContent: `${filterLabels[key as FilterKey] ?? key}: ${value}` });
      // data-wrap: Designsystemet's chip stays on one line and cuts its text otherwise («Atferd i møte med brukeren» at 320 px).
      Object.assign(chip.dataset, { removable: '', wrap: 'wrap', filter: key, value });
      const item = document.createElement('li');
      item.append(chip);
      return item;
    }),
  );
  chosenFilters.replaceChildren(...chips);
  chosenFilters.hidden = chips.length === 0;
}

/** What the results are filed under, value by value: the counts for hits narrowed after Pagefind (their texts as written). */
export async function countsOfResults(results: Hit[]): Promise<Counts> {
  const counts: Counts = {};
  for (const { filters } of await Promise.all(results.map((result) => result.data())))
    for (const [key, values] of Object.entries(filters))
      for (const value of values) (counts[key] ??= {})[value] = (counts[key]?.[value] ?? 0) + 1;
  return counts;
}

/** A search's filter counts; with `literals`, of only the hits whose page has those texts as written. */
async function countsOfSearch(found: { results: Hit[]; filters: Counts }, literals: string[]): Promise<Counts> {
  if (!literals.length) return found.filters;
  const pages = await Promise.all(found.results.map(async (result) => ({ result, content: (await result.data()).content })));
  return countsOfResults(pages.filter(({ content }) => literals.every((text) => hasAsWritten(content, text))).map(({ result }) => result));
}

/** Counts per filter group, each computed without that group's own choice, so a value shows what ticking it adds. */
export async function groupCounts(search: Search, { term, state, literals }: Shown, counts: Counts): Promise<Counts> {
  const result: Counts = { ...counts };
  for (const key of Object.keys(state.filters)) {
    const { [key]: _own, ...others } = state.filters;
    const without = await search(term, pagefindOptions({ ...state, filters: others, sort: '' }));
    if (without) result[key] = (await countsOfSearch(without, literals))[key] ?? {};
  }
  return result;
}

/** Filter counts for a search (for no query: every value's number of pages). */
export async function countsOf(search: Search, shown: Shown | undefined, all: Counts): Promise<Counts> {
  if (!shown || !hasQuery(shown.state)) return all;
  const result = await search(shown.term, pagefindOptions({ ...shown.state, sort: '' }));
  return groupCounts(search, shown, result ? await countsOfSearch(result, shown.literals) : {});
}
