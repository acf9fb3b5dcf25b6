import { describe, expect, it } from 'vitest';
import { collectionJsonSchemas } from './json-schemas.ts';
import { languageProblems, writtenStandard } from './entry-language.ts';

const news = collectionJsonSchemas.news;
/** A news item the secretariat wrote in nynorsk (fresh eyes left «Språk» at «Bokmål»). */
const nynorskItem = {
  title: 'Nye kommunar er med',
  summary: 'Dei tilsette i kommunane vert med i arbeidet frå hausten.',
};
const nynorskBody = 'Det er ikkje berre leiarane som skal vere med. Kva som skjer vidare, vert avgjort i januar.\n';

describe('the language an entry is written in', () => {
  it('is nynorsk or bokmål by three different words only that one has, more than of the other', () => {
    expect(writtenStandard('Dei vert med frå januar.')).toMatchObject({ lang: 'nn', words: ['dei', 'vert', 'frå'] });
    expect(writtenStandard('Det ble ikke bare et prosjekt.')).toMatchObject({ lang: 'nb', words: ['ble', 'ikke', 'bare', 'et'] });
    expect(writtenStandard('Dei vert med, og det ble et år.')).toBeUndefined();
    expect(writtenStandard('Dei kom.')).toBeUndefined();
    expect(writtenStandard('Dei vert med frå januar, men det ble ikke bare et prosjekt.')).toMatchObject({ lang: 'nb' });
  });
});

describe('an entry whose «Språk» is not the language of its text', () => {
  it('is refused, naming the words that tell and what to choose, when nynorsk is left at bokmål (or at no choice)', () => {
    const problem = {
      field: 'lang',
      message: 'er «Bokmål», men teksten er skrevet på nynorsk («kommunar», «dei» og «tilsette»); velg «Nynorsk», så leses siden opp og orddeles riktig',
    };
    expect(languageProblems(news, { ...nynorskItem, lang: 'nb' }, nynorskBody)).toEqual([problem]);
    expect(languageProblems(news, nynorskItem, nynorskBody)).toEqual([problem]);
    expect(languageProblems(news, { ...nynorskItem, lang: 'nn' }, nynorskBody)).toEqual([]);
  });

  // Fresh eyes: a short item in nynorsk had one of the quote list's words, and was saved as bokmål.
  it('is told in a short item by two words, when it has none of the other', () => {
    const short = { title: 'Kurs i Bergen', summary: 'Det vert kurs i partssamarbeid i Bergen i januar for alle kommunane.' };
    expect(languageProblems(news, { ...short, lang: 'nb' }, 'Det vert kurs i Bergen i januar.\n')).toEqual([
      { field: 'lang', message: expect.stringMatching(/^er «Bokmål», men teksten er skrevet på nynorsk \(«vert» og «kommunane»\)/) },
    ]);
    expect(languageProblems(news, { title: 'Kurs i Bergen', summary: 'Det blir kurs for alle kommuner og ansatte.', lang: 'nb' }, '')).toEqual([]);
  });

  it('is refused the other way too: bokmål marked as nynorsk', () => {
    expect(languageProblems(news, { title: 'Hva skjer', summary: 'Det ble ikke bare et prosjekt fra starten.', lang: 'nn' }, '')).toEqual([
      { field: 'lang', message: expect.stringMatching(/^er «Nynorsk», men teksten er skrevet på bokmål \(«hva», «ble» og «ikke»\); velg «Bokmål»/) },
    ]);
  });

  // Someone quoted in nynorsk in a bokmål text (Bømlo's project leader) is not the entry's language.
  it('leaves out quotations, block quotes and quote fields', () => {
    const quoting = { title: 'Bømlo prøvde ny turnus', summary: 'Prosjektlederen sa: «Me har ikkje sett noko liknande, og dei tilsette er nøgde.»' };
    expect(languageProblems(news, quoting, '> Dei vert med frå januar, og det er ikkje berre leiarane.\n\nDet ble et godt år.\n')).toEqual([]);
    expect(languageProblems(collectionJsonSchemas.stories, { title: 'Bømlo', summary: 'En turnus.', quotes: [{ text: 'Dei vert med frå januar, ikkje berre leiarane.', lang: 'nn' }] }, '')).toEqual([]);
  });

  it('is not looked for in an entry that has no «Språk»', () => {
    expect(languageProblems(collectionJsonSchemas.municipalities, { name: 'Bømlo', note: 'Dei vert med frå januar.' })).toEqual([]);
  });
});
