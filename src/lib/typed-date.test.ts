import { describe, expect, it } from 'vitest';
import { monthNames } from '../schemas/common.ts';
import { isoFromTyped } from './typed-date.ts';

// As the CMS page runs it: its source alone (start-script.ts).
const asRun = new Function(`return ${isoFromTyped.toString()}`)() as typeof isoFromTyped;
const iso = (typed: string) => asRun(typed, monthNames);

describe('a date typed the Norwegian way', () => {
  it('is written as the field takes it (fresh eyes typed «2.12.2026» and «2. desember 2026» and were refused)', () => {
    expect(iso('2.12.2026')).toBe('2026-12-02');
    expect(iso('02.12.2026')).toBe('2026-12-02');
    expect(iso(' 17/10/2007 ')).toBe('2007-10-17');
    expect(iso('2. desember 2026')).toBe('2026-12-02');
    expect(iso('17. Oktober 2007')).toBe('2007-10-17');
    expect(iso('17 okt. 2007')).toBe('2007-10-17');
    expect(iso('29. februar 2008')).toBe('2008-02-29');
    expect(iso('mai 2010')).toBe('2010-05');
    expect(iso('Des. 2008')).toBe('2008-12');
    // Round 2 of fresh eyes: more forms people type.
    expect(iso('2.des.2026')).toBe('2026-12-02');
    expect(iso('2026-12-2')).toBe('2026-12-02');
    expect(iso('2026.12.02')).toBe('2026-12-02');
    expect(iso('12.2026')).toBe('2026-12');
    expect(iso('3/2009')).toBe('2009-03');
  });

  it('is left for the field to refuse when it is no date, a date the calendar lacks, or a year of two digits', () => {
    for (const typed of ['2010', '13.2026', '0.2026', '31.4.2010', '29. februar 2009', '13.13.2010', '2.12.26', 'neste mai 2010', 'ma 2010', '', 'i morgen'])
      expect(iso(typed), typed).toBeUndefined();
  });
});
