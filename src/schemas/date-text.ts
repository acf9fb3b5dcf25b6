// Dates shown as precisely as the sources give them, in Norwegian: on the pages (through lib/dates.ts) and in the
// schemas' messages, which name an event's dates as its page does.
import type { PartialDate } from './common.ts';

/**
 * The function that writes a date as precisely as it is given (formatDate): made once, as making its formats for each
 * date cost a page of many dates. Self-contained: the CMS's preview makes its own from the source (start-script.ts).
 */
export function dateFormatter(): (date: PartialDate) => string {
  const formats = {
    day: new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat('nb-NO', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    year: new Intl.DateTimeFormat('nb-NO', { year: 'numeric', timeZone: 'UTC' }),
  };
  return ({ date, precision }) => formats[precision].format(date);
}

/** «17. oktober 2007», «juni 2010» or «2009». */
export const formatDate = dateFormatter();

/**
 * A date as the content gives it, 2010-06-15, 2010-06 or 2010 (as text, a year as a number, a full date as a Date, as
 * YAML reads them), with how precise it is; undefined for anything else, or a date the calendar does not have
 * (2010-13, 2010-02-31). What the schemas read (common.ts partialDate), and what the CMS's preview shows of a date
 * being typed: self-contained, the CMS page runs its source (start-script.ts).
 */
export function partialDateOf(value: unknown): PartialDate | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : { date: value, precision: 'day' };
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  // Spaces around it, as typed or pasted in the CMS, are no part of the date.
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(value).trim());
  if (!match) return undefined;
  const [, year, month = '01', day = '01'] = match;
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`) return undefined;
  return { date, precision: match[3] ? 'day' : match[2] ? 'month' : 'year' };
}

/**
 * From one date to another, saying a shared month or year once: «14.–15. januar 2027», «17. mars–29. april 2010»,
 * «mars–april 2010», «2007–2009»; one date when there is no end, or the end is the same. Self-contained, as
 * dateFormatter: the CMS's preview of an event runs its source (start-script.ts).
 */
export function dateRangeFormatter(): (start: PartialDate, end?: PartialDate) => string {
  const formats = {
    day: new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat('nb-NO', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    year: new Intl.DateTimeFormat('nb-NO', { year: 'numeric', timeZone: 'UTC' }),
  };
  const format = ({ date, precision }: PartialDate) => formats[precision].format(date);
  // «17. mars» (a day in a range whose end gives the year), and a month alone.
  const dayAndMonth = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', timeZone: 'UTC' });
  const monthOnly = new Intl.DateTimeFormat('nb-NO', { month: 'long', timeZone: 'UTC' });
  return (start, end) => {
    const to = end && format(end);
    if (to === undefined || to === format(start)) return format(start);
    const sameYear = start.date.getUTCFullYear() === end!.date.getUTCFullYear();
    if (start.precision !== end!.precision || !sameYear) return `${format(start)}–${to}`;
    if (start.precision === 'month') return `${monthOnly.format(start.date)}–${to}`;
    if (start.date.getUTCMonth() === end!.date.getUTCMonth()) return `${start.date.getUTCDate()}.–${to}`;
    return `${dayAndMonth.format(start.date)}–${to}`;
  };
}

/** «14.–15. januar 2027» (dateRangeFormatter). */
export const formatDateRange = dateRangeFormatter();
