// What an event's dates, its «Når (fritekst)» and its registration deadline must not contradict: a day «Når» names
// lies within the dates, its weekday is that day's, and the deadline is not after the last day. A rule of the
// schema (event.ts), so the content check, the build and the CMS's check before a save say the same.
import { afterPartialDate as after, monthNames, type PartialDate } from './common.ts';
import { formatDate, formatDateRange } from './date-text.ts';
import { namedDays, type NamedDay } from './named-days.ts';

/** What the rule reads of an event. */
export interface EventDateFields {
  date: PartialDate;
  end?: PartialDate | undefined;
  when?: string | undefined;
  registrationDeadline?: PartialDate | undefined;
}

/** A field's problem: the field and what to tell the editor. */
export interface EventDateProblem {
  path: 'when' | 'registrationDeadline' | 'end';
  message: string;
}

const weekdays = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

/** «3. desember», or «3. desember 2026» when the year is given. */
function dayText(day: number, month: number, year?: number): string {
  return `${day}. ${monthNames[month - 1]}${year === undefined ? '' : ` ${year}`}`;
}

/** The day as a moment, or undefined where the calendar has no such day (31. november, 29. februar 2027). */
function calendarDay(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? date : undefined;
}

/** The years a day named without one could be in: those of the event's dates. */
function candidateYears(named: NamedDay, first: Date, last: Date): number[] {
  if (named.year !== undefined) return [named.year];
  const years: number[] = [];
  for (let year = first.getUTCFullYear(); year <= last.getUTCFullYear(); year++) years.push(year);
  return years;
}

/** What «Når» says that the dates do not: a day outside them, a day the calendar lacks, a wrong weekday. */
function whenProblems({ date, end, when }: EventDateFields): string[] {
  if (!when) return [];
  const first = date.date;
  const until = after(end ?? date);
  const dates = formatDateRange(date, end);
  const problems: string[] = [];
  for (const named of namedDays(when)) {
    const years = candidateYears(named, first, new Date(until.getTime() - 1));
    const days = years.flatMap((year) => {
      const day = calendarDay(year, named.month, named.day);
      return day ? [{ year, day }] : [];
    });
    const said = dayText(named.day, named.month, named.year);
    if (days.length === 0) {
      problems.push(`nevner ${said}, en dag som ikke finnes: rett datoen`);
      continue;
    }
    const within = days.filter(({ day }) => day.getTime() >= first.getTime() && day.getTime() < until.getTime());
    // A deadline, or a day the event was moved from, is not the event's day: only its weekday is checked.
    if (!named.otherDay && within.length === 0) {
      // A day before the event may be a deadline written after its day («1. desember (påmeldingsfrist)»).
      const before = days.every(({ day }) => day.getTime() < first.getTime());
      const deadline = before ? '. Er det en påmeldingsfrist, skriv den i «Påmeldingsfrist»' : '';
      problems.push(`nevner ${said}, men datoene er ${dates}: rett datoen, eller skriv den i «Dato»/«Sluttdato»${deadline}`);
      continue;
    }
    // The weekday where the year is known: written, or the one year of the event's dates the day falls in.
    const known = named.year !== undefined ? days : within.length === 1 ? within : [];
    if (named.weekday === undefined || known.length !== 1) continue;
    const { year, day } = known[0]!;
    const actual = day.getUTCDay();
    if (actual !== named.weekday) {
      const full = dayText(named.day, named.month, year);
      problems.push(`sier ${weekdays[named.weekday]} ${full}, men ${full} er en ${weekdays[actual]}: rett ukedagen eller datoen`);
    }
  }
  // Once each, where «Når» names a day twice.
  return [...new Set(problems)];
}

/** A deadline after the event's last day. */
function deadlineProblems({ date, end, registrationDeadline }: EventDateFields): string[] {
  if (!registrationDeadline || registrationDeadline.date.getTime() < after(end ?? date).getTime()) return [];
  return [
    `er ${formatDate(registrationDeadline)}, etter arrangementets siste dag (${formatDate(end ?? date)}): ` +
      'fristen må være før arrangementet eller senest den dagen det holdes. Rett fristen, eller «Dato»/«Sluttdato» om det er de som er feil',
  ];
}

/** An end date wholly before the first day (fresh eyes: 2026-12-10 to 2026-12-09 was saved and published). */
function endProblems({ date, end }: EventDateFields): string[] {
  if (!end || after(end).getTime() > date.date.getTime()) return [];
  return [`er ${formatDate(end)}, før «Dato» (${formatDate(date)}): skriv arrangementets siste dag, eller la feltet stå tomt om det varte én dag`];
}

/** Every contradiction between an event's dates, its «Når (fritekst)» and its registration deadline. */
export function eventDateProblems(event: EventDateFields): EventDateProblem[] {
  // With the dates themselves wrong, what «Når» and the deadline are measured against is wrong too: that alone is said.
  const end = endProblems(event);
  if (end.length > 0) return end.map((message) => ({ path: 'end' as const, message }));
  return [
    ...whenProblems(event).map((message) => ({ path: 'when' as const, message })),
    ...deadlineProblems(event).map((message) => ({ path: 'registrationDeadline' as const, message })),
  ];
}
