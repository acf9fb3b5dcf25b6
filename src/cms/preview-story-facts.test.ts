// A case story's figures and quotes in its CMS preview (preview-story-facts.js, a browser script), with the site's
// functions sent as their source, as start-script.ts sends them.
import { beforeAll, describe, expect, it } from 'vitest';
import { all, previewParts, sent, textOf, type Node } from './preview-render.fixtures.ts';
import { periodLabel } from '../lib/periods.ts';
import { innerQuotes } from '../lib/quoted.ts';
import { attributionParts, ownWordsOf } from '../lib/quote-attribution.ts';
import { sentWith } from './start-script.ts';
import { citationNames, sourceDocuments } from '../schemas/source-documents.ts';

type Part = (data: Record<string, unknown>) => Node | null;
let parts: { figures: Part; quotes: Part };

beforeAll(async () => {
  const inner = sent(innerQuotes);
  parts = await previewParts('preview-story-facts.js', 'kompetansebankenStoryFactsPreview', {
    periodLabel: sent(periodLabel),
    quoted: (text: string) => `«${inner(text)}»`,
    attributionParts: new Function(`return ${sentWith(attributionParts, ownWordsOf)}`)(),
    documents: citationNames,
  });
});

const lines = (node: Node | null, tag: string) => all(node, tag).map(textOf);

describe("the preview of a case story's figures and quotes", () => {
  // The secretariat's finding: the preview showed neither the figures nor the quotes about to be published.
  it('shows each figure over what it shows, with its period and source, under the heading the page gives it', () => {
    const figures = parts.figures({ keyFigures: [{ value: '6,9 %', label: 'sykefravær i Mandal', period: 'Q4 05', source: { doc: 'S002', page: 24 } }] });
    expect(lines(figures, 'h2')).toEqual(['Tall fra kildene']);
    expect(lines(figures, 'dd')).toEqual(['6,9 %', `4. kv. 2005. Kilde: ${sourceDocuments.S002.shortName}, s. 24`]);
    const fresh = parts.figures({ newItem: true, keyFigures: [{ value: '12', label: 'deltakere', sourceText: 'Kommunens tall, mars 2025' }, { label: 'ansatte' }] });
    expect(lines(fresh, 'h2')).toEqual(['Nøkkeltall']);
    expect(lines(fresh, 'dd')).toEqual(['12', 'Kilde: Kommunens tall, mars 2025', '(tallet mangler)', 'Kilde: (kilde mangler)']);
    expect(parts.figures({ keyFigures: [] })).toBeNull();
  });

  it('shows each quote in «», with who said it and its source, under «Sitater»', () => {
    const quotes = parts.quotes({ quotes: [{ text: 'Vi har lært «mye».', attribution: 'Kari Nordmann, styrer', source: { doc: 'S002', page: 7 } }, { text: '' }] });
    expect(lines(quotes, 'h2')).toEqual(['Sitater']);
    expect(lines(quotes, 'blockquote')).toEqual(['«Vi har lært ‘mye’.»']);
    expect(lines(quotes, 'figcaption')).toEqual([`– Kari Nordmann, styrer (${sourceDocuments.S002.shortName}, s. 7)`]);
    // The note on where it was printed in the citation's bracket, as on the page; the document's own words by its name.
    const printed = parts.quotes({ quotes: [{ text: 'Tekst.', attribution: 'Rådmannen i Hægebostad kommune, gjengitt i sluttrapporten', source: { doc: 'S002', page: 42 } }] });
    expect(lines(printed, 'figcaption')).toEqual(['– Rådmannen i Hægebostad kommune (gjengitt i sluttrapporten, s. 42)']);
    const own = parts.quotes({ quotes: [{ text: 'Tekst.', attribution: 'Sekretariatets sluttrapport, forordet', source: { doc: 'S002', page: 63 } }] });
    expect(lines(own, 'figcaption')).toEqual(['– Sekretariatets sluttrapport, s. 63, forordet']);
    expect(lines(parts.quotes({ quotes: [{ text: 'Tekst.', attribution: 'Kari', sourceText: 'intervju 3. mars 2025' }] }), 'figcaption')).toEqual(['– Kari (intervju 3. mars 2025)']);
    expect(parts.quotes({})).toBeNull();
  });
});
