// The calendar days a free text names, as Norwegian writes them: «torsdag 3. desember», «10.–11. desember 2026»,
// «17. mars–29. april 2010», «3.12.», «03.12.2026», bokmål and nynorsk. An event's «Når (fritekst)» is read with it
// (event-dates.ts), so that a day it names can be held against the event's dates.
import { monthNames } from './common.ts';

/** One day named in a text. */
export interface NamedDay {
  /** The words that name it, as written («Torsdag 3. desember»; in a range, the day with its month: «10.–11. desember»). */
  text: string;
  day: number;
  /** 1–12. */
  month: number;
  /** When written, or given by the last day of its range («17. mars–29. april 2010»). */
  year?: number;
  /** 0 (Sunday) to 6, when a weekday is written before the day. */
  weekday?: number;
  /**
   * Named as something other than the day it happens: a deadline («påmeldingsfrist 1. desember», «innen 1.12.»), a
   * day it was moved from («utsatt fra 3. desember»).
   */
  otherDay: boolean;
}

/** Weekdays, Sunday first, bokmål and nynorsk with their short forms (a short form only with its dot: «man» is a word). */
const weekdayWords: readonly (readonly string[])[] = [
  ['søndag', 'sundag', 'søn\\.', 'sun\\.'],
  ['mandag', 'måndag', 'man\\.', 'mån\\.'],
  ['tirsdag', 'tysdag', 'tirs?\\.', 'tys\\.'],
  ['onsdag', 'ons\\.'],
  ['torsdag', 'tors?\\.'],
  ['fredag', 'fre\\.'],
  ['lørdag', 'laurdag', 'lør\\.', 'lau\\.'],
];

/** Month names (the same in bokmål and nynorsk) and their short forms, longest first so «mars» is not read as «mar». */
const monthWords = monthNames.map((name) => {
  const short = name === 'september' ? ['sept', 'sep'] : name.length > 4 ? [name.slice(0, 3)] : name === 'mars' ? ['mar'] : [];
  return [name, ...short.map((s) => `${s}\\.?`)];
});

const letter = 'a-zæøåäöüé';
const weekdayPattern = `(?<weekday>${weekdayWords.flat().join('|')})(?![${letter}])`;
const monthPattern = `(?<monthName>${monthWords.flat().join('|')})(?![${letter}])`;

/**
 * One day: an optional weekday, the day with its dot, then a month by name (with a year, or not) or by number
 * («3.12.», «03.12.2026», «3.12.26»). A day alone («10.» in «10.–11. desember») takes the month of the day after it.
 */
const dayPattern = new RegExp(
  `(?:${weekdayPattern},?\\s+(?:den\\s+)?)?(?<![\\d.,])(?<day>\\d{1,2})\\.(?:\\s*${monthPattern}(?:\\s+(?<nameYear>\\d{4})(?!\\d))?|(?<monthNumber>\\d{1,2})\\.(?:(?<numberYear>\\d{4}|\\d{2})(?![\\d]))?)?`,
  'giu',
);

/** What joins the days of a range or a list: «10.–11.», «10. til 11.», «10. og 11.», «9., 10. og 11.». */
const joiner = /^\s*(?:[–—-]|til|og|,)\s*$/iu;

/** Times are no days: «kl. 10.00–15.30», «klokka 9.15», blanked out (same length) before the days are read. */
const times = /\b(?:kl\.?|klokka|klokken)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*(?:[–—-]|til)\s*(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?)?/giu;

/**
 * Words before a day, in its clause, that make it some other day than the event's: a deadline, a day moved from.
 * «påmeldingsfrist», «frist», «innen»/«innan», «senest»/«seinast», «påmelding», «meld deg på», «utsatt fra»/«utsett
 * frå», «flyttet fra»/«flytta frå», «opprinnelig»/«opphavleg».
 */
const otherDayWords = /frist|inn[ea]n|sei?nast|senest|påmelding|meld\p{L}*\s+(?:deg|dykk|dere|seg)\s+på|utsatt|utsett|flytt\p{L}*\s+fr[aå]|opprinnelig|opphavleg/iu;

/** Where a clause begins: after «;», «·», «|», a bracket, a line break, a comma, or a sentence's full stop («desember. Frist»). */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  const starts = [...before.matchAll(/[;·|()\n,]|[\p{L}]\.\s+(?=\p{Lu})/gu)].map((m) => m.index + m[0].length);
  return before.slice(starts.at(-1) ?? 0);
}

function weekdayNumber(word: string): number {
  const lower = word.toLowerCase();
  return weekdayWords.findIndex((words) => words.some((w) => new RegExp(`^${w}$`, 'u').test(lower)));
}

function monthNumber(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return monthWords.findIndex((words) => words.some((w) => new RegExp(`^${w}$`, 'u').test(lower))) + 1;
}

interface Found {
  index: number;
  end: number;
  day: number;
  month?: number;
  year?: number;
  weekday?: number;
}

/** Every day `text` names, in order. A day alone, with no month after it in its range or list, is no day («1. klasse»). */
export function namedDays(text: string): NamedDay[] {
  const read = text.replace(times, (time) => ' '.repeat(time.length));
  const found: Found[] = [...read.matchAll(dayPattern)].map((match) => {
    const groups = match.groups!;
    const month = groups['monthName'] ? monthNumber(groups['monthName']) : groups['monthNumber'] ? Number(groups['monthNumber']) : undefined;
    const written = groups['nameYear'] ?? groups['numberYear'];
    const year = written === undefined ? undefined : written.length === 2 ? 2000 + Number(written) : Number(written);
    return {
      index: match.index,
      end: match.index + match[0].length,
      day: Number(groups['day']),
      ...(month !== undefined && { month }),
      ...(year !== undefined && { year }),
      ...(groups['weekday'] && { weekday: weekdayNumber(groups['weekday']) }),
    };
  });
  // Days joined into one range or list («10.–11. desember», «17. mars–29. april 2010»): read from the last, each
  // without a month takes the next one's, each without a year the next one's (the year before, when its month comes
  // later in the year than the next: «30. desember–2. januar 2027»).
  const chains: Found[][] = [];
  found.forEach((day, i) => {
    const previous = found[i - 1];
    if (previous && joiner.test(read.slice(previous.end, day.index))) chains.at(-1)!.push(day);
    else chains.push([day]);
  });
  return chains.flatMap((chain) => {
    const otherDay = otherDayWords.test(clauseBefore(read, chain[0]!.index));
    const days: NamedDay[] = [];
    let next: { month?: number; year?: number; day: number; end: number } | undefined;
    for (const member of [...chain].reverse()) {
      const month = member.month ?? next?.month;
      let year = member.year;
      if (year === undefined && next?.year !== undefined && month !== undefined && next.month !== undefined)
        year = month * 100 + member.day > next.month * 100 + next.day ? next.year - 1 : next.year;
      // A day alone, with no month after it in its range («1. klasse»), is no day.
      if (month === undefined) continue;
      const end = member.month === undefined && next ? next.end : member.end;
      next = { month, day: member.day, end, ...(year !== undefined && { year }) };
      if (month < 1 || month > 12 || member.day < 1 || member.day > 31) continue;
      days.unshift({
        text: text.slice(member.index, end).trim(),
        day: member.day,
        month,
        ...(year !== undefined && { year }),
        ...(member.weekday !== undefined && { weekday: member.weekday }),
        otherDay,
      });
    }
    return days;
  });
}
