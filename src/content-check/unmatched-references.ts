// A footnote or a reference link whose other half is missing passes MDX without a word: a reference «[^3]» with no
// «[^3]: …» stood on the page as typed, brackets and all; a footnote nobody refers to was left out of the page, its
// text gone; a link «[tekst][navn]» with no «[navn]: https://…» line stood as typed, with no link. Each is named
// with what to write.
import type { BodyProblem } from './problem.ts';

interface Node {
  type: string;
  /** A footnote's or a definition's label as Markdown matches it (lower case). */
  identifier?: string;
  /** The label as written. */
  label?: string | null;
  position?: { start: { line: number; offset?: number }; end?: { offset?: number } };
  children?: Node[];
}

function nodesOf(tree: Node, type: string, found: Node[] = []): Node[] {
  if (tree.type === type) found.push(tree);
  for (const child of tree.children ?? []) nodesOf(child, type, found);
  return found;
}

/** A footnote reference as typed, not escaped («\[^1]» is meant as text). */
const footnoteReference = /(?<!\\)\[\^([^\]\s]+)\]/g;
/** The second half of a full or collapsed reference link: «][navn]» or «[navn][]». Not escaped. */
const linkReference = /(?<!\\)\]\[([^\[\]\n]+)\]|(?<!\\)\[([^\[\]\n]+)\]\[\]/g;

/** The file's line of `index` in a text node whose source starts at `node`'s position. */
function lineAt(node: Node, source: string, index: number): number | undefined {
  const start = node.position?.start.line;
  return start === undefined ? undefined : start + (source.slice(0, index).match(/\n/g)?.length ?? 0);
}

/**
 * Footnote references without a footnote, footnotes without a reference, and reference links without their address,
 * in the tree of `text` (each text node is read as written, so an escaped bracket is left alone; code and comments
 * are no text nodes).
 */
export function findUnmatchedReferences(tree: Node, text: string): BodyProblem[] {
  const found: BodyProblem[] = [];
  const referenced = new Set(nodesOf(tree, 'footnoteReference').map((node) => node.identifier));
  for (const definition of nodesOf(tree, 'footnoteDefinition')) {
    if (referenced.has(definition.identifier)) continue;
    const label = definition.label ?? definition.identifier ?? '';
    found.push({
      line: definition.position?.start.line,
      message: `fotnoten [^${label}] er ikke henvist til i teksten, så siden viser den ikke; skriv [^${label}] i teksten der fotnoten hører til, eller ta bort fotnoten`,
    });
  }
  for (const node of nodesOf(tree, 'text')) {
    const { start, end } = node.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) continue;
    const source = text.slice(start.offset, end.offset);
    for (const match of source.matchAll(footnoteReference)) {
      const label = match[1]!;
      found.push({
        line: lineAt(node, source, match.index),
        message: `fotnoten [^${label}] finnes ikke, så siden viser «[^${label}]» som tekst; skriv fotnoten på en egen linje nederst i teksten: [^${label}]: Teksten i fotnoten`,
      });
    }
    for (const match of source.matchAll(linkReference)) {
      const label = match[1] ?? match[2]!;
      found.push({
        line: lineAt(node, source, match.index),
        message: `lenken til [${label}] mangler adressen, så siden viser klammene som tekst; skriv lenken som [tekst](https://…), eller skriv adressen på en egen linje nederst i teksten: [${label}]: https://…`,
      });
    }
  }
  return found;
}
