// The page `astro dev` shows while the content has problems: Norwegian, with
// the line, the field as the CMS labels it, and a link to the entry in the CMS.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { contentRoot } from '../schemas/collections.ts';
import { cmsEntryLink, entryTitle, reportPage, shownProblem } from './content-report-page.ts';

it('names fields by their CMS labels', () => {
  const problem = { file: 'content/stories/x.mdx', field: 'keyFigures (nr. 2) → value', label: 'Nøkkeltall → Tallet', line: 7, message: 'm' };
  expect(shownProblem(problem).field).toBe('Nøkkeltall → Tallet');
  expect(shownProblem({ ...problem, label: undefined }).field).toBe('keyFigures (nr. 2) → value');
});

// Fresh eyes: an entry the CMS had not listed was named «content/news/….mdx» in the notice of files holding the site back.
it('reads the title (or a name) of the entry a problem is in, for the CMS to name it by', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'entry-title-'));
  await writeFile(join(folder, 'sak.mdx'), '---\ntitle: Lister skrevet for hånd\nsummary: For kort\n---\nTekst.\n');
  await writeFile(join(folder, 'kommune.yaml'), 'name: Hægebostad\nnumber: 4226\n');
  await writeFile(join(folder, 'ødelagt.mdx'), '---\ntitle: [uavsluttet\n---\n');
  expect(await entryTitle(join(folder, 'sak.mdx'))).toBe('Lister skrevet for hånd');
  expect(await entryTitle(join(folder, 'kommune.yaml'))).toBe('Hægebostad');
  expect(await entryTitle(join(folder, 'ødelagt.mdx'))).toBeUndefined();
  expect(await entryTitle(join(folder, 'finnes-ikke.mdx'))).toBeUndefined();
});

it('links a file to its entry in the CMS', () => {
  expect(cmsEntryLink(join(contentRoot, 'news', 'feil-dato.mdx'))).toBe('/admin/#/collections/news/entries/feil-dato');
  expect(cmsEntryLink(join(contentRoot, 'sources', 'S002.txt'))).toBeUndefined();
});

it('is a Norwegian page with no English and no stack trace', () => {
  const file = join(contentRoot, 'news', 'finnes-ikke.mdx');
  const html = reportPage([{ file, field: 'summary', label: 'Ingress', message: 'må være minst 20 tegn' }]);
  expect(html).toContain('<html lang="nb">');
  expect(html).toContain('<h1>Innholdet har én feil</h1>');
  expect(html).toContain('Feltet <strong>Ingress</strong> må være minst 20 tegn');
  expect(html).toContain('href="/admin/#/collections/news/entries/finnes-ikke"');
  expect(html).not.toMatch(/Error|Stack|\bat \//);
});

it('gives a problem in the text its line in the text field, as the CMS shows it, beside the line in the file', () => {
  const file = join(contentRoot, 'news', 'feil.mdx');
  const html = reportPage([{ file, field: 'body', label: 'Tekst (Markdown)', line: 14, textLine: 3, message: 'teksten kan ikke leses som MDX' }]);
  expect(html).toContain('feil.mdx</code>, linje 14');
  expect(html).toContain('Feltet <strong>Tekst (Markdown)</strong>, linje 3: teksten kan ikke leses som MDX');
});
