import { describe, expect, it } from 'vitest';
import { langAttribute } from './language-attribute.ts';

describe('langAttribute', () => {
  it('marks a nynorsk entry’s words on a bokmål page and leaves bokmål, the pages’ language, unmarked', () => {
    expect(langAttribute('nn')).toBe('nn');
    expect(langAttribute('nb')).toBeUndefined();
    expect(langAttribute(undefined)).toBeUndefined();
  });

  it('marks words in the other standard than the page’s, either way', () => {
    expect(langAttribute('nn', 'nb')).toBe('nn');
    expect(langAttribute('nb', 'nn')).toBe('nb');
    expect(langAttribute('nn', 'nn')).toBeUndefined();
  });
});
