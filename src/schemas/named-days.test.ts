import { describe, expect, it } from 'vitest';
import { namedDays } from './named-days.ts';

/** Each day as «day.month.year weekday other» for short expectations. */
const read = (text: string) =>
  namedDays(text).map((d) => `${d.day}.${d.month}.${d.year ?? '?'}${d.weekday === undefined ? '' : ` wd${d.weekday}`}${d.otherDay ? ' other' : ''}`);

describe('namedDays', () => {
  // The tester's finding: «Torsdag 3. desember» beside dates 10.–11. desember was published without a word.
  it('reads a day with its weekday, with and without a year', () => {
    expect(read('Torsdag 3. desember')).toEqual(['3.12.? wd4']);
    expect(read('torsdag 10. desember 2026')).toEqual(['10.12.2026 wd4']);
    expect(read('Fredag, 10. desember 2026')).toEqual(['10.12.2026 wd5']);
    expect(read('fredag den 11. desember')).toEqual(['11.12.? wd5']);
    expect(read('tors. 10. des.')).toEqual(['10.12.? wd4']);
  });

  it('reads nynorsk weekdays and short month names', () => {
    expect(read('måndag 7. desember')).toEqual(['7.12.? wd1']);
    expect(read('tysdag 8. des. 2026')).toEqual(['8.12.2026 wd2']);
    expect(read('laurdag 12. desember og sundag 13. desember')).toEqual(['12.12.? wd6', '13.12.? wd0']);
    expect(read('3. okt., 4. sept. og 5. jan.')).toEqual(['3.10.?', '4.9.?', '5.1.?']);
    expect(read('1. Mars 2027')).toEqual(['1.3.2027']);
  });

  it('reads days written in numbers', () => {
    expect(read('3.12.')).toEqual(['3.12.?']);
    expect(read('03.12.2026')).toEqual(['3.12.2026']);
    expect(read('onsdag 3.12.26')).toEqual(['3.12.2026 wd3']);
    expect(read('10.–11.12.2026')).toEqual(['10.12.2026', '11.12.2026']);
  });

  it('reads ranges and lists, each day with the month and year written after it', () => {
    expect(read('10.–11. desember')).toEqual(['10.12.?', '11.12.?']);
    expect(read('10.-11. desember 2026')).toEqual(['10.12.2026', '11.12.2026']);
    expect(read('10. og 11. desember')).toEqual(['10.12.?', '11.12.?']);
    expect(read('fra 10. til 12. desember 2026')).toEqual(['10.12.2026', '12.12.2026']);
    expect(read('9., 10. og 11. mars')).toEqual(['9.3.?', '10.3.?', '11.3.?']);
    expect(read('torsdag 10.–fredag 11. desember 2026')).toEqual(['10.12.2026 wd4', '11.12.2026 wd5']);
    expect(read('17. mars–29. april 2010')).toEqual(['17.3.2010', '29.4.2010']);
    expect(read('30. desember–2. januar 2027')).toEqual(['30.12.2026', '2.1.2027']);
  });

  it('reads a deadline, or a day the event was moved from, as another day than the event’s', () => {
    expect(read('kl. 10.00–15.30 begge dager; påmeldingsfrist 1. desember 2026')).toEqual(['1.12.2026 other']);
    expect(read('Påmeldingsfrist: 1. desember')).toEqual(['1.12.? other']);
    expect(read('Påmelding innen 1.12., konferansen er 10. desember')).toEqual(['1.12.? other', '10.12.?']);
    expect(read('Påmeldingsfrist er 1. desember. Konferansen er 3. desember.')).toEqual(['1.12.? other', '3.12.?']);
    expect(read('Meld deg på senest fredag 27. november')).toEqual(['27.11.? wd5 other']);
    expect(read('Meld dykk på innan 27. november')).toEqual(['27.11.? other']);
    expect(read('Utsatt fra 3. desember')).toEqual(['3.12.? other']);
    expect(read('Frist for påmelding: 1.–2. desember')).toEqual(['1.12.? other', '2.12.? other']);
  });

  it('reads no day in times, years, seasons or ordinals without a month', () => {
    expect(read('kl. 10.00–15.30 begge dager')).toEqual([]);
    expect(read('kl. 10.12.')).toEqual([]);
    expect(read('Dørene åpner klokka 9.15')).toEqual([]);
    expect(read('Fra høsten 2007 og ut programperioden')).toEqual([]);
    expect(read('Fra årsskiftet 2008/2009 og ut programperioden')).toEqual([]);
    expect(read('2007–2009')).toEqual([]);
    expect(read('For 1.–4. klasse, 2. etasje')).toEqual([]);
    expect(read('man må melde seg på')).toEqual([]);
    expect(read('')).toEqual([]);
  });

  it('gives the words that name each day', () => {
    expect(namedDays('Torsdag 3. desember; kl. 10').map((d) => d.text)).toEqual(['Torsdag 3. desember']);
    expect(namedDays('10.–11. desember').map((d) => d.text)).toEqual(['10.–11. desember', '11. desember']);
  });
});
