// The events list and an event's page say when an event takes place the same way, and the list puts the ones
// still to come first. An event's date is when it takes place, not when it is published (lib/published.ts).
import { afterPartialDate as after, type PartialDate } from '../schemas/common.ts';
import { formatDate, formatDateRange } from './dates.ts';

interface EventDates {
  date: PartialDate;
  end?: PartialDate | undefined;
  when?: string | undefined;
}

/**
 * When an event takes place, as its page and the list say it: the dates always («14.–15. januar 2027»), then «Når»
 * as written beside them («14.–15. januar 2027 · kl. 10.00–15.30 begge dager»), once where it says the same as they.
 * «Når» alone hid the dates: a new event's «kl. 10.00–15.30 …» showed no day anywhere (fresh eyes). Where «Når» names
 * the dates itself, it stands alone: «2007 · Fra 2007 – datoene … er ikke oppgitt» read as if every gathering was in 2007.
 */
export function eventWhen({ date, end, when }: EventDates): string {
  return datesWithNote(formatDateRange(date, end), when);
}

/**
 * The dates (`dates`, as said: «14.–15. januar 2027») with «Når» (`when`) as eventWhen says them. Self-contained: the
 * CMS's preview of an event runs its source (start-script.ts).
 */
export function datesWithNote(dates: string, when: string | undefined): string {
  const note = when?.trim();
  if (!note) return dates;
  // The dates as a whole in the note: «2007» in «Fra 2007 …», not in «12007» or «2007–2009».
  const joined = (character: string | undefined) => character !== undefined && /[\p{N}–-]/u.test(character);
  for (let at = note.indexOf(dates); at !== -1; at = note.indexOf(dates, at + 1)) if (!joined(note[at - 1]) && !joined(note[at + dates.length])) return note;
  return `${dates} · ${note}`;
}

/** Whether an event is still to come or under way: its last day (or month, or year) has not ended. */
export function isUpcoming({ date, end }: EventDates, now: Date): boolean {
  return after(end ?? date).getTime() > now.getTime();
}

/** A registration deadline as the event's page and the list say it, as of `now` (the build: the site is rebuilt every morning). */
export interface DeadlineNote {
  /** «1. desember 2026». */
  date: string;
  /** The deadline's last day has ended. */
  passed: boolean;
  /** «Påmeldingsfrist: 1. desember 2026», or once it has passed «Påmeldingsfristen gikk ut 1. desember 2026». */
  sentence: string;
}

export function deadlineNote(deadline: PartialDate, now: Date): DeadlineNote {
  const date = formatDate(deadline);
  const passed = after(deadline).getTime() <= now.getTime();
  return { date, passed, sentence: passed ? `Påmeldingsfristen gikk ut ${date}` : `Påmeldingsfrist: ${date}` };
}

/** The events to come, soonest first, and those that have taken place, newest first. */
export function upcomingAndPast<T extends { data: EventDates }>(events: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const start = (event: T) => event.data.date.date.getTime();
  return {
    upcoming: events.filter((event) => isUpcoming(event.data, now)).sort((a, b) => start(a) - start(b)),
    past: events.filter((event) => !isUpcoming(event.data, now)).sort((a, b) => start(b) - start(a)),
  };
}
