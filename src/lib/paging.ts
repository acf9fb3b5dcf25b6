// Paged lists: a list that grows with the content (every story, a facet's
// stories) is cut into static pages. Page 1 stays at the list's own address,
// later pages are at <list>side/<n>/, so links to a list never break.
import type { Page, PaginateFunction } from 'astro';

/** Entries per page of a paged list: 24 fills whole rows of one, two, three or four cards. */
export const entriesPerPage = 24;

/** The address of page `n` (from 1) of the list whose first page is at `first` (ends in «/»). */
export function pageUrl(first: string, n: number): string {
  return n === 1 ? first : `${first}side/${n}/`;
}

/** What a page of a list knows about its place among the list's pages. */
export interface Paging {
  /** The page's number, from 1. */
  current: number;
  /** The number of pages, at least 1. */
  last: number;
  /** The address of the list's first page, e.g. /eksempler/sektor/skole/. */
  first: string;
  /** Entries on earlier pages, so the first entry on this page is number `start + 1`. */
  start: number;
  /** Entries on this page. */
  shown: number;
  /** Entries in the whole list. */
  total: number;
}

/** A page's paging, from what Astro's paginate() gives it. */
export function pagingOf(page: Page<unknown>, first: string): Paging {
  return { current: page.currentPage, last: page.lastPage, first, start: page.start, shown: page.data.length, total: page.total };
}

/** « – side 2 av 5» after a paged list's title from page 2 on; nothing on its first page. */
export function pageSuffix(paging: Paging | undefined): string {
  return paging && paging.current > 1 ? `, side ${paging.current} av ${paging.last}` : '';
}

/**
 * The page numbers a pager shows: the first, the last, and the current one with
 * its neighbours; `null` marks a gap. A gap of one page shows that page instead,
 * so a gap always hides two or more. At most 7 slots, whatever the number of pages.
 */
export function pageNumbers(current: number, last: number): (number | null)[] {
  const shown = new Set([1, last, current - 1, current, current + 1].filter((n) => n >= 1 && n <= last));
  if (current <= 3) [2, 3, 4].forEach((n) => n <= last && shown.add(n));
  if (current >= last - 2) [last - 3, last - 2, last - 1].forEach((n) => n >= 1 && shown.add(n));
  const sorted = [...shown].sort((a, b) => a - b);
  const slots: (number | null)[] = [];
  for (const n of sorted) {
    const previous = slots.at(-1);
    if (typeof previous === 'number' && n - previous === 2) slots.push(n - 1);
    else if (typeof previous === 'number' && n - previous > 2) slots.push(null);
    slots.push(n);
  }
  return slots;
}

/**
 * getStaticPaths() entries for a list of `items` whose first page is at
 * `first`, through Astro's paginate(), for a route with a rest parameter
 * `[...page]`: `page` is undefined on page 1 and «side/<n>» after, and
 * `page.url` points at those addresses (paginate alone would write <list><n>/).
 */
export function pagedPaths<T, Params extends Record<string, string>, Props extends Record<string, unknown>>(
  paginate: PaginateFunction,
  items: readonly T[],
  { first, params, props }: { first: string; params?: Params; props?: Props },
) {
  return paginate(items, { pageSize: entriesPerPage, params: params ?? ({} as Params), props: props ?? ({} as Props) }).map((path) => {
    const { currentPage, lastPage } = path.props.page;
    const at = (n: number | undefined) => (n === undefined ? undefined : pageUrl(first, n));
    return {
      params: { ...path.params, page: currentPage === 1 ? undefined : `side/${currentPage}` },
      props: {
        ...path.props,
        page: {
          ...path.props.page,
          url: {
            current: pageUrl(first, currentPage),
            prev: at(currentPage > 1 ? currentPage - 1 : undefined),
            next: at(currentPage < lastPage ? currentPage + 1 : undefined),
            first: at(currentPage > 1 ? 1 : undefined),
            last: at(currentPage < lastPage ? lastPage : undefined),
          },
        },
        paging: pagingOf(path.props.page, first),
      },
    };
  });
}

/**
 * A list that is part of an entry's own page (a tool's, a point's or a municipality's stories): page 1 is the
 * entry's page at `first`, which shows the list's first `entriesPerPage` items with the pager; `laterPagedPaths`
 * makes the rest, at <first>side/<n>/. With at most one page of items, the entry's page shows them all and
 * there are no other pages.
 */
export function firstPageOf<T>(items: readonly T[], first: string): { items: T[]; paging: Paging } {
  const shown = items.slice(0, entriesPerPage);
  const last = Math.max(1, Math.ceil(items.length / entriesPerPage));
  return { items: shown, paging: { current: 1, last, first, start: 0, shown: shown.length, total: items.length } };
}

/** pagedPaths without page 1, for a list whose page 1 is its entry's own page (firstPageOf). */
export function laterPagedPaths<T, Params extends Record<string, string>, Props extends Record<string, unknown>>(
  paginate: PaginateFunction,
  items: readonly T[],
  options: { first: string; params?: Params; props?: Props },
) {
  return pagedPaths(paginate, items, options).filter((path) => path.props.paging.current > 1);
}
