// A «#» after a value in a file written by hand («title: Nyhetsbrev #3», «- Pulje 2 #ny») starts a YAML comment:
// the rest of the line is not part of the value, the page shows «Nyhetsbrev», and the check only said the file was
// not in the CMS's form, whose `--fix` then deleted the rest for good. Each is named, with the value in quotes.
import YAML from 'yaml-1';

/** A node of the YAML reader's concrete syntax tree, as far as comments are concerned. */
interface CstNode {
  type?: string;
  range?: { start: number; end: number } | null;
  props?: { start: number; end: number }[];
  contents?: CstNode[];
  items?: CstNode[];
  node?: CstNode | null;
}

/** The offsets of every «#» that starts a comment in `text`, as the YAML reader the CMS uses reads it. */
function commentStarts(text: string): number[] {
  const found: number[] = [];
  const walk = (node: CstNode | null | undefined) => {
    if (!node || typeof node !== 'object') return;
    if (node.type === 'COMMENT' && node.range) found.push(node.range.start);
    for (const prop of node.props ?? []) if (text[prop.start] === '#') found.push(prop.start);
    for (const child of [...(node.contents ?? []), ...(node.items ?? []), node.node]) walk(child);
  };
  try {
    for (const document of YAML.parseCST(text) as unknown as CstNode[]) walk(document);
  } catch {
    return []; // A file YAML cannot read is reported as such (yaml-errors.ts).
  }
  return [...new Set(found)].sort((a, b) => a - b);
}

/**
 * The comments after a value on its line in `text` (a file's YAML, starting `offset` lines into the file), each by
 * its file line, with the value as it was meant, in quotes. A comment on a line of its own is left: it is meant as one.
 */
export function findValueComments(text: string, offset: number): { line: number; message: string }[] {
  return commentStarts(text).flatMap((at) => {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const before = text.slice(lineStart, at);
    if (before.trim() === '') return [];
    const lineEnd = text.indexOf('\n', at);
    const comment = text.slice(at, lineEnd === -1 ? undefined : lineEnd).trimEnd();
    const field = /^(\s*(?:-\s+)?(?:[\w-]+:\s+)?)(.*?)\s*$/.exec(before);
    const meant = `${field?.[2] ?? ''} ${comment}`.trim();
    const quoted = meant.includes('"') ? `'${meant.replaceAll("'", "''")}'` : `"${meant}"`;
    const prefix = (field?.[1] ?? '').trim();
    return [
      {
        line: text.slice(0, at).split('\n').length + offset,
        message: `det som står fra # på linjen («${comment}»), leses som en kommentar og kommer ikke med på siden; sett hele verdien i anførselstegn: ${prefix ? `${prefix} ${quoted}` : quoted}`,
      },
    ];
  });
}

/** The value comments of a content file's text (`fileText`): in an MDX file's frontmatter, or in a YAML file. */
export function valueCommentsInFile(fileText: string): { line: number; message: string }[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fileText);
  return frontmatter ? findValueComments(frontmatter[1]!, 1) : findValueComments(fileText, 0);
}
