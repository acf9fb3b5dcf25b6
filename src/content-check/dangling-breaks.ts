// A «\» line break where no line follows in its paragraph, in a file written outside the CMS (which saves the text
// without it): the page shows the «\» (markdown/dangling-breaks.ts).
import { withoutDanglingBreaks } from '../markdown/dangling-breaks.ts';
import { fencedCodeLines } from '../markdown/fenced-code.ts';
import { textStart, type BodyProblem } from './problem.ts';

/** Each line of `body` that ends with a «\» breaking no line, with the line's words and what to do. */
export function findDanglingBreaks(body: string): BodyProblem[] {
  const lines = body.split('\n');
  const cleaned = withoutDanglingBreaks(body, fencedCodeLines).split('\n');
  return lines.flatMap((line, i) =>
    line === cleaned[i]
      ? []
      : [
          {
            line: i + 1,
            message: `linjen «${textStart(cleaned[i]!.trim(), 40)}» slutter med \\, som gir linjeskift bare når det kommer en linje til i samme avsnitt; her viser siden \\ som tekst, så ta det bort`,
          },
        ],
  );
}
