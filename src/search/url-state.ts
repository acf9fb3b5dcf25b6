// The search page's state lives in its URL: ?q=…&sektor=Barnehage&sektor=Skole&sortering=nyeste.
// These functions read and write that state and turn it into Pagefind options.
import { hasLetterOrDigit } from './words.ts';

export const sortOrders = { '': 'Mest relevant', nyeste: 'Nyeste først', eldste: 'Eldste først' } as const;
export type SortOrder = keyof typeof sortOrders;

export interface SearchState {
  q: string;
  /** Selected values per filter key; values within a key are alternatives (OR), keys combine (AND). */
  filters: Record<string, string[]>;
  sort: SortOrder;
}

export function readState(params: URLSearchParams, filterKeys: readonly string[]): SearchState {
  const filters: Record<string, string[]> = {};
  for (const key of filterKeys) {
    const values = params.getAll(key).filter((v) => v !== '');
    if (values.length > 0) filters[key] = [...new Set(values)];
  }
  const sort = params.get('sortering') ?? '';
  return { q: params.get('q') ?? '', filters, sort: Object.hasOwn(sortOrders, sort) ? (sort as SortOrder) : '' };
}

/**
 * The state with each filter value as the site writes it: matched without
 * regard to case or surrounding spaces («barnehage », «BARNEHAGE» →
 * «Barnehage»); a value no page has is left out. `known`: every value per key.
 */
export function withKnownFilters(state: SearchState, known: Record<string, Record<string, number>>): SearchState {
  const filters: Record<string, string[]> = {};
  const key = (value: string) => value.trim().toLocaleLowerCase('nb');
  for (const [name, values] of Object.entries(state.filters)) {
    const byKey = new Map(Object.keys(known[name] ?? {}).map((value) => [key(value), value]));
    const found = [...new Set(values.flatMap((value) => byKey.get(key(value)) ?? []))];
    if (found.length > 0) filters[name] = found;
  }
  return { ...state, filters };
}

export function writeState({ q, filters, sort }: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q);
  for (const [key, values] of Object.entries(filters)) for (const value of values) params.append(key, value);
  if (sort) params.set('sortering', sort);
  return params;
}

/** Whether there is anything to search for: a letter or digit in the query («""» or «?» alone is not), or a filter. */
export function hasQuery(state: SearchState): boolean {
  return hasLetterOrDigit(state.q) || Object.keys(state.filters).length > 0;
}

export interface PagefindOptions {
  filters: Record<string, { any: string[] }>;
  /** Only dated pages carry the sort key `dato` (SearchFields.astro); see date-order.ts for the others. */
  sort?: { dato: 'desc' | 'asc' };
}

export function pagefindOptions({ filters, sort }: SearchState): PagefindOptions {
  const options: PagefindOptions = {
    filters: Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, { any: values }])),
  };
  if (sort === 'nyeste') options.sort = { dato: 'desc' };
  if (sort === 'eldste') options.sort = { dato: 'asc' };
  return options;
}
