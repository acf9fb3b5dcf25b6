import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../schemas/common.ts';
import { eventWhen, isUpcoming, upcomingAndPast } from './events.ts';

const day = (iso: string): PartialDate => ({ date: new Date(`${iso}T00:00:00Z`), precision: 'day' });
const year = (y: number): PartialDate => ({ date: new Date(`${y}-01-01T00:00:00Z`), precision: 'year' });
const now = new Date('2026-12-02T10:00:00Z');

describe('eventWhen', () => {
  // The tester's finding: the list said «Kurs · 1. desember 2026» of an event whose page said both days.
  it('gives a two-day event both days, as its page does', () => {
    expect(eventWhen({ date: day('2026-12-01'), end: day('2026-12-02') })).toBe('1. desember 2026–2. desember 2026');
  });

  it('gives one date, or «Når» as written', () => {
    expect(eventWhen({ date: day('2027-02-10') })).toBe('10. februar 2027');
    expect(eventWhen({ date: year(2007), end: year(2009), when: '2007–2009' })).toBe('2007–2009');
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
