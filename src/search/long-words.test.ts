import { expect, it } from 'vitest';
import { hyphenateText } from '../hyphenation/soft-hyphens.ts';
import { hyphenatedLists, longWordsIn, withSoftHyphens } from './long-words.ts';

const shy = '\u00AD';
const asInIndex = (word: string) => hyphenateText(word, 'nb', 'cell');

// Fresh eyes: at 320 px the status line broke «Kvalitetskommuneprogramme|t», without a hyphen.
it('puts soft hyphens into the long words of a status line, as the build hyphenates them, their case kept', () => {
  const lists = hyphenatedLists(['kvalitetskommuneprogrammet', 'sykefravær', 'arbeidsmiljøutvalgene'], asInIndex);
  expect(lists.k).toEqual(['kva-li-tets-kommune-pro-gram-met']);
  // Short words are not listed: they fit a line.
  expect(lists.s).toBeUndefined();
  const text = '66 treff på «Kvalitetskommuneprogrammet». Ordet «kvalitetskommuneprogrammet» er …';
  expect(longWordsIn(text)).toEqual(['kvalitetskommuneprogrammet']);
  expect(withSoftHyphens(text, Object.values(lists).flat())).toBe(
    `66 treff på «Kva${shy}li${shy}tets${shy}kommune${shy}pro${shy}gram${shy}met». Ordet «kva${shy}li${shy}tets${shy}kommune${shy}pro${shy}gram${shy}met» er …`,
  );
});

// At 200 % text on a 320 px phone the status line holds some 12 letters: «sykefraværs-» did not fit, so its one soft
// hyphen was no use («sykefravær|soppfølging»), and «kvalitetskommunene» (18 letters) had none («kvalitetskom|munene»).
it('lists words of 11 letters or more, with a break at every point, not only at the joints', () => {
  const lists = hyphenatedLists(['sykefraværsoppfølging', 'kvalitetskommunene', 'kommunalsjef', 'sykefravær'], asInIndex);
  expect(lists.s).toEqual(['syke-fra-værs-opp-føl-ging']);
  expect(lists.k).toEqual(['kva-li-tets-kom-mu-nene', 'kom-mu-nal-sjef']);
  expect(longWordsIn('3 treff på «kommunalsjef»')).toEqual(['kommunalsjef']);
  expect(longWordsIn('79 treff på «sykefravær»')).toEqual([]);
});

// «du skrev» quotes a word typed without æ, ø and å, which the lists do not have: it broke «sykefravaers|oppfolging».
it('puts soft hyphens into a word typed without æ, ø and å where the listed word folded alike has them', () => {
  const lists = hyphenatedLists(['sykefraværsoppfølging', 'medarbeiderundersøkelse'], asInIndex);
  const forms = Object.values(lists).flat();
  expect(withSoftHyphens('(du skrev «sykefravaersoppfolging»)', forms)).toBe(`(du skrev «syke${shy}fra${shy}vaers${shy}opp${shy}fol${shy}ging»)`);
  expect(withSoftHyphens('«Medarbeiderundersokelse»', forms)).toBe(`«Med${shy}ar${shy}bei${shy}der${shy}un${shy}der${shy}so${shy}kelse»`);
});

it('leaves words the lists do not have as they are', () => {
  expect(withSoftHyphens('Ingen treff på «Kvalitetskommuneprogrammer»', ['kva-li-tets-kommune-pro-gram-met'])).toBe('Ingen treff på «Kvalitetskommuneprogrammer»');
  expect(longWordsIn('12 treff på «sykefravær»')).toEqual([]);
});
