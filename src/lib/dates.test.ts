import { describe, expect, it } from 'vitest';
import { byDateDescending, formatDate, machineDate, yearSpan } from './dates.ts';

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
