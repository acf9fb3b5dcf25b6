// The press room's fact sheet: a handful of key figures picked from the
// tables on the «Tall og fakta» page. Figure, wording and page come from that
// page's text, so the fact sheet can never say more than the content does.
import GithubSlugger from 'github-slugger';
import type { Heading, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Which figures, by their section heading and the figure exactly as the table prints it. */
export const factSheetFigures = [
  { section: 'Kommunene', value: '138' },
  { section: 'Kommunene', value: '12' },
  { section: 'Kommunene', value: 'over 50 prosent' },
  { section: 'Prosjektene', value: '347' },
  { section: 'Sykefraværet', value: '10,3 prosent' },
  { section: 'Sykefraværet', value: '10,2 prosent' },
  { section: 'Sykefraværet', value: '297 millioner kroner' },
  { section: 'Konferansene', value: 'over 800 fra 121 kommuner' },
  { section: 'Konferansene', value: 'over 900' },
  { section: 'Kommunikasjon', value: '40' },
] as const;

export interface Fact {
  value: string;
  /** What the figure is, as the «Tall og fakta» page words it. */
  text: string;
  /** The final report's PDF page(s), as the table's «Side» column gives them («9», «50 og 51»). */
  pages: number[];
  section: string;
  /** The id of the section's heading on the «Tall og fakta» page. */
  sectionId: string;
}

interface Section {
  heading: string;
  id: string;
  tables: Table[];
}

function sections(tree: Root): Section[] {
  const slugger = new GithubSlugger();
  const found: Section[] = [];
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'heading') {
      const heading = toString(node as Heading);
      // Astro gives every heading an id this way; only h2 starts a section here.
      const id = slugger.slug(heading);
      if ((node as Heading).depth === 2) found.push({ heading, id, tables: [] });
    } else if (node.type === 'table') {
      found.at(-1)?.tables.push(node);
    }
  }
  return found;
}

/**
 * Looks the chosen figures up in the Markdown body of «Tall og fakta». Throws,
 * naming the figure, when one is no longer there, so an edit to that page
 * cannot leave the fact sheet saying something the page does not.
 */
export function factSheet(markdown: string, picks: readonly { section: string; value: string }[] = factSheetFigures): Fact[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const all = sections(tree);
  return picks.map(({ section, value }) => {
    const found = all.find((s) => s.heading === section);
    const row = found?.tables
      .flatMap((table) => table.children.slice(1))
      .map((r) => r.children.map((cell) => toString(cell)))
      .find((cells) => cells[0] === value);
    const pages = (row?.[2] ?? '').split(' og ').map(Number);
    if (!found || !row || pages.some((page) => !Number.isInteger(page) || page < 1))
      throw new Error(`The press fact sheet wants «${value}» under «${section}» in content/pages/tall-og-fakta.mdx, which has no such row with a page.`);
    return { value, text: row[1] ?? '', pages, section, sectionId: found.id };
  });
}
