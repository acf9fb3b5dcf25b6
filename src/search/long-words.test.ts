import { expect, it } from 'vitest';
import { hyphenateText } from '../hyphenation/soft-hyphens.ts';
import { hyphenatedLists, longWordsIn, withSoftHyphens } from './long-words.ts';

const shy = '\u00AD';

// Fresh eyes: at 320 px the status line broke «Kvalitetskommuneprogramme|t», without a hyphen.
it('puts soft hyphens into the long words of a status line, as the build hyphenates them, their case kept', () => {
  const lists = hyphenatedLists(['kvalitetskommuneprogrammet', 'sykefravær', 'sykefraværsarbeid', 'arbeidsmiljøutvalgene'], (word) => hyphenateText(word, 'nb'));
  expect(lists.k).toEqual(['kvalitets-kommune-programmet']);
  // Short words are not listed: they fit a line.
  expect(lists.s).toBeUndefined();
  const text = '66 treff på «Kvalitetskommuneprogrammet». Ordet «kvalitetskommuneprogrammet» er …';
  expect(longWordsIn(text)).toEqual(['kvalitetskommuneprogrammet']);
  expect(withSoftHyphens(text, Object.values(lists).flat())).toBe(
    `66 treff på «Kvalitets${shy}kommune${shy}programmet». Ordet «kvalitets${shy}kommune${shy}programmet» er …`,
  );
});

it('leaves words the lists do not have as they are', () => {
  expect(withSoftHyphens('Ingen treff på «Kvalitetskommuneprogrammer»', ['kvalitets-kommune-programmet'])).toBe('Ingen treff på «Kvalitetskommuneprogrammer»');
  expect(longWordsIn('12 treff på «sykefravær»')).toEqual([]);
});
