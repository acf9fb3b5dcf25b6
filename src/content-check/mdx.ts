// Compiles each MDX body the way the site will, so a syntax error is reported
// with its file and line before the build, and finds images without alt text.
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { Problem } from './problem.ts';
import type { ValidEntry } from './validate.ts';

interface Node {
  type: string;
  alt?: string | null;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: Node[];
}

function isImageWithoutAlt(node: Node): boolean {
  if (node.type === 'image') return !node.alt?.trim();
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
    const alt = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'alt');
    return alt === undefined || (typeof alt.value === 'string' && !alt.value.trim());
  }
  return false;
}

function findImagesWithoutAlt(node: Node, found: number[] = []): number[] {
  if (isImageWithoutAlt(node)) found.push(node.position?.start.line ?? 0);
  for (const child of node.children ?? []) findImagesWithoutAlt(child, found);
  return found;
}

export async function checkBodies(entries: readonly ValidEntry[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.body === undefined) continue;
    const missingAlt: number[] = [];
    const collectMissingAlt = () => (tree: Node) => {
      missingAlt.push(...findImagesWithoutAlt(tree));
    };
    try {
      await compile(
        { value: entry.body, path: entry.file },
        { format: entry.file.endsWith('.md') ? 'md' : 'mdx', remarkPlugins: [remarkGfm, collectMissingAlt] },
      );
    } catch (error) {
      const { line, reason } = error as { line?: number; reason?: string };
      problems.push({
        file: entry.file,
        line,
        message: `teksten kan ikke leses som MDX (${reason ?? String(error)}). Sjekk at alle <tagger> lukkes og at { } og < står i kodeformat eller med \\ foran.`,
      });
    }
    for (const line of missingAlt)
      problems.push({ file: entry.file, line, message: 'bildet mangler alt-tekst; skriv ![beskrivelse av bildet](fil.jpg)' });
  }
  return problems;
}
