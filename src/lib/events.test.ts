import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../schemas/common.ts';
import { deadlineNote, eventWhen, isUpcoming, upcomingAndPast } from './events.ts';

const day = (iso: string): PartialDate => ({ date: new Date(`${iso}T00:00:00Z`), precision: 'day' });
const year = (y: number): PartialDate => ({ date: new Date(`${y}-01-01T00:00:00Z`), precision: 'year' });
const month = (iso: string): PartialDate => ({ date: new Date(`${iso}-01T00:00:00Z`), precision: 'month' });
const now = new Date('2026-12-02T10:00:00Z');

describe('eventWhen', () => {
  // The tester's finding: the list said «Kurs · 1. desember 2026» of an event whose page said both days.
  it('gives a two-day event both days, as its page does', () => {
    expect(eventWhen({ date: day('2026-12-01'), end: day('2026-12-02') })).toBe('1.–2. desember 2026');
  });

  it('gives one date', () => {
    expect(eventWhen({ date: day('2027-02-10') })).toBe('10. februar 2027');
  });

  // The tester's finding: with «Når (fritekst)» filled in, the list and the page showed only it, and no day.
  it('always gives the dates, with «Når» as written beside them', () => {
    expect(eventWhen({ date: day('2027-01-14'), end: day('2027-01-15'), when: 'kl. 10.00–15.30 begge dager; påmeldingsfrist 1. desember 2026' })).toBe(
      '14.–15. januar 2027 · kl. 10.00–15.30 begge dager; påmeldingsfrist 1. desember 2026',
    );
    expect(eventWhen({ date: year(2007), end: year(2010), when: 'Fra høsten 2007 og ut programperioden' })).toBe(
      '2007–2010 · Fra høsten 2007 og ut programperioden',
    );
    expect(eventWhen({ date: month('2027-03'), when: 'dato kommer' })).toBe('mars 2027 · dato kommer');
  });

  it('says it once where «Når» says what the dates say (the archive\'s events)', () => {
    expect(eventWhen({ date: year(2007), end: year(2009), when: '2007–2009' })).toBe('2007–2009');
    expect(eventWhen({ date: day('2010-03-17'), end: day('2010-04-29'), when: '17. mars–29. april 2010' })).toBe('17. mars–29. april 2010');
  });

  // Fresh eyes: /arrangementer/oppstartsamlinger/ said «2007 · Fra 2007 – datoene for de enkelte samlingene er ikke
  // oppgitt», as if every gathering was in 2007.
  it('gives «Når» alone where it names the dates itself, and only then', () => {
    const note = 'Fra 2007 – datoene for de enkelte samlingene er ikke oppgitt';
    expect(eventWhen({ date: year(2007), when: note })).toBe(note);
    expect(eventWhen({ date: day('2027-02-10'), when: 'Starter 10. februar 2027 kl. 9' })).toBe('Starter 10. februar 2027 kl. 9');
    expect(eventWhen({ date: year(2007), when: 'Fra 2007–2009' })).toBe('2007 · Fra 2007–2009');
    expect(eventWhen({ date: year(2007), when: 'Høsten 12007' })).toBe('2007 · Høsten 12007');
    expect(eventWhen({ date: day('2027-02-10'), when: 'Starter 10. februar kl. 9' })).toBe('10. februar 2027 · Starter 10. februar kl. 9');
  });
});

describe('isUpcoming', () => {
  it('is upcoming until its last day has ended', () => {
    expect(isUpcoming({ date: day('2027-02-10') }, now)).toBe(true);
    expect(isUpcoming({ date: day('2026-12-02') }, now)).toBe(true);
    expect(isUpcoming({ date: day('2026-12-01'), end: day('2026-12-02') }, now)).toBe(true);
    expect(isUpcoming({ date: day('2026-12-01') }, now)).toBe(false);
    expect(isUpcoming({ date: year(2026) }, now)).toBe(true);
    expect(isUpcoming({ date: year(2007), end: year(2009) }, now)).toBe(false);
  });
});

describe('upcomingAndPast', () => {
  // The tester's finding: the list ran oldest first, so a new event sat under all the 2007–2010 ones.
  it('lists events to come soonest first, then those held, newest first', () => {
    const events = [day('2008-03-01'), day('2027-05-01'), day('2010-03-17'), day('2027-02-10'), day('2007-10-17')].map((date, i) => ({ id: i, data: { date } }));
    const { upcoming, past } = upcomingAndPast(events, now);
    expect(upcoming.map((e) => e.id)).toEqual([3, 1]);
    expect(past.map((e) => e.id)).toEqual([2, 0, 4]);
  });
});

describe('deadlineNote', () => {
  // «Today» is passed in: the page and the list give the build's moment (the site is rebuilt every morning).
  it('gives the deadline until its day has ended, then says it has passed', () => {
    const deadline = day('2026-12-01');
    expect(deadlineNote(deadline, new Date('2026-11-30T12:00:00Z'))).toEqual({ date: '1. desember 2026', passed: false, sentence: 'Påmeldingsfrist: 1. desember 2026' });
    expect(deadlineNote(deadline, new Date('2026-12-01T23:59:00Z')).passed).toBe(false);
    expect(deadlineNote(deadline, new Date('2026-12-02T00:00:00Z'))).toEqual({
      date: '1. desember 2026',
      passed: true,
      sentence: 'Påmeldingsfristen gikk ut 1. desember 2026',
    });
    expect(deadlineNote(month('2026-12'), now).sentence).toBe('Påmeldingsfrist: desember 2026');
  });
});
