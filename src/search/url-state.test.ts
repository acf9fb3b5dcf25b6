import { describe, expect, it } from 'vitest';
import { hasQuery, pagefindOptions, readState, writeState } from './url-state.ts';

const keys = ['type', 'sektor', 'fylke'];

describe('search URL state', () => {
  it('reads the query, repeated filter values and the sort order', () => {
    const state = readState(new URLSearchParams('q=fravær&sektor=Barnehage&sektor=Skole&fylke=Telemark&sortering=nyeste&ukjent=x'), keys);
    expect(state).toEqual({ q: 'fravær', filters: { sektor: ['Barnehage', 'Skole'], fylke: ['Telemark'] }, sort: 'nyeste' });
  });

  it('ignores an unknown sort order and empty values', () => {
    expect(readState(new URLSearchParams('sortering=tilfeldig&sektor='), keys)).toEqual({ q: '', filters: {}, sort: '' });
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

  it('gives Pagefind OR within a filter and the date sort', () => {
    expect(pagefindOptions({ q: '', filters: { sektor: ['Barnehage', 'Skole'] }, sort: 'nyeste' })).toEqual({
      filters: { sektor: { any: ['Barnehage', 'Skole'] } },
      sort: { dato: 'desc' },
    });
    expect(pagefindOptions({ q: 'x', filters: {}, sort: 'eldste' }).sort).toEqual({ dato: 'asc' });
    expect(pagefindOptions({ q: 'x', filters: {}, sort: '' })).toEqual({ filters: {} });
  });
});
