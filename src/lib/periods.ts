// Quarters as Norwegians write them. The sources' tables label quarters
// «Q3 06»; readers see «3. kv. 2006» and ranges «4. kv. 2005 – 3. kv. 2006».

/**
 * A period label for display: every «Q3 06» (or «Q3 2006») in it becomes
 * «3. kv. 2006»; a range of two quarters gets a spaced dash, since its ends
 * contain spaces. Anything else in the label is kept as it is. Self-contained:
 * the CMS's preview of a figure table runs it from its source (start-script.ts).
 */
export function periodLabel(label: string): string {
  const year = (digits: string) => (digits.length === 4 ? digits : String(Number(digits) < 50 ? 2000 + Number(digits) : 1900 + Number(digits)));
  return label
    .replace(/(Q[1-4] ?'?\d{2,4})\s*[–-]\s*(?=Q[1-4])/g, '$1 – ')
    .replace(/\bQ([1-4]) ?'?(\d{4}|\d{2})\b/g, (_, q: string, y: string) => `${q}. kv. ${year(y)}`);
}

/**
 * A column heading's label (as `periodLabel` writes it) in the parts a narrow column breaks between, never inside: a
 * quarter («4. kv.»), a year with the dash after it («2007 –»), and each other word. At 320 px «4. kv. 2007 – 3. kv.
 * 2008» stood on five lines, «– 3.» on one and «kv.» on the next; now «4. kv.», «2007 –», «3. kv.», «2008».
 * Self-contained: the CMS's preview runs its source (start-script.ts).
 */
export function periodParts(label: string): string[] {
  return label.match(/[1-4]\. kv\.|\d{4} –|\S+/g) ?? [];
}

/**
 * A single quarter as a count of quarters since year 0 («3. kv. 2006» or
 * «Q3 06» → 2006 × 4 + 2), so charts can space points by time; undefined for
 * anything else (a range of quarters, a year, a month).
 */
export function quarterIndex(label: string): number | undefined {
  // «Q3 06» read as periodLabel writes it, «3. kv. 2006».
  const match = /^([1-4])\. kv\. (\d{4})$/.exec(periodLabel(label.trim()));
  if (!match) return undefined;
  return Number(match[2]) * 4 + Number(match[1]) - 1;
}

/**
 * Where a period stands in time, in quarters since year 0: a single quarter's index (`quarterIndex`), a range of
 * quarters' middle («Q4 07–Q3 08», «4. kv. 2007 – 3. kv. 2008» → 8032.5); undefined for anything else. Table 4.6's
 * three spans of four quarters end three quarters and then one apart, and its chart spaced them evenly (a journalist).
 */
export function periodTime(label: string): number | undefined {
  const ends = periodLabel(label.trim()).split(' – ');
  const times = ends.map(quarterIndex);
  if (ends.length > 2 || times.some((time) => time === undefined)) return undefined;
  return times.reduce((sum: number, time) => sum + time!, 0) / times.length;
}

/**
 * A period as a reader needs it where the source labels a span of `quarters` quarters by its last one, as KS' PAI
 * figures are: «fire kvartaler til og med 3. kv. 2006», not «3. kv. 2006», which reads as that quarter alone. The
 * label as periodLabel writes it where `quarters` is not given. The start is not worked out: the sources do not always
 * give it. The CMS's preview of a story's series runs its source, with periodLabel's and quarterIndex's beside it
 * (start-script.ts).
 */
export function spanLabel(label: string, quarters: number | undefined): string {
  const numberWords = ['', 'ett', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte'];
  const shown = periodLabel(label);
  if (quarters === undefined || quarters < 2 || quarterIndex(shown) === undefined) return shown;
  return `${numberWords[quarters] ?? quarters} kvartaler til og med ${shown}`;
}
