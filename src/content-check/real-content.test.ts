// The site's own content: it passes every check (including quotes and
// figures against the sources), and it covers what the programme's sources
// describe.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pagesOf } from '../lib/source-text.ts';
import { pageCount } from '../schemas/source-documents.ts';
import { checkFormatting } from './formatting.ts';
import { checkContent } from './index.ts';
import { loadContent } from './load.ts';
import type { CollectionName } from '../schemas/collections.ts';
import { validateEntries, type ValidEntry } from './validate.ts';

const root = 'content';
const { entries } = await loadContent(root);
const { valid } = await validateEntries(entries);
/** The valid entries of one collection, typed as that collection's. */
const of = <C extends CollectionName>(collection: C) => valid.filter((e): e is ValidEntry<C> & ValidEntry => e.collection === collection);

describe('the content in content/', () => {
  it('passes every check: schemas, MDX, references, and quotes and figures against their sources', async () => {
    expect(await checkContent(root)).toEqual([]);
  });

  // Four stories edited by hand were not in the form the CMS saves: `npm run check`, which the publish jobs run before
  // they build, failed on them, so no save of the secretariat's would have reached the site (fresh eyes).
  it('is written in the form the CMS saves, as `npm run check` and the publish jobs require', async () => {
    expect((await checkFormatting(root, { fix: false })).problems).toEqual([]);
  }, 120_000); // checks every entry against the sources; ~27 s on a busy machine

  it('cites at least one source page that exists in every programme entry', () => {
    const cited = valid.filter((e) => !(e.collection === 'pages' && e.data.about === 'website'));
    expect(cited.length).toBeGreaterThan(250);
    for (const entry of cited) expect(entry.data.sources.length, entry.file).toBeGreaterThan(0);
  });

  it('has a case story from every municipality the issue names, and at least 25 in all', () => {
    const stories = of('stories');
    expect(stories.length).toBeGreaterThanOrEqual(25);
    const withStory = new Set(stories.flatMap((s) => s.data.municipalities));
    for (const id of ['gloppen', 'molde', 'verdal', 'fyresdal', 'askim', 'odda', 'gjerstad', 'austrheim', 'stord', 'bydel-nordre-aker', 'haegebostad', 'vennesla', 'sola', 'mandal', 'volda', 'sorum', 'levanger'])
      expect(withStory, id).toContain(id);
  });

  it('has several stories for each sector and for sick leave', () => {
    const stories = of('stories').map((s) => s.data);
    for (const sector of ['barnehage', 'skole', 'pleie-og-omsorg'] as const)
      expect(stories.filter((s) => s.sectors.includes(sector)).length, sector).toBeGreaterThanOrEqual(3);
    expect(stories.filter((s) => s.themes.includes('sykefravaer')).length).toBeGreaterThanOrEqual(3);
  });

  it('has the ten points, the ten tools and the six communication templates', () => {
    expect(of('sickLeavePoints').map((p) => p.data.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(of('tools').map((t) => t.id).sort()).toEqual(
      ['evaluering-og-undersokelser', 'iris-tiltakshandbok', 'kvalitetsformelen', 'kvalitetsindikatorer', 'kvalitetstrakten', 'nettverkslaering', 'omdommebygging', 'prosjektarbeid', 'spc', 'trepartssamarbeid'],
    );
    expect(of('templates').map((t) => t.data.kind).sort()).toEqual(
      ['informasjonsarbeid', 'kommunikasjonsstrategi', 'kronikk', 'mediemote', 'pressemelding', 'sosiale-medier'],
    );
  });

  // Fresh eyes: a story gave Fredrikstad's 12,1 % as the measure «that ends 3rd quarter 2009 (its start lost)»,
  // its municipality page and /tall/ as «4. kv. 2008 – 3. kv. 2009» from Tabell 4.6: a journalist had two periods.
  it('gives a figure from the sick-leave appendix the same period in a story as on its municipality\'s page', () => {
    /** The quarters a period names, as «4/2008»: «4. kvartal 2008», «4. kv. 2008» and «Q4 08» alike. */
    const quarters = (period = '') =>
      [...period.matchAll(/Q([1-4]) ?(\d{2})\b|([1-4])\. kv(?:artal|\.) (\d{4})/g)].map((m) => (m[1] ? `${m[1]}/20${m[2]}` : `${m[3]}/${m[4]}`)).join(' – ');
    const number = (value: string) => /^\d+(?:,\d+)?/.exec(value)?.[0];
    const municipalities = new Map(of('municipalities').map((m) => [m.id, m.data]));
    let compared = 0;
    for (const story of of('stories')) {
      for (const figure of story.data.keyFigures ?? []) {
        if (figure.source?.doc !== 'S002' || figure.source.page !== 58) continue;
        const same = story.data.municipalities.flatMap((id) => municipalities.get(id)?.keyFigures ?? []).filter((f) => f.source?.page === 58 && number(f.value) === number(figure.value));
        if (same.length === 0) continue;
        compared++;
        expect(same.map((f) => quarters(f.period)), `${story.file}: ${figure.value}`).toContain(quarters(figure.period));
      }
    }
    expect(compared).toBeGreaterThanOrEqual(5);
  });

  // Fresh eyes: Nøtterøy's 9,1 % took its start quarter «fra tabell 4.6» beside «Kilde: s. 58», and the story did not
  // list the table's page (s. 40): a journalist checking s. 58 could not confirm the period.
  it('lists the pages of a table a key figure\'s period is taken from among the entry\'s sources', () => {
    const report = pagesOf(readFileSync('content/sources/S002.txt', 'utf8'), pageCount('S002')!);
    let named = 0;
    for (const entry of valid) {
      const figures = 'keyFigures' in entry.data ? (entry.data.keyFigures ?? []) : [];
      for (const { period = '' } of figures) {
        const table = /tabell (\d+\.\d+)/i.exec(period)?.[1];
        if (!table) continue;
        named++;
        const pages = report.filter((p) => new RegExp(`Tabell ${table.replace('.', '\\.')}(?!\\d)`).test(p.text)).map((p) => p.page);
        expect(pages.length, `Tabell ${table} in the report`).toBeGreaterThan(0);
        for (const page of pages)
          expect(entry.data.sources, `${entry.file}: «${period}» needs s. ${page} among the sources`).toContainEqual(expect.objectContaining({ doc: 'S002', page }));
      }
    }
    expect(named).toBeGreaterThanOrEqual(30);
  });

  it('lists all 138 participating municipalities and city districts', () => {
    expect(of('municipalities').filter((m) => m.data.kind !== 'samkommune')).toHaveLength(138);
  });

  it('has the programme pages, a newsletter archive and news', () => {
    expect(of('pages').map((p) => p.id)).toEqual(
      expect.arrayContaining(['om-programmet', 'tall-og-fakta', 'kvalitetsprisen', 'forskning-og-evaluering', 'nettverk-og-kurs', 'tilgjengelighetserklaering']),
    );
    expect(of('newsletters').length).toBeGreaterThanOrEqual(6);
    expect(of('news').length).toBeGreaterThanOrEqual(10);
    expect(of('events').map((e) => e.id)).toEqual(expect.arrayContaining(['kvalitetskonferansen-2008', 'kvalitetskonferansen-2009', 'sykefravaerskonferansene-2010']));
  });
});
