import { expect, it } from 'vitest';
import { withoutStopWords } from './stop-words.ts';

it('drops question and function words from a question', () => {
  expect(withoutStopWords('hvordan få ned sykefraværet')).toBe('sykefraværet');
  expect(withoutStopWords('Hva gjør vi med uønsket deltid')).toBe('uønsket deltid');
});

it('keeps a query made only of such words, so something is still searched', () => {
  expect(withoutStopWords('hva er det')).toBe('hva er det');
});

it('leaves an ordinary query as it is', () => {
  expect(withoutStopWords('ledelse barnehage')).toBe('ledelse barnehage');
});
