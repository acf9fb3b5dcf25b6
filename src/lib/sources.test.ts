import { describe, expect, it } from 'vitest';
import { citationParts, citeFactSource, citeSource, citedDocuments, hasPageAnchor, pageList, pageNumberLink, shortCitation, sourceHref } from './sources.ts';

describe('sources', () => {
  it('gathers the pages cited from each document, in order, once each', () => {
    const documents = citedDocuments([
      { doc: 'S002', page: 26 },
      { doc: 'S004' },
      { doc: 'S002', page: 23 },
      { doc: 'S002', page: 26 },
    ]);
    expect(documents.map((d) => [d.id, d.pages])).toEqual([
      ['S002', [23, 26]],
      ['S004', []],
    ]);
    expect(documents[0]?.title).toBe('Kvalitetskommuneprogrammet – sekretariatets sluttrapport');
  });

  it('reads page lists the Norwegian way', () => {
    expect(pageList([24])).toBe('s. 24');
    expect(pageList([23, 24])).toBe('s. 23 og 24');
    expect(pageList([23, 24, 26])).toBe('s. 23, 24 og 26');
    expect(pageList([])).toBe('');
  });

  it('cites one reference with its document, date and page', () => {
    expect(citeSource({ doc: 'S002', page: 58 })).toBe('Kvalitetskommuneprogrammet – sekretariatets sluttrapport (juni 2010), s. 58');
    expect(citeSource({ doc: 'S001' })).toBe('Veien videre – Innsatskommuner sykefravær (presentasjon) (høsten 2007)');
  });

  it('cites a story\'s fact by its programme document and page, or (a new story) by its own source in words', () => {
    expect(citeFactSource({ source: { doc: 'S002', page: 58 } })).toBe('Kvalitetskommuneprogrammet – sekretariatets sluttrapport (juni 2010), s. 58');
    expect(citeFactSource({ sourceText: ' Gloppen kommunes årsmelding 2024, s. 12 ' })).toBe('Gloppen kommunes årsmelding 2024, s. 12');
  });

  it('names a reference the way a reader says it, never by its id', () => {
    expect(shortCitation({ doc: 'S002', page: 23 })).toBe('Sluttrapporten, s. 23');
    expect(shortCitation({ doc: 'S004' })).toBe('Innherred-presentasjonen');
  });

  it('links a reference to the cited page of the document, or to the document', () => {
    expect(sourceHref({ doc: 'S002', page: 23 })).toBe('/kilder/sluttrapporten/#s-23');
    expect(sourceHref({ doc: 'S001' })).toBe('/kilder/veien-videre/');
  });

  it('links each page of a citation of several pages, with a name that says which document', () => {
    expect(citationParts('S002', [23])).toEqual([{ text: 'Sluttrapporten, s. 23', href: '/kilder/sluttrapporten/#s-23' }]);
    expect(citationParts('S002', [23, 24, 26])).toEqual([
      { text: 'Sluttrapporten', href: '/kilder/sluttrapporten/' },
      { text: ', ' },
      // «s.» stays on the first number's line (fresh eyes: «…(juni 2010), s.» / «12, 15 og 16» at 320 px).
      { text: '23', href: '/kilder/sluttrapporten/#s-23', label: 'Sluttrapporten, s. 23', before: 's.\u00a0' },
      { text: ', ' },
      { text: '24', href: '/kilder/sluttrapporten/#s-24', label: 'Sluttrapporten, s. 24' },
      { text: ' og ' },
      { text: '26', href: '/kilder/sluttrapporten/#s-26', label: 'Sluttrapporten, s. 26' },
    ]);
  });

  it('links a page number standing alone only where the document has that page', () => {
    expect(pageNumberLink('S002', 9)).toEqual({ text: '9', href: '/kilder/sluttrapporten/#s-9', label: 'Sluttrapporten, s. 9' });
    expect(pageNumberLink('S002', 0)).toBeUndefined();
    expect(pageNumberLink('S002', 69)).toBeUndefined();
    // A slide deck has no pages on its page at /kilder/.
    expect(hasPageAnchor('S004', 1)).toBe(false);
    expect(hasPageAnchor('S002', 68)).toBe(true);
  });
});
