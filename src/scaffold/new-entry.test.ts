// `npm run new` makes entries of every kind that the checker rejects, with a
// clear message per placeholder, until the editor fills them in, and then accepts.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { promisify } from 'node:util';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalText } from '../content-check/formatting.ts';
import { checkContent } from '../content-check/index.ts';
import { collectionJsonSchemas } from '../content-check/json-schemas.ts';
import { contentFolder, edit } from '../content-check/test-fixtures.ts';
import { entryTypes } from './entry-types.ts';
import { createEntry, EntryExistsError, findEntryType } from './new-entry.ts';
import { findPlaceholders, placeholderMark } from '../lib/placeholder.ts';

const run = promisify(execFile);
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function folder(changes: Record<string, string | null> = {}) {
  const made = await contentFolder(changes);
  cleanup = made.cleanup;
  return made.root;
}

/** What an editor would write in place of each placeholder, by field name. */
const fillers: Record<string, unknown> = {
  summary: 'En ingress som er lang nok til å bestå kontrollen.',
  municipalities: 'gloppen',
  sectors: 'barnehage',
  themes: 'ledelse',
  levels: 'system',
  doc: 'S002',
  preheader: 'Kort om det viktigste i denne utgaven.',
  maker: 'Sekretariatet',
  caption: 'Antall prosjekter per år.',
  columns: '2009',
  label: 'Prosjekter',
};
const kinds: Record<string, string> = { events: 'kurs', templates: 'kronikk' };
/** The collections whose CMS form starts a new entry with the «new item» switch on (schemas/new-item.ts). */
const cmsNewItem = new Set(
  Object.entries(collectionJsonSchemas).flatMap(([name, schema]) => (schema.properties?.['newItem']?.cmsDefault === true ? [name] : [])),
);

