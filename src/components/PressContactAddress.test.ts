// A press contact set in content/settings/pressekontakt.yaml, built from a
// fixture content folder: the press room, a press release and a story's press
// pack all show it, with phone and e-mail as links, and no postal address.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildFixtureSite, contentFolder, edit } from '../content-check/test-fixtures.ts';

let content: Awaited<ReturnType<typeof contentFolder>>;
let outDir: string;
/** A built page as a reader sees it: without the soft hyphens the build adds for line breaks. */
const built = async (path: string) => parse((await readFile(join(outDir, path, 'index.html'), 'utf8')).replaceAll('\u00AD', ''));

beforeAll(async () => {
  content = await contentFolder({
    'settings/pressekontakt.yaml': "role: Kommunikasjonsrådgiver\nname: Kari Nordmann\nphone: '+47 22 00 00 00'\nemail: presse@example.no\n",
    // A release the secretariat issues now: the contact shows only under those (components/PressContact.astro).
    ...edit('news/opptak.mdx', 'date: 2007-10-17\n', 'date: 2007-10-17\nkind: pressemelding\nnumber: 1\nnewItem: true\n'),
  });
  outDir = await buildFixtureSite(content.root);
}, 240_000);

afterAll(async () => {
  await content?.cleanup();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

it('shows the contact in the press room and under a press release the secretariat issues now, with links to call and write', async () => {
  for (const [path, section] of [
    ['presse', 'kontakt'],
    ['nyheter/opptak', 'pressekontakt'],
  ] as const) {
    const address = (await built(path)).querySelector(`section[aria-labelledby="${section}"] address`);
    const lines = (address?.innerHTML ?? '').split(/<br\b[^>]*>/).map((line) => parse(line).text.replace(/\s+/g, ' ').trim());
    expect(lines, path).toEqual(['Kari Nordmann, Kommunikasjonsrådgiver', 'Telefon: +47 22 00 00 00', 'E-post: presse@example.no']);
    expect(address?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['tel:+4722000000', 'mailto:presse@example.no']);
    expect(address?.text, path).not.toContain('Postboks');
  }
  expect((await built('presse')).querySelector('.releases')?.text).toContain(
    'Kontakt: Kari Nordmann, Kommunikasjonsrådgiver, Telefon: +47 22 00 00 00, E-post: presse@example.no',
  );
});

it('puts the contact in every story’s press pack', async () => {
  const pack = (await built('eksempler/gloppen')).querySelector('#pressepakke')?.text ?? '';
  expect(pack).toContain('PRESSEKONTAKT\nKari Nordmann, Kommunikasjonsrådgiver\nTelefon: +47 22 00 00 00\nE-post: presse@example.no\nPresserom: ');
  expect(pack).not.toContain('Postboks');
});
