// Synthetic case stories for the scale benchmark. They are made from the real
// content so they read like the site: sentences and list items from the real
// stories, municipalities and tools that exist, the real facet vocabularies and
// valid source references. They only ever live in a temporary folder; they are
// test data, never published.
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { collectionDefinitions } from '../../src/schemas/collections.ts';
import { levels, sectors, themes } from '../../src/schemas/vocabulary.ts';

/** A small seeded random generator (mulberry32), so every run makes the same content. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Cited {
  source: { doc: string; page?: number };
}

interface Material {
  municipalities: { id: string; name: string }[];
  tools: string[];
  sentences: string[];
  listItems: string[];
  /** The real stories' quotes and key figures: the checker holds them against the sources. */
  quotes: (Cited & { text: string; attribution: string })[];
  keyFigures: (Cited & { value: string; label: string })[];
  /** The real stories' titles: a synthetic story must not repeat one (the check refuses two alike). */
  titles: string[];
  realStories: number;
}

/**
 * Links, emphasis and references out, so a sentence stands on its own wherever it lands: a footnote reference
 * («NIBR.[^s3]») or a reference link («[tekst][navn]») copied without its definition is refused by the check
 * (unmatched-references.ts), and the definitions stay behind in the real story.
 */
function plain(text: string): string {
  return text
    .replace(/\[\^[^\]\s]+\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A footnote's or a reference link's definition («[^s3]: …», «[navn]: https://…»): no text of a story. */
const definition = /^\[[^\]]+\]:/;

/**
 * The sentences and list items of a real story's body, for the synthetic stories to copy: headings, tables, HTML,
 * quotes and definitions left out (a footnote's later paragraphs, indented under it, too), references taken out.
 */
export function textOf(body: string): { sentences: string[]; listItems: string[] } {
  const sentences: string[] = [];
  const listItems: string[] = [];
  let inFootnote = false;
  for (const block of body.split(/\n\s*\n/)) {
    const text = block.trim();
    if (text === '') continue;
    // A footnote goes on in the blocks indented under it.
    if (inFootnote && /^(?: {4}|\t)/.test(block.replace(/^\n+/, ''))) continue;
    inFootnote = definition.test(text);
    if (inFootnote || text.startsWith('#') || text.startsWith('|') || text.startsWith('<') || text.startsWith('>')) continue;
    if (/^(-|\d+\.) /.test(text)) {
      // Nested items are items of their own: joined to their parent they would make one long copied run.
      for (const item of text.split(/\n(?=\s*(?:-|\d+\.) )/)) {
        const line = plain(item.trim().replace(/^(-|\d+\.) /, ''));
        if (line.length > 20 && !/[{}<>]/.test(line)) listItems.push(line);
      }
      continue;
    }
    for (const sentence of plain(text).split(/(?<=[.!?])\s+(?=[A-ZÆØÅ«])/)) {
      if (sentence.length > 30 && sentence.length < 300 && !/[{}<>]/.test(sentence)) sentences.push(sentence);
    }
  }
  return { sentences, listItems };
}

function bodyOf(source: string): string {
  return source.replace(/^---\n[\s\S]*?\n---\n/, '');
}

function frontmatterOf(source: string): Partial<Pick<Material, 'quotes' | 'keyFigures'> & { title: string }> {
  const yamlText = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '';
  return (yaml.load(yamlText) ?? {}) as Partial<Pick<Material, 'quotes' | 'keyFigures'> & { title: string }>;
}

async function readMaterial(contentRoot: string): Promise<Material> {
  const folder = (name: keyof typeof collectionDefinitions) => join(contentRoot, collectionDefinitions[name].folder);
  const municipalityFiles = (await readdir(folder('municipalities'))).filter((f) => f.endsWith('.yaml')).sort();
  const municipalities = await Promise.all(
    municipalityFiles.map(async (file) => {
      const data = yaml.load(await readFile(join(folder('municipalities'), file), 'utf8')) as { name: string };
      return { id: file.replace(/\.yaml$/, ''), name: data.name };
    }),
  );
  const tools = (await readdir(folder('tools'))).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort();

  const storyFiles = (await readdir(folder('stories'))).filter((f) => f.endsWith('.mdx')).sort();
  const sentences: string[] = [];
  const listItems: string[] = [];
  const quotes: Material['quotes'] = [];
  const keyFigures: Material['keyFigures'] = [];
  const titles: string[] = [];
  for (const file of storyFiles) {
    const source = await readFile(join(folder('stories'), file), 'utf8');
    const frontmatter = frontmatterOf(source);
    if (frontmatter.title !== undefined) titles.push(frontmatter.title);
    quotes.push(...(frontmatter.quotes ?? []));
    keyFigures.push(...(frontmatter.keyFigures ?? []));
    const text = textOf(bodyOf(source));
    sentences.push(...text.sentences);
    listItems.push(...text.listItems);
  }
  return { municipalities, tools, sentences, listItems, quotes, keyFigures, titles, realStories: storyFiles.length };
}

const projectPhrases = [
  'Nærvær i hverdagen',
  'Bedre brukermedvirkning',
  'Et kvalitetssystem som brukes',
  'Heltid som hovedregel',
  'Ledelse som løfter',
  'Foreldresamarbeid i barnehagen',
  'Trivsel på arbeidsplassen',
  'Tverrfaglig team rundt barnet',
  'Ny turnus i hjemmetjenesten',
  'Etisk refleksjon i omsorgen',
  'Kompetanseløft for assistenter',
  'Serviceerklæringer som løfte',
  'Trepartssamarbeid i praksis',
  'Omdømmebygging fra innsiden',
  'Lesing for livet',
  'Systematisk oppfølging av sykefraværet',
  'Brukerundersøkelser som verktøy',
  'Medarbeiderskap og ansvar',
  'Et godt skolemiljø',
  'Dialogmøter som virker',
];

const headings = {
  background: ['Bakgrunn og behov', 'Utgangspunktet', 'Hvorfor de startet'],
  work: ['Dette gjorde de', 'Slik arbeidet de', 'Tiltakene'],
  results: ['Resultater', 'Hva de oppnådde', 'Effekter'],
  advice: ['Slik kan dere gjøre det samme', 'Råd til andre kommuner', 'Lærdommer'],
};

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
function pickSome<T>(random: Random, list: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(random() * (max - min + 1));
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, list.length)) chosen.add(pick(random, list));
  return [...chosen];
}

