// Rows typed with «|» but no line of «---» under the first one are no table in Markdown: the page showed one paragraph
// of pipes («| Skole | Fravær | | Bjørkeløkka | 7,1 % | …»), and the check let it pass (fresh eyes: a table typed row by
// row in the CMS, as the guide's first lines on tables describe it).
import type { BodyProblem } from './problem.ts';

interface Node {
  type: string;
  children?: Node[];
  position?: { start: { line: number; offset?: number }; end?: { offset?: number } };
}

/** A line that reads as a table row: it begins with «|» and has another «|» after a cell. */
const row = /^\s*\|.*\S.*\|\s*$/;

/**
 * Each paragraph of two lines or more that are all table rows, at its first line, with the line of «---» to put under
 * the first row (as many cells as that row has).
 */
export function findRowsWithoutTable(tree: Node, body: string): BodyProblem[] {
  const found: BodyProblem[] = [];
  const visit = (node: Node) => {
    const { start, end } = node.position ?? {};
    if (node.type === 'paragraph' && start?.offset !== undefined && end?.offset !== undefined) {
      // Inside a quote, each line after the first begins with its «>».
      const lines = body.slice(start.offset, end.offset).split('\n').map((line) => line.replace(/^\s*(?:>\s?)*/, ''));
      if (lines.length >= 2 && lines.every((line) => row.test(line))) {
        const cells = lines[0]!.trim().slice(1, -1).split(/(?<!\\)\|/).length;
        const divider = `| ${Array.from({ length: cells }, () => '---').join(' | ')} |`;
        found.push({
          line: start.line,
          message: `linjene med «|» blir ikke en tabell, men ett avsnitt: skriv en linje med «${divider}» under den første raden (overskriftene)`,
        });
      }
      return;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return found;
}
