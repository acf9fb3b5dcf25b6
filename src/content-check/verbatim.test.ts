// Issue 15: no run of 12 or more words copied from a source outside quote marks.
import { describe, expect, it } from 'vitest';
import type { SourceTexts } from './source-texts.ts';
import type { News } from '../schemas/publication.ts';
import type { ValidEntry } from './validate.ts';
import { checkVerbatim, ownText, sourceGrams, verbatimPassages } from './verbatim.ts';

const source = 'Ved aktiv bruk av hjemmesidene til barnehagen, kan foreldrene bruke denne som informasjonskilde til foreldreundervisningen.';
const grams = sourceGrams([source]);

describe('verbatimPassages', () => {
  it('finds 12 consecutive words taken from a source, whatever the case and punctuation', () => {
    const text = 'Barnehagen: ved aktiv bruk av Hjemmesidene til barnehagen kan foreldrene – bruke denne som kilde.';
    expect(verbatimPassages(text, grams)).toEqual(['ved aktiv bruk av hjemmesidene til barnehagen kan foreldrene bruke denne som']);
  });

  it('lets 11 words pass', () => {
    expect(verbatimPassages('Ved aktiv bruk av hjemmesidene til barnehagen kan foreldrene bruke denne.', grams)).toEqual([]);
  });

  it('lets a passage in quote marks or a blockquote pass', () => {
    const quoted = '«Ved aktiv bruk av hjemmesidene til barnehagen, kan foreldrene bruke denne som informasjonskilde»';
    expect(verbatimPassages(`Rapporten skriver ${quoted} (s. 24).`, grams)).toEqual([]);
    expect(verbatimPassages(`> Ved aktiv bruk av hjemmesidene til barnehagen, kan foreldrene bruke denne som kilde`, grams)).toEqual([]);
  });

  it('reads list items as runs of their own, so a list of names is not one copied sentence', () => {
    const names = sourceGrams(['Samarbeid mellom skole og hjem Kjennskap til læringsarbeidet Syn på læring Undervisningspraksis']);
    expect(verbatimPassages('- Samarbeid mellom skole og hjem\n- Kjennskap til læringsarbeidet\n- Syn på læring\n- Undervisningspraksis', names)).toEqual([]);
    expect(verbatimPassages('Samarbeid mellom skole og hjem, kjennskap til læringsarbeidet, syn på læring, undervisningspraksis', names)).toHaveLength(1);
  });

  it('reads the frontmatter without its quotes and project name', () => {
    const data = { summary: 'Kort.', quotes: [{ text: source }], projectName: source };
    expect(verbatimPassages(ownText(data), grams)).toEqual([]);
    expect(verbatimPassages(ownText({ summary: source }), grams)).toHaveLength(1);
  });
});

describe('checkVerbatim', () => {
  const sources: SourceTexts = { missing: [], around: (doc) => (doc === 'S002' ? `24 ${source}` : undefined) };
  // Only the fields the check reads; it reads every field the same way.
  const entry = (data: Record<string, unknown>, body = ''): ValidEntry => ({ collection: 'news', id: 'x', file: 'content/news/x.mdx', data: data as News, body });

  it('names the field of a copied passage in the frontmatter, and the line of one in the text', () => {
    const body = '\n\n\nTekst.\nVed aktiv bruk av hjemmesidene til barnehagen, kan foreldrene\nbruke denne som informasjonskilde.';
    const problems = checkVerbatim([entry({ title: 'Kort', summary: source }, body)], sources);
    expect(problems.map(({ field, line }) => ({ field, line }))).toEqual([{ field: 'summary', line: undefined }, { field: undefined, line: 5 }]);
    expect(problems[1]?.message).toBe(
      '13 ord på rad står ordrett i kildene: «ved aktiv bruk av hjemmesidene til barnehagen kan foreldrene bruke denne som informasjonskilde». ' +
        'Sett ordene i anførselstegn og oppgi kilden, eller skriv det med egne ord',
    );
  });

  it('accepts the same words in quote marks and in the quotes field', () => {
    expect(checkVerbatim([entry({ quotes: [{ text: source }] }, `Rapporten skriver «${source}»`)], sources)).toEqual([]);
  });
});
