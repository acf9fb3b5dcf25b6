import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { templateDocx } from './template-docx.ts';

const site = new URL('https://kompetansebanken.no');

async function documentXml(body: string, lang?: 'nb' | 'nn'): Promise<{ xml: string; files: Record<string, Uint8Array> }> {
  const docx = await templateDocx(
    { title: 'Mal for kronikk', summary: 'Slik skriver dere en kronikk.', url: 'https://kompetansebanken.no/kommunikasjon/kronikk/', body, date: new Date('2020-01-01'), lang },
    site,
  );
  const files = unzipSync(new Uint8Array(docx));
  return { xml: strFromU8(files['word/document.xml'] ?? new Uint8Array()), files };
}

const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);

describe('template as a Word document', () => {
  it('is a Word package with the title, summary, body text and the source address in the footer', async () => {
    const { xml, files } = await documentXml('## Veiledning\n\nEn regel som\ngår over to linjer.');
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml']));
    expect(texts(xml)).toEqual(expect.arrayContaining(['Mal for kronikk', 'Slik skriver dere en kronikk.', 'Veiledning', 'En regel som går over to linjer.']));
    const footer = Object.entries(files).find(([name]) => /^word\/footer\d*\.xml$/.test(name));
    expect(strFromU8(footer?.[1] ?? new Uint8Array())).toContain('Fra Kompetansebanken: https://kompetansebanken.no/kommunikasjon/kronikk/');
  });

  it('names the site as author and last editor in its properties (not «Un-named»)', async () => {
    const { files } = await documentXml('Tekst.');
    const core = strFromU8(files['docProps/core.xml'] ?? new Uint8Array());
    expect(core).toContain('<dc:creator>Kompetansebanken</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Kompetansebanken</cp:lastModifiedBy>');
  });

  it("uses Word's title and heading styles, and starts each top-level section after the first on a new page", async () => {
    const { xml } = await documentXml('## Veiledning\n\nA\n\n### Når?\n\nB\n\n## Mal til utfylling\n\nC');
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(2);
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1);
  });

  it('makes lists Word lists, bold and italic runs, and links real hyperlinks to absolute addresses', async () => {
    const { xml, files } = await documentXml('- **fet** og *kursiv*\n\n1. første\n2. andre\n\nSe [SPC](/verktoy/spc/).');
    expect(xml.match(/<w:numPr>/g)).toHaveLength(3);
    expect(xml).toMatch(/<w:b\/>[\s\S]*?<w:t[^>]*>fet<\/w:t>/);
    expect(xml).toMatch(/<w:i\/>[\s\S]*?<w:t[^>]*>kursiv<\/w:t>/);
    expect(xml).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*>[\s\S]*SPC/);
    expect(strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array())).toContain('Target="https://kompetansebanken.no/verktoy/spc/"');
  });

  // `kode` in a heading or a sentence was set in the text's font, like the words around it; a code block was Consolas.
  // «3. Tre 4. Fire» was «1. Tre 2. Fire» in Word, while the page, the e-mail and the text file count from 3.
  it('starts a numbered list at its own first number, and the next list at 1 again', async () => {
    const { xml, files } = await documentXml('3. Tre\n4. Fire\n\nTekst.\n\n1. En\n2. To\n');
    const numbering = strFromU8(files['word/numbering.xml'] ?? new Uint8Array());
    const numId = (text: string) => new RegExp(`<w:numId w:val="(\\d+)"/></w:numPr></w:pPr><w:r><w:t[^>]*>${text}<`).exec(xml)?.[1];
    const start = (id: string | undefined) => new RegExp(`<w:num w:numId="${id}">.*?<w:lvlOverride w:ilvl="0"><w:startOverride w:val="(\\d+)"/>`).exec(numbering)?.[1];
    expect(start(numId('Tre'))).toBe('3');
    expect(numId('Fire')).toBe(numId('Tre'));
    expect(start(numId('En'))).toBe('1');
    expect(numId('En')).not.toBe(numId('Tre'));
  });

  // A numbered list under two levels of bullets was numbered «i., ii.» in Word (the third level's format), and one
  // under a numbered item «a., b.», while the page and the text file number every list «1., 2.».
  it('numbers every numbered list 1, 2, 3 at any depth, as the page does', async () => {
    const { files } = await documentXml('- Punkt\n  - Under\n    1. Første\n    2. Andre\n\n1. En\n   1. Under en\n');
    const numbering = strFromU8(files['word/numbering.xml'] ?? new Uint8Array());
    const formats = [...numbering.matchAll(/<w:lvlText w:val="%\d\."\/>/g)].length;
    expect(formats).toBeGreaterThan(0);
    expect(numbering).not.toMatch(/<w:numFmt w:val="(lowerLetter|lowerRoman|upperLetter|upperRoman)"\/>/);
  });

  it('sets inline code in the code blocks\' fixed-width font', async () => {
    const { xml } = await documentXml('Skriv `a < b` her.\n\n```\nblokk\n```');
    expect(xml).toMatch(/<w:rFonts w:ascii="Consolas"[^>]*\/><\/w:rPr><w:t[^>]*>a &lt; b<\/w:t>/);
    expect(xml).toMatch(/<w:rFonts w:ascii="Consolas"[^>]*\/><\/w:rPr><w:t[^>]*>blokk<\/w:t>/);
  });

  it('sets Norwegian bokmål as the language for spelling', async () => {
    const { files } = await documentXml('Tekst.');
    expect(strFromU8(files['word/styles.xml'] ?? new Uint8Array())).toContain('w:val="nb-NO"');
  });

  // A nynorsk template's Word file was marked bokmål: Word checked its spelling as bokmål.
  it('sets nynorsk as the language of a nynorsk template', async () => {
    const { files } = await documentXml('Tekst.', 'nn');
    const styles = strFromU8(files['word/styles.xml'] ?? new Uint8Array());
    expect(styles).toContain('w:val="nn-NO"');
    expect(styles).not.toContain('nb-NO');
  });
});