function paragraph(random: Random, material: Material): string {
  return pickSome(random, material.sentences, 3, 5).join(' ');
}

function list(random: Random, material: Material, ordered: boolean): string {
  return pickSome(random, material.listItems, 3, 6)
    .map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${item}`)
    .join('\n');
}

function table(random: Random): string {
  const years = [2007, 2008, 2009];
  const rows = ['Sykefravær (prosent)', 'Andel heltid (prosent)', 'Brukertilfredshet (av 6)'];
  const cell = (row: number) => (row === 2 ? (3 + random() * 3).toFixed(1) : (5 + random() * 40).toFixed(1)).replace('.', ',');
  return [
    `| Måling | ${years.join(' | ')} |`,
    `| --- | ${years.map(() => '---:').join(' | ')} |`,
    ...rows.map((label, r) => `| ${label} | ${years.map(() => cell(r)).join(' | ')} |`),
  ].join('\n');
}

function storyBody(random: Random, material: Material, index: number): string {
  const parts = [
    `## ${pick(random, headings.background)}`,
    paragraph(random, material),
    paragraph(random, material),
    '### Mål',
    list(random, material, false),
    `## ${pick(random, headings.work)}`,
    paragraph(random, material),
    list(random, material, true),
    paragraph(random, material),
    `## ${pick(random, headings.results)}`,
    paragraph(random, material),
  ];
  // Every fifth story has a GFM table, as some real stories do.
  if (index % 5 === 0) parts.push(table(random));
  parts.push(`## ${pick(random, headings.advice)}`, list(random, material, false));
  return parts.join('\n\n') + '\n';
}

function sourcePage(random: Random) {
  return { doc: 'S002', page: 1 + Math.floor(random() * 68) };
}

function storyData(random: Random, material: Material) {
  const municipalities = pickSome(random, material.municipalities, 1, 2);
  const storyThemes = pickSome(random, Object.keys(themes), 1, 3);
  const name = municipalities.map((m) => m.name).join(' og ');
  const phrase = pick(random, projectPhrases);
  const [first = '', second = ''] = pickSome(random, material.sentences, 2, 2);
  const summary = `${first} ${second}`.length <= 400 ? `${first} ${second}` : first;
  const from = 2006 + Math.floor(random() * 4);
  return {
    title: `${phrase} i ${name}`,
    summary,
    municipalities: municipalities.map((m) => m.id),
    projectName: phrase,
    sectors: pickSome(random, Object.keys(sectors), 1, 2),
    themes: storyThemes,
    levels: pickSome(random, Object.keys(levels), 1, 2),
    period: { from, to: from + Math.floor(random() * 3) },
    keyFigures: random() < 0.5 && material.keyFigures.length > 0 ? [pick(random, material.keyFigures)] : [],
    quotes: random() < 0.4 && material.quotes.length > 0 ? [pick(random, material.quotes)] : [],
    sickLeavePoints: storyThemes.includes('sykefravaer') ? pickSome(random, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 1, 3) : [],
    tools: pickSome(random, material.tools, 0, 2),
    sources: pickSome(random, [1, 2, 3, 4, 5, 6, 7, 8], 1, 3).map(() => sourcePage(random)),
  };
}

/**
 * Copies the real content to `target` and adds synthetic stories until there
 * are `total` stories, so everything the real stories link to still resolves.
 */
export async function writeSyntheticContent(contentRoot: string, target: string, total: number, seed = 2010): Promise<void> {
  await cp(contentRoot, target, { recursive: true });
  const material = await readMaterial(contentRoot);
  const random = seededRandom(seed);
  const storiesDir = join(target, collectionDefinitions.stories.folder);
  await mkdir(storiesDir, { recursive: true });
  const count = total - material.realStories;
  const width = String(total).length;
  // The check refuses two stories with one title; a phrase and a municipality repeat from about 100 stories on.
  const titles = new Set(material.titles);
  for (let i = 1; i <= count; i++) {
    const data = storyData(random, material);
    for (let n = 2; titles.has(data.title); n++) data.title = `${data.title.replace(/ \(\d+\)$/, '')} (${n})`;
    titles.add(data.title);
    const frontmatter = yaml.dump(data, { lineWidth: 100, flowLevel: 1 });
    const id = `syntetisk-${String(i).padStart(width, '0')}-${data.municipalities[0]}`;
    await writeFile(join(storiesDir, `${id}.mdx`), `---\n${frontmatter}---\n\n${storyBody(random, material, i)}`);
  }
}
