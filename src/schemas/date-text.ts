// Dates shown as precisely as the sources give them, in Norwegian: on the pages (through lib/dates.ts) and in the
// schemas' messages, which name an event's dates as its page does.
import type { PartialDate } from './common.ts';

const formats = {
  day: new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('nb-NO', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  year: new Intl.DateTimeFormat('nb-NO', { year: 'numeric', timeZone: 'UTC' }),
};

/** «17. oktober 2007», «juni 2010» or «2009». */
export function formatDate({ date, precision }: PartialDate): string {
  return formats[precision].format(date);
}

/** «17. mars» (a day in a range whose end gives the year). */
const dayAndMonth = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const monthOnly = new Intl.DateTimeFormat('nb-NO', { month: 'long', timeZone: 'UTC' });

/**
 * From one date to another, saying a shared month or year once: «14.–15. januar 2027», «17. mars–29. april 2010»,
 * «mars–april 2010», «2007–2009»; one date when there is no end, or the end is the same.
 */
export function formatDateRange(start: PartialDate, end?: PartialDate): string {
  const to = end && formatDate(end);
  if (to === undefined || to === formatDate(start)) return formatDate(start);
  const sameYear = start.date.getUTCFullYear() === end!.date.getUTCFullYear();
  if (start.precision !== end!.precision || !sameYear) return `${formatDate(start)}–${to}`;
  if (start.precision === 'month') return `${monthOnly.format(start.date)}–${to}`;
  if (start.date.getUTCMonth() === end!.date.getUTCMonth()) return `${start.date.getUTCDate()}.–${to}`;
  return `${dayAndMonth.format(start.date)}–${to}`;
}
