import { describe, expect, it } from 'vitest';
import { typedFormFirst, withTypedForms } from './typed-forms.ts';

const results = ['ti-punkter', 'iris', 'mandal', '49-nye-kommunar'].map((id) => ({ id }));

// «sjukefråvær» was searched as «sykefravær»: the one page that says «sjukefråværet» ranked last of 79.
it('puts the pages with the word as typed first, the rest in their order', () => {
  expect(typedFormFirst(results, [new Set(['49-nye-kommunar'])]).map((r) => r.id)).toEqual(['49-nye-kommunar', 'ti-punkter', 'iris', 'mandal']);
});

it('puts a page with more of the typed forms above one with fewer', () => {
  const order = typedFormFirst(results, [new Set(['mandal', '49-nye-kommunar']), new Set(['49-nye-kommunar'])]);
  expect(order.map((r) => r.id)).toEqual(['49-nye-kommunar', 'mandal', 'ti-punkter', 'iris']);
});

it('leaves the order when no form was read, or every page has it', () => {
  expect(typedFormFirst(results, []).map((r) => r.id)).toEqual(results.map((r) => r.id));
  expect(typedFormFirst(results, [new Set(results.map((r) => r.id))]).map((r) => r.id)).toEqual(results.map((r) => r.id));
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
