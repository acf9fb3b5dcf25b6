// A year or a day and a month at the start of a line («2010. Det året …»,
// «17. mai var …») is an ordered list to Markdown. The content check refuses
// such lines (content-check/numbered-lines.ts); the CMS makes typed ones text
// before it saves and previews them (cms/browser/saved-text.js).
import { monthNames } from '../schemas/common.ts';

/** A month, written out or shortened («jan.», «sept.»), as the word after a day's number. */
export const monthAfterDay = new RegExp(`^(${monthNames.join('|')}|(jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|des)\\.)(?![\\p{L}])`, 'iu');

/** The month pattern as text, for escapeDatedLines in the CMS page (start-script.ts). */
export const monthPattern = monthAfterDay.source;

/**
 * `body` with each year or day and month at the start of a line made text, as the CMS saves and previews what
 * is typed: «2010. Det året» → «2010\. Det året», «17. mai var …» → «17\. mai var …» (the page shows «17. mai»;
 * unescaped, it is a list numbered from 17, which the content check (numbered-lines.ts) refuses whatever follows). Other numbers
 * («3. plass») may be meant as a list and are left to the check; so are lines of fenced code, as `codeLines`
 * (fenced-code.ts) finds them. A line indented four spaces or more is no code to the site (MDX), and escaped.
 * `months`: monthPattern. Self-contained, as the CMS page runs its source, with the page's fencedCodeLines.
 */
export function escapeDatedLines(body: string, months: string, codeLines: (lines: readonly string[]) => boolean[]): string {
  const month = new RegExp(months, 'iu');
  const lines = body.split('\n');
  const code = codeLines(lines);
  return lines
    .map((line, i) => {
      if (code[i]) return line;
      const match = /^([ \t]*(?:>[ \t]*)*)(\d{1,9})\.((?:[ \t]+[^]*)?)$/.exec(line);
      if (!match) return line;
      const [, before, digits, after] = match as unknown as [string, string, string, string];
      const number = Number(digits);
      const dated = number >= 1000 || (number >= 1 && number <= 31 && month.test(after.trimStart()));
      return dated ? `${before}${digits}\\.${after}` : line;
    })
    .join('\n');
}
