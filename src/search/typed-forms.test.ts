import { describe, expect, it } from 'vitest';
import { typedFormFirst, withTypedForms } from './typed-forms.ts';

const results = ['ti-punkter', 'iris', 'mandal', '49-nye-kommunar'].map((id) => ({ id, form: 'bokmål' }));
const typed = (...ids: string[]) => new Map(ids.map((id) => [id, { id, form: 'nynorsk' }]));
const ids = (list: { id: string }[]) => list.map((r) => r.id);

// «sjukefråvær» was searched as «sykefravær»: the one page that says «sjukefråværet» ranked last of 79.
it('puts the pages with the word as typed first, the rest in their order', () => {
  expect(ids(typedFormFirst(results, [typed('49-nye-kommunar')]))).toEqual(['49-nye-kommunar', 'ti-punkter', 'iris', 'mandal']);
});

it('gives such a page as found for the word as typed, so its excerpt marks that word', () => {
  expect(typedFormFirst(results, [typed('49-nye-kommunar')]).map((r) => r.form)).toEqual(['nynorsk', 'bokmål', 'bokmål', 'bokmål']);
});

it('puts a page with more of the typed forms above one with fewer', () => {
  expect(ids(typedFormFirst(results, [typed('mandal', '49-nye-kommunar'), typed('49-nye-kommunar')]))).toEqual(['49-nye-kommunar', 'mandal', 'ti-punkter', 'iris']);
});

it('leaves the order when no form was read, or every page has it', () => {
  expect(ids(typedFormFirst(results, []))).toEqual(ids(results));
  expect(ids(typedFormFirst(results, [typed(...ids(results))]))).toEqual(ids(results));
});

describe('withTypedForms', () => {
  it('says each nynorsk word as typed where its bokmål words were searched', () => {
    expect(withTypedForms(['sykefravær'], [{ typed: 'sjukefråvær', read: 'sykefravær' }])).toEqual(['sjukefråvær']);
    expect(withTypedForms(['sykefravær', 'oppfølging', 'barnehage'], [{ typed: 'sjukefråværsoppfylging', read: 'sykefravær oppfølging' }])).toEqual([
      'sjukefråværsoppfylging',
      'barnehage',
    ]);
    expect(withTypedForms(['ledere', 'nøtterøy'], [{ typed: 'leiarar', read: 'ledere' }])).toEqual(['leiarar', 'nøtterøy']);
  });

  it('leaves words no nynorsk word was read as', () => {
    expect(withTypedForms(['sykefravær'], [])).toEqual(['sykefravær']);
    expect(withTypedForms(['sykefravær'], [{ typed: 'leiarar', read: 'ledere' }])).toEqual(['sykefravær']);
  });
});
