// A newsletter's id (its file name, and its address under /nyhetsbrev/) from its number and its date, as the archive's
// issues are named: «nr-7-juni-2010». `npm run new` names a new issue so (scaffold/entry-types.ts), and so does the
// CMS (cms/browser/file-names.js, which runs newsletterIdDate from its source).
import { monthNames } from '../schemas/common.ts';

/**
 * The date's part of a newsletter's id: «juni-2010» from 2010-06-15 or 2010-06 (an issue is named by its month), «2010»
 * from a year alone; undefined for anything else, or a month that does not exist. `months`: January first, lower case.
 * Self-contained: the CMS page runs its source (start-script.ts).
 */
export function newsletterIdDate(date: string, months: readonly string[]): string | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-\d{2})?)?$/.exec(date.trim());
  if (!match) return undefined;
  const [, year, month] = match;
  if (month === undefined) return year;
  const name = months[Number(month) - 1];
  return name === undefined ? undefined : `${name}-${year}`;
}

/** «nr-7-juni-2010» from issue 7 of 2010-06-15 (or 2010-06); «nr-7-2010» from a year alone, «nr-7» from no date. */
export function newsletterId(issue: number, date: string): string {
  const part = newsletterIdDate(date, monthNames);
  return part ? `nr-${issue}-${part}` : `nr-${issue}`;
}
