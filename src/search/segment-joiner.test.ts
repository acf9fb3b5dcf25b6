import { expect, it } from 'vitest';
import { pageBreak, segmentJoiner, withBreaksOf, withPageBreaks, withoutSegmentJoiners } from './segment-joiner.ts';

// Fresh eyes: «Spørreundersøkelse til alle deltakerkommunene» was shown «Spørre|unders|økelse … delt|aker|kommunene»,
// the index's compound joints, some false; the page itself breaks «Spørre|un|der|sø|kelse … deltaker|kommunene».
const indexed = `Spørre${segmentJoiner}unders${segmentJoiner}økelse til alle delt${segmentJoiner}aker${segmentJoiner}kommunene`;
const onPage = 'Spørre\u00ADun\u00ADder\u00ADsø\u00ADkelse til alle deltaker\u00ADkommunene';

it('marks where the page\'s own heading breaks in the index\'s copy of it, its compound joints kept for search', () => {
  const marked = withBreaksOf(indexed, onPage);
  expect(withoutSegmentJoiners(marked).replaceAll(pageBreak, '\u00AD')).toBe(onPage);
  expect(withoutSegmentJoiners(marked).replaceAll(pageBreak, '')).toBe(withoutSegmentJoiners(indexed));
  expect(marked.split(segmentJoiner).length).toBe(indexed.split(segmentJoiner).length);
});

it('shows a result\'s title with the page\'s breaks as soft hyphens, never at the index\'s joints', () => {
  expect(withPageBreaks(withBreaksOf(indexed, onPage))).toBe(onPage);
  // A title without the page's breaks (another page's document title) breaks nowhere inside a word.
  expect(withPageBreaks(indexed)).toBe('Spørreundersøkelse til alle deltakerkommunene');
  expect(withPageBreaks(`Om Kvalitets${segmentJoiner}kommune${segmentJoiner}programmet og IA-avtalen`)).toBe('Om Kvalitetskommuneprogrammet og IA-avtalen');
});

it('keeps a heading whose text differs from the page\'s as it is', () => {
  expect(withBreaksOf(indexed, 'Noe annet')).toBe(indexed);
  expect(withBreaksOf(indexed, `${onPage} mer`)).toBe(indexed);
});
