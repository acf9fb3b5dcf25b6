import { describe, expect, it } from 'vitest';
import { checkFacts } from './facts.ts';
import type { SourceTexts } from './source-texts.ts';
import type { Story } from '../schemas/story.ts';
import type { ValidEntry } from './validate.ts';

const pages: Record<number, string> = {
  24: 'Foreldrene føler seg mer ivaretatte og deltar mer aktivt i det som skjer i barnehagen.',
  25: 'Det har til sammen vært åtte kommuner. Score 4.8 på en skala fra 1-6. Et sykefravær som nærmet seg 11prosent.',
  26: 'Fortsettelse: 44 prosent fikk større stilling.',
};
const sources: SourceTexts = {
  missing: [],
  around: (doc, page) => (doc === 'S002' && page !== undefined ? `${pages[page] ?? ''} ${pages[page + 1] ?? ''}` : undefined),
};

function story(data: Partial<Story>): ValidEntry {
  const minimal: Story = {
    title: 'x', summary: 'x', municipalities: ['x'], sectors: ['skole'], themes: ['ledelse'], levels: ['system'],
    keyFigures: [], quotes: [], sickLeavePoints: [], tools: [], lang: 'nb', draft: false, newItem: false, sources: [{ doc: 'S002', page: 1 }],
  };
  return { collection: 'stories', id: 'x', file: 'content/stories/x.mdx', data: { ...minimal, ...data } };
}
const at = (page: number) => ({ doc: 'S002' as const, page });

