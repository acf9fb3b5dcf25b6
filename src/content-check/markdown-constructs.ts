// What an editor may write in a body, beyond MDX's own syntax: the
// constructs that would break in one of the outputs (page, særtrykk, e-mail,
// Word and text downloads) are refused here, with the line and what to write
// instead, so nothing passes the check and then fails the build. What is
// supported where is listed in docs/redaktorveiledning.md.
import { UnsupportedMarkdown } from '../downloads/template-markdown.ts';
import { templateText } from '../downloads/template-text.ts';
import { collectionDefinitions, type CollectionName } from '../schemas/collections.ts';
import { mediaFolder, mediaPublicPath } from '../cms/config.ts';
import { mediaFilesIn } from '../cms/entry-links.ts';
import { mediaLibraryName } from '../cms/media-names.ts';
import { mdxComponents } from '../lib/mdx-components.ts';
import { textStart, type BodyProblem } from './problem.ts';


interface Node {
  type: string;
  /** A heading's level: 1 for «#». */
  depth?: number;
  name?: string | null;
  value?: string;
  url?: string;
  /** A footnote definition's label as written («Note»), and as Markdown matches it (lower case). */
  label?: string | null;
  identifier?: string;
  position?: { start: { line: number } };
  children?: Node[];
}

const mdxComment = /^\s*\/\*[\s\S]*\*\/\s*$/;

/**
 * What to write instead of the HTML elements written by hand most often (from a web page or an old document): «<sup>»
 * was told to write an image or a link instead, which said nothing of «m<sup>2</sup>».
 */
const markdownFor: Record<string, string> = {
  b: 'skriv **fet** i stedet',
  strong: 'skriv **fet** i stedet',
  i: 'skriv *kursiv* i stedet',
  em: 'skriv *kursiv* i stedet',
  u: 'skriv **fet** eller *kursiv* i stedet (understreket tekst leses som en lenke på en nettside)',
  sup: 'skriv tegnet selv (m², 10³) eller vanlig tekst (m2) i stedet, og en fotnote som [^1]',
  sub: 'skriv tegnet selv (CO₂) eller vanlig tekst (CO2) i stedet',
  s: 'skriv ~~gjennomstreket~~ i stedet',
  del: 'skriv ~~gjennomstreket~~ i stedet',
  strike: 'skriv ~~gjennomstreket~~ i stedet',
  a: 'skriv lenken som [tekst](https://…) i stedet',
  img: 'skriv bildet som ![beskrivelse](../media/bilde.jpg) i stedet',
  span: 'ta bort <span> og </span>, så står teksten igjen',
  font: 'ta bort <font> og </font>, så står teksten igjen',
  div: 'ta bort <div> og </div>, så står teksten igjen',
  center: 'ta bort <center> og </center>, så står teksten igjen',
  p: 'ta bort <p> og </p>, og skriv en tom linje mellom avsnittene',
};

function construct(node: Node, collection: CollectionName): string | undefined {
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      // A few collections' pages provide components of their own (src/lib/mdx-components.ts).
      const allowed = mdxComponents[collection] ?? [];
      if (node.name && allowed.includes(node.name)) return undefined;
      const isComponent = /^[A-Z]/.test(node.name ?? '');
      return isComponent && allowed.length > 0
        ? `komponenten <${node.name ?? ''}> finnes ikke her; bruk ${allowed.map((n) => `<${n} />`).join(' eller ')}, eller vanlig Markdown`
        : `HTML-koden eller komponenten <${node.name ?? ''}> virker ikke i e-post, Word-filer og særtrykk; ${markdownFor[node.name?.toLowerCase() ?? ''] ?? 'skriv Markdown i stedet (bilde: ![beskrivelse](bilde.jpg), lenke: [tekst](adresse))'}`;
    }
    case 'mdxjsEsm':
      return 'import og export hører ikke hjemme i teksten; fjern linjen';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return mdxComment.test(node.value ?? '')
        ? undefined
        : '{ } betyr kode i MDX; skriv \\{ og \\} hvis du mener klammeparenteser, eller {/* kommentar */} for en kommentar';
    default:
      return undefined;
  }
}

/**
 * Collections whose body is also rendered outside the page (e-mail, særtrykk), where an image
 * next to the file («./bilde.jpg») has no address: only the page's build gives it one. The e-mail
 * gives an image uploaded in «Bilder og filer» («../media/bilde.jpg») the address the page's build
 * gives it (email/newsletter-images.ts); the særtrykk has none.
 */
const renderedElsewhere: Partial<Record<CollectionName, string>> = { newsletters: 'e-posten', sickLeavePoints: 'særtrykket' };
const uploadedImagesShown: Partial<Record<CollectionName, boolean>> = { newsletters: true };

