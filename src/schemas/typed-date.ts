// Dates as Norwegians type them («2.12.2026», «02.12.2026», «2. desember 2026», «des. 2026») in a date field that
// takes ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM or ÅÅÅÅ: the CMS refused them with the pattern's message, and the secretariat had to work
// out the form (fresh eyes). The CMS writes them in the field's form when the field is left (text-length-widget.js).
// Self-contained: the CMS page runs its source (start-script.ts), given the month names (schemas/common.ts monthNames).

/**
 * `typed` as ÅÅÅÅ-MM-DD or ÅÅÅÅ-MM, when it is a day or a month written the Norwegian way: day.month.year (also with
 * «/»), «day. month year», «month year» or month.year, the month named in full or by its first three letters, or the
 * year first with a one-digit month or day («2026-12-2»); undefined for
 * anything else, a two-digit year, or a day the month does not have (the field says so). `months`: January first,
 * lower case.
 */
export function isoFromTyped(typed: string, months: readonly string[]): string | undefined {
  const text = typed.trim().toLocaleLowerCase('nb').replace(/\s+/g, ' ');
  const two = (n: number) => String(n).padStart(2, '0');
  const monthOf = (name: string) => {
    const word = name.replace(/\.$/, '');
    const index = months.findIndex((month) => month === word || (word.length >= 3 && month.startsWith(word)));
    return index === -1 ? undefined : index + 1;
  };
  const day = (year: number, month: number | undefined, date: number) => {
    if (month === undefined || month < 1 || month > 12 || date < 1) return undefined;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return date > last ? undefined : `${year}-${two(month)}-${two(date)}`;
  };
  const numeric = /^(\d{1,2})\s?[./]\s?(\d{1,2})\s?[./]\s?(\d{4})$/.exec(text);
  if (numeric) return day(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  // The year first, with a one-digit month or day, or dots: «2026-12-2», «2026.12.02».
  const yearFirst = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(text);
  if (yearFirst) return day(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const named = /^(\d{1,2})\.? ?([\p{L}]+)\.? ?(\d{4})$/u.exec(text);
  if (named) return day(Number(named[3]), monthOf(named[2]!), Number(named[1]));
  const month = /^(?:([\p{L}]+)\.?|(\d{1,2})[./]) ?(\d{4})$/u.exec(text);
  const number = month && (month[1] ? monthOf(month[1]) : Number(month[2]));
  return month && number && number <= 12 ? `${month[3]}-${two(number)}` : undefined;
}

/**
 * What is wrong with `typed` in a date field that takes ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM or ÅÅÅÅ, said of the field («… må ha
 * året med fire sifre …»), or undefined when the field takes it as it is. Call it only for text isoFromTyped cannot
 * rewrite. The field said one sentence for «31.4.2010», «3.12.26» and «i går» alike, and the editor had to work out
 * which part was wrong (fresh eyes). `months`: January first, lower case. Self-contained, as isoFromTyped.
 */
export function typedDateProblem(typed: string, months: readonly string[]): string | undefined {
  const text = typed.trim().toLocaleLowerCase('nb').replace(/\s+/g, ' ');
  const monthOf = (name: string) => {
    const index = months.findIndex((month) => month === name || (name.length >= 3 && month.startsWith(name)));
    return index === -1 ? undefined : index + 1;
  };
  const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  const parts =
    /^(?<year>\d{4})(?:-(?<month>\d{1,2})(?:-(?<day>\d{1,2}))?)?$/.exec(text) ??
    /^(?<day>\d{1,2}) ?[./-] ?(?<month>\d{1,2}) ?[./-] ?(?<year>\d{2}|\d{4})$/.exec(text) ??
    /^(?<day>\d{1,2})\.? ?(?<name>\p{L}+)\.? ?(?<year>\d{2}|\d{4})$/u.exec(text) ??
    /^(?:(?<name>\p{L}+)\.?|(?<month>\d{1,2}) ?[./]) ?(?<year>\d{2}|\d{4})$/u.exec(text);
  const { year, month: number, day, name } = parts?.groups ?? {};
  const month = name === undefined ? (number === undefined ? undefined : Number(number)) : monthOf(name.replace(/\.$/, ''));
  const unreadable = `må være en dato som 2010-06-15 eller 15.6.2010, en måned som 2010-06 eller juni 2010, eller et år som 2010. Nå står det «${typed.trim()}».`;
  if (!parts || (name !== undefined && month === undefined)) return unreadable;
  if (year!.length === 2) {
    const written = text.replace(new RegExp(`${year}$`), `20${year}`);
    return `må ha året med fire sifre: skriv for eksempel ${written}, ikke ${text}.`;
  }
  if (month !== undefined && (month < 1 || month > 12)) return `har måned ${month}, som ikke finnes: skriv en måned fra 1 til 12.`;
  if (day !== undefined && month !== undefined) {
    const days = daysIn(Number(year), month);
    if (Number(day) < 1 || Number(day) > days)
      return `er en dag som ikke finnes: ${months[month - 1]} ${year} har ${days} dager. Nå står det «${typed.trim()}».`;
  }
  // What the field takes as it is; anything else the parts of which are right («2010-6») is not rewritten either.
  return /^\d{4}(-\d\d(-\d\d)?)?$/.test(text) ? undefined : unreadable;
}
