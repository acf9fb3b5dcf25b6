import { describe, expect, it } from 'vitest';
import { articleData, jsonForScript } from './structured-data.ts';

const site = new URL('https://kompetansebanken.no');

describe('structured data', () => {
  it('describes a news item as a NewsArticle with its date, image, publisher and sources', () => {
    const data = articleData(
      {
        type: 'NewsArticle',
        headline: 'Sluttrapporten',
        description: 'Sluttrapporten kom i juni 2010.',
        url: 'https://kompetansebanken.no/nyheter/sluttrapport/',
        image: 'https://kompetansebanken.no/delingsbilder/nyheter/sluttrapport.png',
        lang: 'nb',
        datePublished: '2010-06',
        sources: [{ doc: 'S002', page: 3 }, { doc: 'S002', page: 5 }, { doc: 'S001' }],
      },
      site,
    );
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Sluttrapporten',
      datePublished: '2010-06',
      inLanguage: 'nb-NO',
      publisher: { '@type': 'Organization', name: 'Kompetansebanken', url: 'https://kompetansebanken.no/' },
    });
    expect(data.isBasedOn?.map((w) => w.name)).toEqual([
      'Veien videre – Innsatskommuner sykefravær (presentasjon)',
      'Kvalitetskommuneprogrammet – sekretariatets sluttrapport',
    ]);
    expect(data).not.toHaveProperty('contentLocation');
  });

  it('gives a story its municipalities as places and no date it does not have', () => {
    const data = articleData(
      { type: 'Article', headline: 'H', description: 'D', url: 'u', image: 'i', lang: 'nn', places: ['Volda', 'Sørum'], sources: [{ doc: 'S004' }] },
      site,
    );
    expect(data.contentLocation).toEqual([
      { '@type': 'Place', name: 'Volda' },
      { '@type': 'Place', name: 'Sørum' },
    ]);
    expect(data.inLanguage).toBe('nn-NO');
    expect(data).not.toHaveProperty('datePublished');
  });

  it('says nothing of sources for a new item from the secretariat, which has none', () => {
    const data = articleData({ type: 'NewsArticle', headline: 'H', description: 'D', url: 'u', image: 'i', lang: 'nb', sources: [] }, site);
    expect(data).not.toHaveProperty('isBasedOn');
  });

  it('escapes < so the JSON cannot end its script element', () => {
    expect(jsonForScript({ headline: '</script><b>' })).toBe('{"headline":"\\u003c/script>\\u003cb>"}');
    expect(JSON.parse(jsonForScript({ headline: '</script>' }))).toEqual({ headline: '</script>' });
  });
});
