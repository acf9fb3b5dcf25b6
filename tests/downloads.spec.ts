// Each communication template can be downloaded as a Word document and as
// plain text, built from the same source as its page: the files hold the
// page's headings and paragraphs.
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readable } from './built-site.ts';

const templates = readdirSync(join(import.meta.dirname, '..', 'content', 'templates'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

/** The text of each paragraph in a Word document, runs joined. */
function wordParagraphs(docx: Buffer): string[] {
  const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...(p[0] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1] ?? '')
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"'),
  );
}

/** What the page shows: its title, headings in the text and paragraphs without links (links read differently in a file). */
async function pageText(page: Page) {
  const prose = page.locator('article .prose');
  return {
    title: readable(await page.getByRole('heading', { level: 1 }).innerText()).trim(),
    headings: (await prose.locator('h2, h3').allInnerTexts()).map((h) => readable(h).trim()),
    paragraphs: (await prose.locator('p:not(:has(a))').allInnerTexts()).map((p) => readable(p).replace(/\s+/g, ' ').trim()).filter(Boolean),
  };
}

for (const id of templates) {
  test(`the template «${id}» downloads as Word and plain text with the text of its page`, async ({ page, request }) => {
    await page.goto(`/kommunikasjon/${id}/`);
    const downloads = page.getByRole('region', { name: 'Last ned malen' });
    const word = downloads.getByRole('link', { name: 'Word-dokument' });
    const plain = downloads.getByRole('link', { name: 'Ren tekst' });
    await expect(word).toHaveAttribute('href', `/kommunikasjon/${id}.docx`);
    await expect(word).toHaveAttribute('download', `kompetansebanken-${id}.docx`);
    await expect(plain).toHaveAttribute('href', `/kommunikasjon/${id}.txt`);
    const { title, headings, paragraphs } = await pageText(page);
    expect(headings).toEqual(expect.arrayContaining(['Veiledning', 'Mal til utfylling', 'Eksempel']));
    expect(paragraphs.length).toBeGreaterThan(5);

    const docx = await (await request.get(`/kommunikasjon/${id}.docx`)).body();
    expect([...docx.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]); // a zip, as .docx files are
    const wordText = wordParagraphs(docx);
    expect(wordText[0]).toBe(title);
    for (const text of [...headings, ...paragraphs]) expect(wordText, text).toContain(text);
    await expect(downloads).toContainText(`(.docx, ${Math.max(1, Math.round(docx.length / 1024))} kB)`);

    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await request.get(`/kommunikasjon/${id}.txt`)).body());
    expect(text.startsWith(`\uFEFF${title}\n===`)).toBe(true);
    const lines = text.split('\n');
    for (const line of [...headings, ...paragraphs]) expect(lines, line).toContain(line);
    expect(text).toContain(`Fra Kompetansebanken: ${await page.locator('link[rel="canonical"]').getAttribute('href')}`);
  });
}

test('each Word file is dated by its template’s last commit, so two builds of one commit give the same bytes', () => {
  for (const id of templates) {
    const files = unzipSync(new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'dist', 'kommunikasjon', `${id}.docx`))));
    const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', `content/templates/${id}.mdx`], { encoding: 'utf8' }).trim();
    const expected = committed ? new Date(committed).toISOString().replace(/\.000Z$/, 'Z') : '2010-12-31T12:00:00Z';
    const core = strFromU8(files['docProps/core.xml'] ?? new Uint8Array());
    expect(core, id).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${expected}</dcterms:created>`);
    expect(core, id).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${expected}</dcterms:modified>`);
    // Relationship ids numbered, not random.
    const rels = strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array());
    for (const [, relId] of rels.matchAll(/ Id="([^"]+)"/g)) expect(relId, id).toMatch(/^rId(Link)?\d+$/);
  }
});