describe('checkFacts', () => {
  it('accepts a quote that stands word for word on the cited page, whatever the punctuation and case', () => {
    const entry = story({ quotes: [{ text: 'foreldrene føler seg mer ivaretatte og deltar mer aktivt', attribution: 'Sekretariatets sluttrapport', source: at(24) }] });
    expect(checkFacts([entry], sources)).toEqual([]);
  });

  it('accepts a quote with words left out, marked with an ellipsis', () => {
    const entry = story({ quotes: [{ text: 'Foreldrene føler seg … mer aktivt', attribution: 'Sekretariatets sluttrapport', source: at(24) }] });
    expect(checkFacts([entry], sources)).toEqual([]);
  });

  it('reports a quote that is not in the source as written', () => {
    const entry = story({ quotes: [{ text: 'Foreldrene er svært fornøyde', attribution: 'Sekretariatets sluttrapport', source: at(24) }] });
    expect(checkFacts([entry], sources)).toEqual([
      expect.objectContaining({ field: 'quotes (nr. 1) → text', message: expect.stringContaining('sitatet står ikke ordrett i S002 s. 24') }),
    ]);
  });

  // Fresh eyes: Hægebostad's chief executive was quoted without «gjengitt i», as if he had said it to the site.
  it('reports a quote from the final report that neither is the report\'s own words nor says it is given in it', () => {
    const quoteBy = (attribution: string) => story({ quotes: [{ text: 'foreldrene føler seg mer ivaretatte', attribution, source: at(24) }] });
    expect(checkFacts([quoteBy('Rådmannen i Hægebostad kommune')], sources)).toEqual([
      expect.objectContaining({
        field: 'quotes (nr. 1) → attribution',
        message: expect.stringContaining('skriv «, gjengitt i sluttrapporten» etter hvem som sa dem'),
      }),
    ]);
    for (const attribution of ['Rådmannen i Hægebostad kommune, gjengitt i sluttrapporten', 'Rådmannen (gjengitt i sluttrapporten)', 'Sekretariatets sluttrapport, forordet', 'Sluttrapporten'])
      expect(checkFacts([quoteBy(attribution)], sources), attribution).toEqual([]);
    // A presentation is the words of whoever made it: no note needed.
    const fromSlides = story({ quotes: [{ text: 'x', attribution: 'Levanger kommune', source: { doc: 'S004' } }] });
    expect(checkFacts([fromSlides], sources).filter((p) => p.field?.endsWith('attribution'))).toEqual([]);
  });

  // Fresh eyes: «– Effektmål … i Verdal, fra Innherred samkommunes presentasjon «Kvalitetskommune – Hvorfor, hvordan og
  // for hvem?» (Innherred-presentasjonen)» named the document twice, in the attribution and in the citation after it.
  it('reports an attribution that names the cited document, which the citation after it names already', () => {
    const fromSlides = (attribution: string) => story({ quotes: [{ text: 'x', attribution, source: { doc: 'S004' } }] });
    const named = (attribution: string) =>
      checkFacts([fromSlides(attribution)], sources).filter((p) => p.field === 'quotes (nr. 1) → attribution').map((p) => p.message.split(';')[0]);
    expect(named('Effektmål i Verdal, fra Innherred samkommunes presentasjon «Kvalitetskommune – Hvorfor, hvordan og for hvem?»')).toEqual([
      'attribusjonen nevner dokumentet («Hvorfor, hvordan og for hvem?»), og henvisningen etter den nevner det igjen («(Innherred-presentasjonen)»)',
    ]);
    expect(named('Punkt i Innherred-presentasjonen')).toHaveLength(1);
    for (const attribution of ['Effektmål i Verdal', 'Innherred samkommune', 'Levanger kommune, fra søknaden, gjengitt i Innherred-presentasjonen'])
      expect(named(attribution), attribution).toEqual([]);
    const fromReport = (attribution: string) => story({ quotes: [{ text: 'foreldrene føler seg mer ivaretatte', attribution, source: at(24) }] });
    expect(checkFacts([fromReport('Rådmannen, om sluttrapporten, gjengitt i sluttrapporten')], sources)).toHaveLength(1);
    for (const attribution of ['Kvalitetskommuneprogrammet, gjengitt i sluttrapporten', 'Sekretariatets sluttrapport, om Fyresdal'])
      expect(checkFacts([fromReport(attribution)], sources), attribution).toEqual([]);
  });

  it('accepts figures written with a decimal point, glued to a word, as a word, or on the next page', () => {
    const entry = story({
      keyFigures: [
        { value: '4,8', label: 'score', source: at(25) },
        { value: 'nærmet seg 11 prosent', label: 'fravær', source: at(25) },
        { value: '8', label: 'kommuner', source: at(25) },
        { value: '44 prosent', label: 'fikk større stilling', source: at(25) },
      ],
    });
    expect(checkFacts([entry], sources)).toEqual([]);
  });

  it('reports a number that is not on the cited page, naming the number', () => {
    const entry = story({ keyFigures: [{ value: '4,9', label: 'score', source: at(25) }, { value: '44 prosent', label: 'x', source: at(24) }] });
    expect(checkFacts([entry], sources).map((p) => [p.field, p.message.split(';')[0]])).toEqual([
      ['keyFigures (nr. 1) → value', '4,9 står ikke i S002 s. 25'],
      ['keyFigures (nr. 2) → value', '44 står ikke i S002 s. 24'],
    ]);
  });

  it('reports a decimal figure without a unit, and accepts one whose value or label names it', () => {
    const entry = story({
      keyFigures: [
        { value: '4,8', label: 'trivsel', source: at(25) },
        { value: '4,8 prosent', label: 'trivsel', source: at(25) },
        { value: '4,8', label: 'score på trivsel', source: at(25) },
        { value: '4,8', label: 'trivsel (kilden oppgir ikke enheten)', source: at(25) },
        { value: '8', label: 'kommuner', source: at(25) },
      ],
    });
    expect(checkFacts([entry], sources).map((p) => [p.field, p.message.split(';')[0]])).toEqual([['keyFigures (nr. 1) → value', '4,8 står uten enhet']]);
  });

  it('does not take part of a longer number for the number', () => {
    const entry = story({ keyFigures: [{ value: '4', label: 'x', source: at(26) }] }); // only «44» is there
    expect(checkFacts([entry], sources)).toHaveLength(1);
  });
});
