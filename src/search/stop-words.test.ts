import { expect, it } from 'vitest';
import { splitStopWords } from './stop-words.ts';

it('drops question and function words from a question, and says which', () => {
  expect(splitStopWords('hvordan få ned sykefraværet')).toEqual({ kept: ['sykefraværet'], dropped: ['hvordan', 'få', 'ned'] });
  expect(splitStopWords('Hva gjør vi med uønsket deltid').kept).toEqual(['uønsket', 'deltid']);
  // Fresh eyes: «jobbet» kept Hægebostad's story, which does not say it, out of the hits.
  expect(splitStopWords('Hvordan jobbet Hægebostad med sykefraværet').kept).toEqual(['Hægebostad', 'sykefraværet']);
  expect(splitStopWords('hva gjorde Mandal').kept).toEqual(['Mandal']);
});

it('drops nynorsk question and function words too', () => {
  expect(splitStopWords('korleis få ned sjukefråværet').kept).toEqual(['sjukefråværet']);
  expect(splitStopWords('dei tilsette').kept).toEqual(['tilsette']);
  // Fresh eyes: «kor» (bokmål «hvor») was required of every page, and «kor mange kommunar var med» missed the figures.
  expect(splitStopWords('kor mange kommunar var med')).toEqual({ kept: ['mange', 'kommunar', 'var'], dropped: ['kor', 'med'] });
});

it('keeps none of a query made only of such words, and names each once', () => {
  expect(splitStopWords('hva er det')).toEqual({ kept: [], dropped: ['hva', 'er', 'det'] });
  expect(splitStopWords('og i på og')).toEqual({ kept: [], dropped: ['og', 'i', 'på'] });
});

it('leaves an ordinary query as it is', () => {
  expect(splitStopWords('ledelse barnehage')).toEqual({ kept: ['ledelse', 'barnehage'], dropped: [] });
});

it('names each left-out word once in a pasted paragraph, as first typed', () => {
  const pasted = 'Nærvær i barnehagen og i skolen. Med plan og med oppfølging i hele kommunen. I tillegg';
  expect(splitStopWords(pasted).dropped).toEqual(['i', 'og', 'Med']);
});

it('drops the verbs and possessives of a question, so its subject words are what is searched', () => {
  expect(splitStopWords('hvordan får vi ned sykefraværet på sykehjemmet vårt').kept).toEqual(['sykefraværet', 'sykehjemmet']);
  expect(splitStopWords('vår').kept).toEqual(['vår']);
});