function localImage(node: Node, collection: CollectionName): string | undefined {
  const output = renderedElsewhere[collection];
  if (!output || node.type !== 'image' || !node.url || node.url.startsWith('/')) return undefined;
  if (!uploadedImagesShown[collection]) return `bildet «${node.url}» vises på siden, men ikke i ${output}; ta det ut av teksten`;
  if (mediaFilesIn(collectionDefinitions[collection].folder, node.url, mediaFolder).length > 0) return undefined;
  const name = node.url.split(/[?#]/)[0]!.split('/').at(-1) ?? '';
  return `bildet «${node.url}» vises på siden, men ikke i ${output}; last det opp i «${mediaLibraryName}» og skriv ${mediaPublicPath}/${name || 'filnavn'}`;
}

/** JSX, imports and expressions in an MDX tree, and images only the page can show: the other outputs cannot. */
export function findUnsupportedConstructs(node: Node, collection: CollectionName, found: BodyProblem[] = []): BodyProblem[] {
  const message = construct(node, collection) ?? localImage(node, collection);
  if (message) found.push({ line: node.position?.start.line, message });
  for (const child of node.children ?? []) findUnsupportedConstructs(child, collection, found);
  return found;
}

/**
 * Headings that break the page's outline (WCAG 1.3.1): a «#» heading, which
 * is the page's own title, or a level skipped («##» then «####»). Screen
 * reader users move by heading level and would miss what sits between.
 */
export function findHeadingLevelProblems(tree: Node): BodyProblem[] {
  const found: BodyProblem[] = [];
  // The page's title is the h1 above the text.
  let previous = 1;
  const visit = (node: Node) => {
    if (node.type === 'heading' && typeof node.depth === 'number') {
      const text = headingText(node);
      const line = node.position?.start.line;
      if (node.depth === 1) found.push({ line, message: `overskriften «${text}» har én # og blir like stor som sidens tittel; skriv ## foran (overskrift i teksten)` });
      else if (node.depth > previous + 1)
        found.push({
          line,
          message: `overskriften «${text}» har ${'#'.repeat(node.depth)} rett etter en overskrift med ${'#'.repeat(previous)}; skriv ${'#'.repeat(previous + 1)} foran, så skjermlesere ikke hopper over et nivå`,
        });
      previous = Math.max(node.depth, 2);
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

/**
 * A heading with no letter or digit («## 🎉», «## ???»): it names nothing for a screen reader's list of headings, and
 * the page gave it an empty anchor (`id=""`, invalid HTML), so a jump link to it went nowhere.
 */
export function findHeadingsWithoutWords(tree: Node): BodyProblem[] {
  const found: BodyProblem[] = [];
  const visit = (node: Node) => {
    if (node.type === 'heading') {
      const text = headingText(node);
      if (!/[\p{L}\p{N}]/u.test(text))
        found.push({
          line: node.position?.start.line,
          message: `overskriften «${text}» har ingen bokstaver eller tall, så skjermlesere og lenker til den har ikke noe navn å vise; skriv med ord hva avsnittet handler om, for eksempel «${'#'.repeat(node.depth ?? 2)} Resultater»`,
        });
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

/**
 * A footnote written twice under one label («[^1]» twice, as when a text with its own footnotes is pasted below
 * another's): Markdown keeps the first, every reference goes to it, and the second's text is gone from the page
 * without a word (fresh eyes). The second is named, with a free label to give it.
 */
export function findDuplicateFootnotes(tree: Node): BodyProblem[] {
  const definitions: Node[] = [];
  const visit = (node: Node) => {
    if (node.type === 'footnoteDefinition') definitions.push(node);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  const labels = definitions.map((node) => String(node.label ?? node.identifier ?? ''));
  const free = Math.max(0, ...labels.map(Number).filter(Number.isInteger)) + 1;
  const first = new Map<string, Node>();
  const found: BodyProblem[] = [];
  for (const [i, node] of definitions.entries()) {
    const key = String(node.identifier ?? labels[i]).toLowerCase();
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, node);
      continue;
    }
    const label = labels[i];
    found.push({
      line: node.position?.start.line,
      message:
        `fotnoten [^${label}] er skrevet to ganger, og siden viser bare den første («${headingText(earlier)}»); ` +
        `gi denne («${headingText(node)}») et eget nummer, for eksempel [^${free + found.length}], både her og der den er henvist til i teksten`,
    });
  }
  return found;
}

/** A heading's (or a footnote's) words, for a message. */
function headingText(node: Node): string {
  const words = (n: Node): string => (typeof n.value === 'string' ? n.value : (n.children ?? []).map(words).join(''));
  return textStart(words(node).trim());
}

/** A communication template must also make its Word and text downloads. */
export function findDownloadProblems(collection: CollectionName, body: string): BodyProblem[] {
  if (collection !== 'templates') return [];
  try {
    templateText({ title: '', summary: '', url: '', body, date: new Date(0) }, new URL('https://kompetansebanken.no'));
    return [];
  } catch (error) {
    if (!(error instanceof UnsupportedMarkdown)) throw error;
    if (error.nodeType.startsWith('footnote '))
      return [{ line: error.line, message: 'en fotnote i en mal kan bare ha vanlig tekst; flytt tabellen, listen eller overskriften inn i selve teksten' }];
    return [{ line: error.line, message: 'Word- og tekstfilen til malen kan ikke vise det som står her; skriv det som vanlig tekst, liste eller tabell' }];
  }
}
