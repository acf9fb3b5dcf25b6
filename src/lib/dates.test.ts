import { describe, expect, it } from 'vitest';
import { byDateDescending, formatDate, formatDateRange, machineDate, yearSpan } from './dates.ts';

const at = (iso: string, precision: 'day' | 'month' | 'year') => ({ date: new Date(`${iso}T00:00:00Z`), precision });

describe('dates', () => {
  it('shows a date only as precisely as it is known', () => {
    expect(formatDate(at('2007-10-17', 'day'))).toBe('17. oktober 2007');
    expect(formatDate(at('2010-06-01', 'month'))).toBe('juni 2010');
    expect(formatDate(at('2009-01-01', 'year'))).toBe('2009');
  });

  it('gives <time> a value of the same precision', () => {
    expect(machineDate(at('2007-10-17', 'day'))).toBe('2007-10-17');
    expect(machineDate(at('2010-06-01', 'month'))).toBe('2010-06');
    expect(machineDate(at('2009-01-01', 'year'))).toBe('2009');
  });

  it('sorts newest first', () => {
    const entries = [at('2007-10-17', 'day'), at('2010-06-01', 'month'), at('2009-01-01', 'year')].map((date) => ({ data: { date } }));
    expect(entries.sort(byDateDescending).map((e) => machineDate(e.data.date))).toEqual(['2010-06', '2009', '2007-10-17']);
  });

  it('writes a span of years with an en dash, one year once', () => {
    expect(yearSpan({ from: 2008, to: 2010 })).toBe('2008–2010');
    expect(yearSpan({ from: 2008, to: 2008 })).toBe('2008');
    expect(yearSpan({ from: 2003 })).toBe('fra 2003');
  });
});

describe('formatDateRange', () => {
  it('says a shared month or year once', () => {
    expect(formatDateRange(at('2027-01-14', 'day'), at('2027-01-15', 'day'))).toBe('14.–15. januar 2027');
    expect(formatDateRange(at('2010-03-17', 'day'), at('2010-04-29', 'day'))).toBe('17. mars–29. april 2010');
    expect(formatDateRange(at('2010-03-01', 'month'), at('2010-04-01', 'month'))).toBe('mars–april 2010');
    expect(formatDateRange(at('2007-01-01', 'year'), at('2009-01-01', 'year'))).toBe('2007–2009');
  });

  it('gives both in full across a year or between precisions, and one date without an end or with the same', () => {
    expect(formatDateRange(at('2026-12-30', 'day'), at('2027-01-02', 'day'))).toBe('30. desember 2026–2. januar 2027');
    expect(formatDateRange(at('2010-01-01', 'year'), at('2010-03-17', 'day'))).toBe('2010–17. mars 2010');
    expect(formatDateRange(at('2027-01-14', 'day'))).toBe('14. januar 2027');
    expect(formatDateRange(at('2027-01-14', 'day'), at('2027-01-14', 'day'))).toBe('14. januar 2027');
  });
});
