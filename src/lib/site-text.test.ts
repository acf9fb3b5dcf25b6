import { describe, expect, it } from 'vitest';
import { compoundParts, vocabularyFor } from '../hyphenation/compounds.ts';
import { softHyphen } from '../hyphenation/soft-hyphens.ts';
import { programmeAtJoints, siteText } from './site-text.ts';

describe('the programme’s name in the header', () => {
  it('breaks only at the joints of the compound, as the hyphenation step reads it', () => {
    expect(programmeAtJoints.replaceAll(softHyphen, '')).toBe(siteText.programme);
    const parts = compoundParts(siteText.programme.toLowerCase(), vocabularyFor('nb'));
    expect(programmeAtJoints.toLowerCase().split(softHyphen)).toEqual(parts);
  });
});
