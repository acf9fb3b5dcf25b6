// Quarters as Norwegians write them. The sources' tables label quarters
// «Q3 06»; readers see «3. kv. 2006» and ranges «4. kv. 2005 – 3. kv. 2006».

const quarter = /\bQ([1-4]) ?'?(\d{4}|\d{2})\b/g;

function year(digits: string): string {
  if (digits.length === 4) return digits;
  const n = Number(digits);
  return String(n < 50 ? 2000 + n : 1900 + n);
}

/**
 * A period label for display: every «Q3 06» (or «Q3 2006») in it becomes
 * «3. kv. 2006»; a range of two quarters gets a spaced dash, since its ends
 * contain spaces. Anything else in the label is kept as it is.
 */
export function periodLabel(label: string): string {
  return label
    .replace(/(Q[1-4] ?'?\d{2,4})\s*[–-]\s*(?=Q[1-4])/g, '$1 – ')
    .replace(quarter, (_, q: string, y: string) => `${q}. kv. ${year(y)}`);
}

/**
 * A column heading's label (as `periodLabel` writes it) in the parts a narrow column breaks between, never inside: a
 * quarter («4. kv.»), a year with the dash after it («2007 –»), and each other word. At 320 px «4. kv. 2007 – 3. kv.
 * 2008» stood on five lines, «– 3.» on one and «kv.» on the next; now «4. kv.», «2007 –», «3. kv.», «2008».
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
  const match = /^(?:([1-4])\. kv\. (\d{4})|Q([1-4]) ?'?(\d{4}|\d{2}))$/.exec(label.trim());
  if (!match) return undefined;
  const q = Number(match[1] ?? match[3]);
  const y = Number(match[2] ?? year(match[4]!));
  return y * 4 + q - 1;
}
