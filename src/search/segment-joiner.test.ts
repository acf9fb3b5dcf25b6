import { expect, it } from 'vitest';
import { segmentJoiner, withSoftHyphensAtJoints, withoutSegmentJoiners } from './segment-joiner.ts';

it('turns the compound joints the index marks into soft hyphens, and leaves hyphens of the text itself', () => {
  const title = `Om Kvalitets${segmentJoiner}kommune${segmentJoiner}programmet og IA-avtalen`;
  expect(withSoftHyphensAtJoints(title)).toBe('Om Kvalitets\u00ADkommune\u00ADprogrammet og IA-avtalen');
  expect(withSoftHyphensAtJoints(title).replaceAll('\u00AD', '')).toBe(withoutSegmentJoiners(title));
});
