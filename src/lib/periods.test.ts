import { describe, expect, it } from 'vitest';
import { periodLabel } from './periods.ts';

describe('periodLabel', () => {
  it('writes quarters the Norwegian way', () => {
    expect(periodLabel('Q3 06')).toBe('3. kv. 2006');
    expect(periodLabel('Q4 2008')).toBe('4. kv. 2008');
  });

  it('spaces the dash of a range of quarters and keeps the rest of the label', () => {
    expect(periodLabel('Q4 05–Q3 06')).toBe('4. kv. 2005 – 3. kv. 2006');
    expect(periodLabel('Q4 06–Q3 07 (periode rekonstruert)')).toBe('4. kv. 2006 – 3. kv. 2007 (periode rekonstruert)');
  });

  it('leaves other labels alone', () => {
    expect(periodLabel('1. måling')).toBe('1. måling');
    expect(periodLabel('2008')).toBe('2008');
    expect(periodLabel('HQ2 sted')).toBe('HQ2 sted');
  });
});
