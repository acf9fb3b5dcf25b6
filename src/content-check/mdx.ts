// Compiles each MDX body the way the site will, so a syntax error is reported
// with its file and line before the build, and finds images without alt text
// and components the page does not provide.
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { mdxComponents } from '../lib/mdx-components.ts';
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

/** <Components /> (capitalised names; lower-case ones are HTML) and their lines. */
function findComponents(node: Node, found: { name: string; line: number }[] = []): { name: string; line: number }[] {
  const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
  if (isJsx && node.name && /^[A-Z]/.test(node.name)) found.push({ name: node.name, line: node.position?.start.line ?? 0 });
  for (const child of node.children ?? []) findComponents(child, found);
  return found;
}

export async function checkBodies(entries: readonly ValidEntry[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.body === undefined) continue;
    const missingAlt: number[] = [];
    const components: { name: string; line: number }[] = [];
    const collect = () => (tree: Node) => {
      missingAlt.push(...findImagesWithoutAlt(tree));
      components.push(...findComponents(tree));
    };
    try {
      await compile(
        { value: entry.body, path: entry.file },
        { format: entry.file.endsWith('.md') ? 'md' : 'mdx', remarkPlugins: [remarkGfm, collect] },
      );
    } catch (error) {
      const { line, reason } = error as { line?: number; reason?: string };
      problems.push({
        file: entry.file,
        line,
        message: `teksten kan ikke leses som MDX (${reason ?? String(error)}). Sjekk at alle <tagger> lukkes og at { } og < står i kodeformat eller med \\ foran.`,
      });
    }
    const allowed = mdxComponents[entry.collection] ?? [];
    for (const { name, line } of components.filter(({ name }) => !allowed.includes(name)))
      problems.push({
        file: entry.file,
        line,
        message:
          allowed.length === 0
            ? `komponenten <${name} /> finnes ikke her; ta den bort, eller skriv teksten som vanlig Markdown`
            : `komponenten <${name} /> finnes ikke her; bruk ${allowed.map((n) => `<${n} />`).join(' eller ')}, eller vanlig Markdown`,
      });
    for (const line of missingAlt)
      problems.push({ file: entry.file, line, message: 'bildet mangler alt-tekst; skriv ![beskrivelse av bildet](fil.jpg)' });
  }
  return problems;
}
