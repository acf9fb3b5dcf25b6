// The edit behind the benchmark's "rebuild after editing one story": one
// story's body changes (its first paragraph is repeated at the end), so the
// rebuild has real work to do for that story and the pages listing it, while
// the frontmatter, and so the content check's facts, stay the same.

/** `source` (a story's MDX) with its first body paragraph repeated at the end. Throws on a story without one. */
export function editedStory(source: string): string {
  const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(source)?.[0] ?? '';
  const body = source.slice(frontmatter.length);
  const paragraph = body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .find((block) => block !== '' && !/^(#|[-*+] |\d+\. |\||>|<|import |export )/.test(block));
  if (!paragraph) throw new Error('a story without a paragraph to repeat');
  return `${source.trimEnd()}\n\n${paragraph}\n`;
}
