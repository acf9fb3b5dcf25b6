import { describe, expect, it } from 'vitest';
import { monthNames } from '../schemas/common.ts';
import { newsletterId, newsletterIdDate } from './newsletter-id.ts';

// As the CMS page runs it: its source alone (start-script.ts).
const asRun = new Function(`return ${newsletterIdDate.toString()}`)() as typeof newsletterIdDate;

describe('a newsletter’s id', () => {
  it('is its number and the month and year of its date, in Norwegian, as the archive’s issues are named', () => {
    expect(newsletterId(7, '2010-06-15')).toBe('nr-7-juni-2010');
    expect(newsletterId(8, '2026-08')).toBe('nr-8-august-2026');
    expect(newsletterId(1, '2008-12-01')).toBe('nr-1-desember-2008');
  });

  it('has the year alone from a date that gives only the year, and the number alone without a date', () => {
    expect(newsletterId(9, '2010')).toBe('nr-9-2010');
    expect(newsletterId(9, '')).toBe('nr-9');
  });

  it('reads the date’s part as the CMS page runs it, and nothing that is no date', () => {
    expect(asRun(' 2026-08-15 ', monthNames)).toBe('august-2026');
    expect(asRun('2010', monthNames)).toBe('2010');
    for (const other of ['2010-13', '15.08.2026', 'nyhetsbrev', '8', '2010-6']) expect(asRun(other, monthNames), other).toBeUndefined();
  });
});
