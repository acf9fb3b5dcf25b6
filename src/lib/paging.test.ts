import { describe, expect, it } from 'vitest';
import type { PaginateFunction } from 'astro';
import { entriesPerPage, firstPageOf, laterPagedPaths, pageNumbers, pageSuffix, pageUrl, pagedPaths } from './paging.ts';

/** Astro's paginate() for a route `[...page]` at /liste/, as it slices and numbers (astro/dist/core/render/paginate.js). */
const paginate = ((data: readonly unknown[], args: { pageSize?: number; params?: object; props?: object } = {}) => {
  const size = args.pageSize ?? 10;
  const lastPage = Math.max(1, Math.ceil(data.length / size));
  return Array.from({ length: lastPage }, (_, i) => {
    const start = i * size;
    const end = Math.min(start + size, data.length);
    return {
      params: { ...args.params, page: i === 0 ? undefined : String(i + 1) },
      props: {
        ...args.props,
        page: { data: data.slice(start, end), start, end: end - 1, size, total: data.length, currentPage: i + 1, lastPage, url: {} },
      },
    };
  });
}) as unknown as PaginateFunction;

describe('pageUrl', () => {
  it('keeps page 1 at the list’s own address and puts later pages under side/', () => {
    expect(pageUrl('/eksempler/', 1)).toBe('/eksempler/');
    expect(pageUrl('/eksempler/sektor/skole/', 3)).toBe('/eksempler/sektor/skole/side/3/');
  });
});

describe('pageSuffix', () => {
  it('says «side 2 av 5» from page 2 on, nothing on page 1 or an unpaged list', () => {
    const paging = { first: '/x/', start: 0, shown: 24, total: 110, last: 5 };
    expect(pageSuffix({ ...paging, current: 2 })).toBe(', side 2 av 5');
    expect(pageSuffix({ ...paging, current: 1 })).toBe('');
    expect(pageSuffix(undefined)).toBe('');
  });
});

describe('pageNumbers', () => {
  it('shows every page when there are few', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(2, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageNumbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('shows the first, the last and the current page’s neighbours, with gaps between', () => {
    expect(pageNumbers(1, 417)).toEqual([1, 2, 3, 4, null, 417]);
    expect(pageNumbers(200, 417)).toEqual([1, null, 199, 200, 201, null, 417]);
    expect(pageNumbers(417, 417)).toEqual([1, null, 414, 415, 416, 417]);
  });

  it('never hides a single page behind a gap', () => {
    expect(pageNumbers(4, 10)).toEqual([1, 2, 3, 4, 5, null, 10]);
    expect(pageNumbers(7, 10)).toEqual([1, null, 6, 7, 8, 9, 10]);
  });

  it('has at most seven slots and every page is reachable through a neighbour', () => {
    for (let last = 1; last <= 40; last++) {
      for (let current = 1; current <= last; current++) {
        const slots = pageNumbers(current, last);
        expect(slots.length).toBeLessThanOrEqual(7);
        expect(slots).toContain(current);
        expect(slots[0]).toBe(1);
        expect(slots.at(-1)).toBe(last);
      }
    }
  });
});

describe('pagedPaths', () => {
  const items = Array.from({ length: entriesPerPage * 2 + 1 }, (_, i) => i);
  const paths = pagedPaths(paginate, items, { first: '/liste/', params: { facet: 'sektor' }, props: { label: 'Skole' } });

  it('makes one page per started page size, page 1 without a page parameter and later ones under side/', () => {
    expect(paths.map((p) => p.params)).toEqual([
      { facet: 'sektor', page: undefined },
      { facet: 'sektor', page: 'side/2' },
      { facet: 'sektor', page: 'side/3' },
    ]);
    expect(paths.map((p) => p.props.page.data.length)).toEqual([entriesPerPage, entriesPerPage, 1]);
    expect(paths[2]?.props.label).toBe('Skole');
  });

  it('links each page to its neighbours at those addresses', () => {
    expect(paths[0]?.props.page.url).toEqual({ current: '/liste/', prev: undefined, next: '/liste/side/2/', first: undefined, last: '/liste/side/3/' });
    expect(paths[1]?.props.page.url).toMatchObject({ current: '/liste/side/2/', prev: '/liste/', next: '/liste/side/3/' });
    expect(paths[2]?.props.paging).toEqual({ current: 3, last: 3, first: '/liste/', start: entriesPerPage * 2, shown: 1, total: items.length });
  });

  it('gives an empty list one page', () => {
    expect(pagedPaths(paginate, [], { first: '/liste/' }).map((p) => p.props.paging.last)).toEqual([1]);
  });
});

// A tool's, a point's or a municipality's stories: page 1 on the entry's own page, the rest at …/side/<n>/
// (at 10 000 stories a tool's page listed some 1 600 stories on one page).
describe('firstPageOf and laterPagedPaths', () => {
  const items = Array.from({ length: entriesPerPage * 2 + 1 }, (_, i) => i);

  it('shows the first page on the entry’s page, with paging that leads to the later pages', () => {
    const { items: shown, paging } = firstPageOf(items, '/verktoy/spc/');
    expect(shown).toEqual(items.slice(0, entriesPerPage));
    expect(paging).toEqual({ current: 1, last: 3, first: '/verktoy/spc/', start: 0, shown: entriesPerPage, total: items.length });
  });

  it('makes only the later pages, each item on exactly one of them or on the first', () => {
    const later = laterPagedPaths(paginate, items, { first: '/verktoy/spc/', params: { id: 'spc' } });
    expect(later.map((p) => p.params)).toEqual([
      { id: 'spc', page: 'side/2' },
      { id: 'spc', page: 'side/3' },
    ]);
    expect([...firstPageOf(items, '/verktoy/spc/').items, ...later.flatMap((p) => p.props.page.data)]).toEqual(items);
    expect(later[0]?.props.page.url.prev).toBe('/verktoy/spc/');
  });

  it('leaves a list of one page whole on the entry’s page, with no other pages', () => {
    const few = items.slice(0, entriesPerPage);
    expect(firstPageOf(few, '/verktoy/spc/')).toEqual({ items: few, paging: { current: 1, last: 1, first: '/verktoy/spc/', start: 0, shown: entriesPerPage, total: entriesPerPage } });
    expect(laterPagedPaths(paginate, few, { first: '/verktoy/spc/' })).toEqual([]);
    expect(firstPageOf([], '/verktoy/spc/').paging.last).toBe(1);
  });
});
