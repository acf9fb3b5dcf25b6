import { describe, expect, it } from 'vitest';
import { hasQuery, pagefindOptions, readState, withKnownFilters, writeState } from './url-state.ts';

const keys = ['type', 'sektor', 'fylke'];

describe('search URL state', () => {
  it('reads the query, repeated filter values and the sort order', () => {
    const state = readState(new URLSearchParams('q=fravær&sektor=Barnehage&sektor=Skole&fylke=Telemark&sortering=nyeste&ukjent=x'), keys);
    expect(state).toEqual({ q: 'fravær', filters: { sektor: ['Barnehage', 'Skole'], fylke: ['Telemark'] }, sort: 'nyeste' });
  });

  it('ignores an unknown sort order and empty values', () => {
    expect(readState(new URLSearchParams('sortering=tilfeldig&sektor='), keys)).toEqual({ q: '', filters: {}, sort: '' });
    // Names every object has are not sort orders either.
    for (const name of ['toString', '__proto__', 'constructor']) expect(readState(new URLSearchParams({ sortering: name }), keys).sort).toBe('');
  });

  it('writes what it reads, so a shared link restores the search', () => {
    const params = 'q=nærvær&sektor=Pleie+og+omsorg&sortering=eldste';
    const state = readState(new URLSearchParams(params), keys);
    expect(writeState(state).toString()).toBe(new URLSearchParams(params).toString());
    expect(readState(writeState(state), keys)).toEqual(state);
  });

  it('leaves out an empty query and the default sort', () => {
    expect(writeState({ q: '  ', filters: { type: ['Verktøy'] }, sort: '' }).toString()).toBe('type=Verkt%C3%B8y');
  });

  it('counts filters alone as a search, so one can browse without typing', () => {
    expect(hasQuery({ q: '', filters: {}, sort: 'nyeste' })).toBe(false);
    expect(hasQuery({ q: '', filters: { sektor: ['Skole'] }, sort: '' })).toBe(true);
  });

  it('takes a query without a letter or digit as no query («""», «?»), but not one with Sami or other letters', () => {
    for (const q of ['""', '«»', ' ? ', '= /', '“”']) expect(hasQuery({ q, filters: {}, sort: '' }), q).toBe(false);
    for (const q of ['ŋ', 'K = O/F', '"9,6"', 'å']) expect(hasQuery({ q, filters: {}, sort: '' }), q).toBe(true);
  });

  it('gives Pagefind OR within a filter and the date sort', () => {
    expect(pagefindOptions({ q: '', filters: { sektor: ['Barnehage', 'Skole'] }, sort: 'nyeste' })).toEqual({
      filters: { sektor: { any: ['Barnehage', 'Skole'] } },
      sort: { dato: 'desc' },
    });
    expect(pagefindOptions({ q: 'x', filters: {}, sort: 'eldste' }).sort).toEqual({ dato: 'asc' });
    expect(pagefindOptions({ q: 'x', filters: {}, sort: '' })).toEqual({ filters: {} });
  });

  it('reads filter values typed into the address as the site writes them, and leaves out unknown ones', () => {
    const known = { sektor: { Barnehage: 7, 'Oppvekst (gjennomgående)': 2 }, kommune: { Hægebostad: 1 } };
    const state = { q: 'x', sort: 'nyeste' as const, filters: { sektor: ['barnehage', 'BARNEHAGE ', 'oppvekst (Gjennomgående)'], kommune: ['Hægebostad', 'Oslo'], fylke: ['Oslo'] } };
    expect(withKnownFilters(state, known)).toEqual({
      q: 'x',
      sort: 'nyeste',
      filters: { sektor: ['Barnehage', 'Oppvekst (gjennomgående)'], kommune: ['Hægebostad'] },
    });
  });
});
