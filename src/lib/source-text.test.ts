import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocksOf, pagesOf, plainText, publishedText, removedEmail, removedPhone, withWholeNumberRanges, withoutContactDetails } from './source-text.ts';

const source = (doc: string) => readFileSync(new URL(`../../content/sources/${doc}.txt`, import.meta.url), 'utf8');

describe('pagesOf', () => {
  it('gathers the lines of each PDF page and stops after the last page', () => {
    const text = 'Transkript\n\n1 Tittel\n\n2 Forord første del\n2 andre del\n\n3 Slutt\n\n12 Omtale av et annet dokument\n';
    expect(pagesOf(text, 3)).toEqual([
      { page: 1, text: 'Tittel' },
      { page: 2, text: 'Forord første del andre del' },
      { page: 3, text: 'Slutt' },
    ]);
  });

  it('publishes only the report part of the final report: its 68 pages, nothing of the download site after them', () => {
    const report = publishedText('S002', source('S002'));
    if (!('pages' in report)) throw new Error('S002 is paged');
    expect(report.pages.map((p) => p.page)).toEqual(Array.from({ length: 68 }, (_, i) => i + 1));
    expect(report.pages.at(-1)!.text).toBe('Kvalitetskommuneprogrammet Sekretariatet c/o KS Postboks 1378, Vika 0114 Oslo');
    expect(JSON.stringify(report)).not.toMatch(/@|Transkript|Detaljer/);
  });
});

describe('contact details', () => {
  it('takes out e-mail addresses and phone numbers, also in Markdown links', () => {
    expect(withoutContactDetails('E-post sigrid.askum@ks.no\nMobil 95 07 95 02 eller 74048293')).toBe(
      `E-post ${removedEmail}\nMobil ${removedPhone} eller ${removedPhone}`,
    );
    expect(withoutContactDetails('[Anne.Marie.Lervik@ks.no](mailto:Anne.Marie.Lervik@ks.no)')).toBe(removedEmail);
  });

  it('publishes the slide decks without the personal mobile numbers and addresses in them (INVENTORY §0.4.20)', () => {
    for (const doc of ['S000', 'S001', 'S003', 'S004'] as const) {
      const text = JSON.stringify(publishedText(doc, source(doc)));
      expect(text, doc).not.toMatch(/@|\b\d{2} \d{2} \d{2} \d{2}\b/);
    }
  });
});

describe('blocksOf', () => {
  it('reads headings, lists and paragraphs of a slide deck', () => {
    expect(blocksOf('# Veien videre:\n\n- Rapport\n- Samling\n\nKS, Oslo\n')).toEqual([
      { kind: 'heading', text: 'Veien videre' },
      { kind: 'list', items: ['Rapport', 'Samling'] },
      { kind: 'paragraph', text: 'KS, Oslo' },
    ]);
  });
});

describe('plainText', () => {
  it('keeps the words of bold text and formulas', () => {
    expect(plainText('KS nye arbeidsgiverstrategi: **"Stolt og unik"**')).toBe('KS nye arbeidsgiverstrategi: "Stolt og unik"');
    expect(plainText('$$Kvalitet = \\frac{Opplevelse}{Forventning}$$')).toBe('Kvalitet = Opplevelse / Forventning');
    expect(plainText('$$\\mathbf{K}valitet = \\mathbf{O}pplevelse$$')).toBe('Kvalitet = Opplevelse');
  });
});

describe('number ranges', () => {
  it('are kept whole with a non-breaking hyphen on paged and unpaged documents alike', () => {
    expect(withWholeNumberRanges('besøk 1-2 ganger, 2008-2010 og Molde-modellen')).toBe('besøk 1\u20112 ganger, 2008\u20112010 og Molde-modellen');
    const report = publishedText('S002', source('S002'));
    if (!('pages' in report)) throw new Error('S002 is paged');
    expect(report.pages.some((p) => p.text.includes('1\u20112 ganger'))).toBe(true);
    expect(report.pages.some((p) => /\d-\d/.test(p.text))).toBe(false);
    expect(blocksOf('- 2008-2010')).toEqual([{ kind: 'list', items: ['2008\u20112010'] }]);
  });
});
