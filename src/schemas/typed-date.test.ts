import { describe, expect, it } from 'vitest';
import { monthNames } from '../schemas/common.ts';
import { isoFromTyped, typedDateProblem } from './typed-date.ts';

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

describe('what is wrong with a date the field cannot take', () => {
  const problem = (typed: string) => typedDateProblem(typed, monthNames);

  it('takes the forms the field holds, a leap day in a leap year too', () => {
    for (const typed of ['2010', '2010-06', '2010-06-15', ' 2010-06-15 ', '2008-02-29']) expect(problem(typed), typed).toBeUndefined();
  });

  // Fresh eyes: one sentence for «31.4.2010», «3.12.26» and «i går» alike, and the year's part was not named.
  it('names a year of two digits, with the date written with four', () => {
    expect(problem('3.12.26')).toBe('må ha året med fire sifre: skriv for eksempel 3.12.2026, ikke 3.12.26.');
    expect(problem('17. okt 07')).toBe('må ha året med fire sifre: skriv for eksempel 17. okt 2007, ikke 17. okt 07.');
  });

  it('names a day the month lacks, with the days the month has', () => {
    expect(problem('31.4.2010')).toBe('er en dag som ikke finnes: april 2010 har 30 dager. Nå står det «31.4.2010».');
    expect(problem('29. februar 2009')).toBe('er en dag som ikke finnes: februar 2009 har 28 dager. Nå står det «29. februar 2009».');
    expect(problem('2010-04-31')).toMatch(/^er en dag som ikke finnes: april 2010 har 30 dager/);
  });

  it('names a month that is no month', () => {
    expect(problem('13.13.2010')).toBe('har måned 13, som ikke finnes: skriv en måned fra 1 til 12.');
    expect(problem('2010-00')).toBe('har måned 0, som ikke finnes: skriv en måned fra 1 til 12.');
  });

  it('gives the forms for anything else, with what is written', () => {
    for (const typed of ['i går', 'ma 2010', '2010-6', 'neste mai 2010', '15.06.2010 kl. 12'])
      expect(problem(typed), typed).toBe(`må være en dato som 2010-06-15 eller 15.6.2010, en måned som 2010-06 eller juni 2010, eller et år som 2010. Nå står det «${typed}».`);
  });

  it('runs from its source alone, as the CMS page runs it', () => {
    const fromSource = new Function(`return ${typedDateProblem.toString()}`)() as typeof typedDateProblem;
    expect(fromSource('3.12.26', monthNames)).toMatch(/fire sifre/);
  });
});
