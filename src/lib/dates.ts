// Dates shown as precisely as the sources give them, in Norwegian.
import type { PartialDate } from '../schemas/common.ts';

// Written in the schemas' layer, whose messages name dates the same way (event-dates.ts).
export { formatDate, formatDateRange } from '../schemas/date-text.ts';

/** The value for a <time datetime> attribute: 2007-10-17, 2010-06 or 2009. */
export function machineDate({ date, precision }: PartialDate): string {
  const iso = date.toISOString();
  return precision === 'day' ? iso.slice(0, 10) : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** Newest first. */
export function byDateDescending<T extends { data: { date: PartialDate } }>(a: T, b: T): number {
  return b.data.date.date.getTime() - a.data.date.date.getTime();
}

/** A span of years as the story pages show it: «2008–2010», or «2003» when it has one year or no end. */
export function yearSpan({ from, to }: { from: number; to?: number | undefined }): string {
  // Only a start year means the sources say when it began, not when it ended.
  if (to === undefined) return `fra ${from}`;
  return to !== from ? `${from}–${to}` : String(from);
}