async function fillIn(file: string, collection: string) {
  const text = await readFile(file, 'utf8');
  const isYaml = file.endsWith('.yaml');
  const { rawFrontmatter, content } = isYaml ? { rawFrontmatter: text, content: '' } : parseFrontmatter(text);
  const data = yaml.load(rawFrontmatter, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
  for (const { path } of findPlaceholders(data)) {
    const field = String([...path].reverse().find((p) => typeof p === 'string'));
    const value = field === 'kind' ? kinds[collection] : fillers[field];
    if (value === undefined) throw new Error(`no filler for ${field}`);
    let holder: Record<PropertyKey, unknown> = data;
    for (const part of path.slice(0, -1)) holder = holder[part] as Record<PropertyKey, unknown>;
    holder[path.at(-1) as PropertyKey] = value;
    // S002 is cited with its page.
    if (field === 'doc') holder['page'] = 24;
  }
  if ('draft' in data) data['draft'] = false;
  const body = content.replace(new RegExp(`^## ${placeholderMark}.*$`, 'gm'), '## Sak').replace(new RegExp(`^${placeholderMark}.*$`, 'gm'), 'Tekst.');
  const frontmatter = yaml.dump(data, { schema: yaml.CORE_SCHEMA });
  await writeFile(file, isYaml ? frontmatter : `---\n${frontmatter}---\n${body}`);
}

describe('npm run new', () => {
  for (const [name, type] of Object.entries(entryTypes)) {
    it(`makes a «${name}» the checker flags until it is filled in, then accepts`, async () => {
      const root = await folder();
      const file = await createEntry(root, type, 'Bedre samarbeid med foreldrene', '2010-03-15');
      const text = await readFile(file, 'utf8');
      if (!file.endsWith('.yaml')) {
        expect(text).toMatch(/^---\n/);
        expect(text.split('---\n')[2]).toContain(placeholderMark);
      }
      if (type.collection !== 'municipalities' && type.collection !== 'figures') expect(text).toContain('draft: true');

      const problems = await checkContent(root);
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(file.endsWith(problem.file.split('/').slice(-2).join('/'))).toBe(true);
        expect(problem.message).toMatch(/^(er ikke fylt ut ennå|teksten er ikke skrevet ferdig): \S/);
      }
      // Written as the CMS writes it: the CMS can open it, and its first save there changes only what the editor changed.
      expect(canonicalText(type.collection, text)).toBe(text);
      if (cmsNewItem.has(type.collection)) {
        // An entry written now is the secretariat's own, as one made in the CMS is (its «new item» switch starts on):
        // no 2007–2010 document to cite.
        expect(text).toContain('\nnewItem: true\n');
        expect(text).not.toContain('sources:');
      } else {
        const sourceProblem = problems.find((p) => p.field === 'sources (nr. 1) → doc');
        expect(sourceProblem?.message).toContain('kildedokumentet (S000, S001, S002');
        expect(text).toMatch(/\nsources:\n  - doc: "?FYLL UT/);
      }

      await fillIn(file, type.collection);
      expect(await checkContent(root)).toEqual([]);
    });
  }

  it('starts news, press releases, newsletters, events and films as the CMS does: new from the secretariat, no programme source, the archive voice not checked', async () => {
    expect([...cmsNewItem].sort()).toEqual(['events', 'films', 'news', 'newsletters', 'stories']);
    const root = await folder();
    for (const name of ['nyhet', 'pressemelding', 'nyhetsbrev', 'arrangement', 'film']) {
      const text = await readFile(await createEntry(root, entryTypes[name]!, `Vi ønsker velkommen til ${name}`, '2010-03-15'), 'utf8');
      expect(text, name).toContain('\nnewItem: true\n');
      expect(text, name).not.toContain('sources:');
    }
    // Written now, the title may speak as the secretariat («Vi …»): only the placeholders are reported.
    for (const problem of await checkContent(root)) expect(problem.message).toMatch(/^(er ikke fylt ut ennå|teksten er ikke skrevet ferdig): \S/);
    expect(entryTypes['nyhet']!.sourcesStep).toContain('ta bort «newItem: true» og oppgi dem under «sources»');
    expect(entryTypes['nyhetsbrev']!.sourcesStep).toContain('«Ny utgave fra sekretariatet»');
    expect(entryTypes['arrangement']!.sourcesStep).toContain('Kilder trengs ikke: arrangementet er nytt fra sekretariatet («Nytt arrangement fra sekretariatet», newItem: true)');
    expect(entryTypes['film']!.sourcesStep).toContain('«Ny film fra sekretariatet»');
  });

  it('gives stories, newsletters and tools the section headings their pages expect', async () => {
    const root = await folder();
    const story = await readFile(await createEntry(root, entryTypes['eksempel']!, 'Et eksempel', '2010-03-15'), 'utf8');
    for (const heading of ['Bakgrunn og behov', 'Dette gjorde de', 'Resultater', 'Slik kan dere gjøre det samme'])
      expect(story).toContain(`\n## ${heading}\n`);
    expect(await readFile(await createEntry(root, entryTypes['nyhetsbrev']!, 'Et brev', '2010-03-15'), 'utf8')).toContain('\n## Leder\n');
    expect(await readFile(await createEntry(root, entryTypes['verktoy']!, 'Et verktøy', '2010-03-15'), 'utf8')).toContain('\n## Hva er det?\n');
  });

  it('dates news, press releases, newsletters and events today', async () => {
    const root = await folder();
    for (const name of ['nyhet', 'pressemelding', 'nyhetsbrev', 'arrangement']) {
      const file = await createEntry(root, entryTypes[name]!, `Tittel for ${name}`, '2010-03-15');
      expect(await readFile(file, 'utf8'), name).toContain('date: 2010-03-15');
    }
  });

  it('numbers a newsletter and a press release after the highest number in use', async () => {
    const root = await folder({
      ...edit('news/opptak.mdx', 'date: 2007-10-17', 'date: 2007-10-17\nkind: pressemelding\nnumber: 3'),
    });
    const release = await createEntry(root, entryTypes['pressemelding']!, 'Ny pressemelding', '2010-03-15');
    expect(await readFile(release, 'utf8')).toContain('number: 4');
    const issue = await createEntry(root, entryTypes['nyhetsbrev']!, 'Nyhetsbrev mars 2010', '2010-03-15');
    expect(issue).toMatch(/newsletters\/nr-1-mars-2010\.mdx$/);
    expect(await readFile(issue, 'utf8')).toContain('issue: 1');
  });

  it('names the file of an entry with a very long title at most 60 characters long, cut at a word', async () => {
    const root = await folder();
    const title = 'Hvordan Bydel Nordre Aker og tre andre bydeler i Oslo fikk ned sykefraværet i barnehagene og skolene gjennom systematisk arbeid';
    const file = await createEntry(root, findEntryType('stories')!, title, '2010-03-15');
    expect(basename(file)).toBe('hvordan-bydel-nordre-aker-og-tre-andre-bydeler-i-oslo-fikk.mdx');
  });

  it('never overwrites an entry that exists', async () => {
    const root = await folder();
    const type = findEntryType('stories')!;
    const file = await createEntry(root, type, 'Barnehagen og foreldre', '2010-03-15');
    await writeFile(file, 'redigert');
    await expect(createEntry(root, type, 'Barnehagen og foreldre', '2010-03-15')).rejects.toBeInstanceOf(EntryExistsError);
    expect(await readFile(file, 'utf8')).toBe('redigert');
  });

  it('starts a kind without its own builder (film) from its schema: each required field a placeholder named by its label', () => {
    const { data, body } = entryTypes['film']!.build({ title: 'En film', today: '2010-03-15', nextNumber: 1 });
    expect(entryTypes['film']!.label).toBe('film');
    expect(data).toMatchObject({ title: 'En film', maker: `${placeholderMark}: Laget av`, draft: true });
    expect(Object.keys(data).sort()).toEqual(['draft', 'maker', 'newItem', 'summary', 'title']);
    expect(body).toBeUndefined();
  });

  it('knows the kinds by their Norwegian names and by collection', () => {
    expect(findEntryType('eksempel')?.collection).toBe('stories');
    expect(findEntryType('newsletters')?.collection).toBe('newsletters');
    expect(findEntryType('pressemelding')?.collection).toBe('news');
    expect(findEntryType('ukjent')).toBeUndefined();
  });

  it('from the command line: prints the path and next steps in Norwegian, refuses a second time, and the check fails until filled in', { timeout: 60_000 }, async () => {
    const root = await folder();
    const env = { ...process.env, KOMPETANSEBANKEN_CONTENT: root };
    const first = await run(process.execPath, ['scripts/new-entry.ts', 'eksempel', 'Foreldre', 'i', 'barnehagen'], { env });
    expect(first.stdout).toMatch(/Opprettet .*stories\/foreldre-i-barnehagen\.mdx/);
    expect(first.stdout).toContain('npm run check');
    expect(first.stdout).toContain('2. Skriv for hvert nøkkeltall og sitat hvor det kommer fra, under «sourceText»');
    const second = await run(process.execPath, ['scripts/new-entry.ts', 'eksempel', 'Foreldre i barnehagen'], { env }).catch((e: { code: number; stderr: string }) => e);
    expect('code' in second && second.code).toBe(1);
    expect(second.stderr).toContain('finnes allerede');
    const check = await run(process.execPath, ['scripts/check-content.ts'], { env }).catch((e: { code: number; stderr: string }) => e);
    expect('code' in check && check.code).toBe(1);
    expect(check.stderr).toMatch(/stories\/foreldre-i-barnehagen\.mdx:\d+\n\s+felt «Kommuner \(nr\. 1\)» \(municipalities \(nr\. 1\)\): er ikke fylt ut ennå: feltet har fortsatt merket «FYLL UT: kommunens id, /);
    expect(check.stderr).not.toContain('sources');
    const news = await run(process.execPath, ['scripts/new-entry.ts', 'nyhet', 'Ny', 'samling'], { env });
    expect(news.stdout).toContain('2. Kilder trengs ikke: saken er ny fra sekretariatet («Ny sak fra sekretariatet», newItem: true).');
    const usage = await run(process.execPath, ['scripts/new-entry.ts'], { env }).catch((e: { code: number; stderr: string }) => e);
    expect(usage.stderr).toContain('Bruk: npm run new -- <slag> "<tittel>"');
  });
});
