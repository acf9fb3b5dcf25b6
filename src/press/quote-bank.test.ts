import { describe, expect, it } from 'vitest';
import { quoteBank, quotesByTheme, quotesFromPages } from './quote-bank.ts';

const stories = [
  {
    id: 'mandal',
    data: {
      title: 'Modellkommunen',
      themes: ['sykefravaer' as const],
      quotes: [{ text: ' Takk til Mandal. ', attribution: 'Sekretariatets sluttrapport, forordet', source: { doc: 'S002' as const, page: 3 } }],
    },
  },
  { id: 'uten', data: { title: 'Uten sitater', themes: ['ledelse' as const], quotes: [] } },
  {
    id: 'bomlo',
    data: {
      title: 'Ny arbeidstid',
      themes: ['uonsket-deltid' as const, 'sykefravaer' as const],
      quotes: [
        { text: 'Det er ikkje kvar dag.', attribution: 'Aud Gun Løklingholm, prosjektleder i Bømlo kommune', source: { doc: 'S002' as const, page: 46 } },
        { text: 'Våre feil.', attribution: 'Anders Vege', source: { doc: 'S004' as const } },
      ],
    },
  },
];

describe('quote bank', () => {
  const quotes = quoteBank(stories);

  it('has every quote once, with who said it, its source and its story', () => {
    expect(quotes).toHaveLength(3);
    expect(quotes[0]).toEqual({
      text: 'Takk til Mandal.',
      attribution: 'Sekretariatets sluttrapport, forordet',
      source: { doc: 'S002', page: 3 },
      story: { id: 'mandal', title: 'Modellkommunen', lang: 'nb' },
      themes: ['sykefravaer'],
      lang: 'nb',
    });
  });

  it('groups by theme in the vocabulary order, a quote under each of its story’s themes, and leaves out themes without quotes', () => {
    const groups = quotesByTheme(quotes);
    expect(groups.map((g) => [g.theme, g.label, g.quotes.length])).toEqual([
      ['sykefravaer', 'Sykefravær og nærvær', 3],
      ['uonsket-deltid', 'Uønsket deltid og arbeidstid', 2],
    ]);
  });

  // Fresh eyes: the first quote under «Sykefravær» was the report's thanks to Mandal, in a story on sick leave.
  it('puts a quote under its own themes where it has them, and one about the programme as a whole last', () => {
    const own = quoteBank([
      {
        id: 'mandal',
        data: {
          title: 'Modellkommunen',
          themes: ['sykefravaer'],
          quotes: [
            { text: 'Takk til Mandal.', attribution: 'Sekretariatets sluttrapport, forordet', source: { doc: 'S002', page: 3 }, themes: [] },
            { text: 'Fraværet gikk ned.', attribution: 'Rådmannen', source: { doc: 'S002', page: 58 } },
            { text: 'Lederne fulgte opp.', attribution: 'Rådmannen', source: { doc: 'S002', page: 58 }, themes: ['ledelse'] },
          ],
        },
      },
    ]);
    expect(quotesByTheme(own).map((g) => [g.theme, g.label, g.quotes.map((q) => q.text)])).toEqual([
      ['sykefravaer', 'Sykefravær og nærvær', ['Fraværet gikk ned.']],
      ['ledelse', 'Ledelse', ['Lederne fulgte opp.']],
      ['programmet', 'Om programmet', ['Takk til Mandal.']],
    ]);
  });

  it('picks the quotes from the pages a press release cites, and only those', () => {
    expect(quotesFromPages(quotes, [{ doc: 'S002', page: 3 }, { doc: 'S002', page: 45 }]).map((q) => q.text)).toEqual(['Takk til Mandal.']);
    expect(quotesFromPages(quotes, [{ doc: 'S004' }, { doc: 'S001' }]).map((q) => q.text)).toEqual(['Våre feil.']);
    expect(quotesFromPages(quotes, [{ doc: 'S002', page: 46 }])).toHaveLength(1);
    expect(quotesFromPages(quotes, [])).toEqual([]);
  });

  it('keeps a new story\'s quote with its source in words, and never picks it for a press release\'s pages', () => {
    const own = quoteBank([
      {
        id: 'gloppen-ny',
        data: { title: 'Nytt fra Gloppen', themes: ['ledelse'], quotes: [{ text: 'Foreldrene forstår mer nå. ', attribution: 'Styreren', sourceText: 'Intervju 3. mars 2025' }] },
      },
    ]);
    expect(own).toEqual([
      { text: 'Foreldrene forstår mer nå.', attribution: 'Styreren', source: undefined, sourceText: 'Intervju 3. mars 2025', story: { id: 'gloppen-ny', title: 'Nytt fra Gloppen', lang: 'nb' }, themes: ['ledelse'], lang: 'nb' },
    ]);
    expect(quotesFromPages(own, [{ doc: 'S002', page: 3 }, { doc: 'S004' }])).toEqual([]);
  });

  it('keeps a nynorsk story’s language with its quotes, so they are marked lang="nn" outside the story (WCAG 3.1.2)', () => {
    const [quote] = quoteBank([{ id: 'stord', data: { title: 'Fem delprosjekt', lang: 'nn', themes: ['ledelse'], quotes: [{ text: 'Vi fekk det til.', attribution: 'Leiaren', sourceText: 'Intervju' }] } }]);
    expect([quote?.story.lang, quote?.lang]).toEqual(['nn', 'nn']);
  });

  it('gives a quote its own language where it has one: a nynorsk quote in a bokmål story (Bømlo)', () => {
    const [nynorsk, bokmal] = quoteBank([
      {
        id: 'bomlo',
        data: {
          title: 'Ny arbeidstidsordning',
          themes: ['ledelse'],
          quotes: [
            { text: 'Det er ikkje kvar dag.', attribution: 'Prosjektleiaren', sourceText: 'Intervju', lang: 'nn' },
            { text: 'Det er ikke hver dag.', attribution: 'Rådmannen', sourceText: 'Intervju' },
          ],
        },
      },
    ]);
    expect([nynorsk?.lang, nynorsk?.story.lang, bokmal?.lang]).toEqual(['nn', 'nb', 'nb']);
  });
});
