// Issue 15: no run of 12 or more words copied from a source outside quote marks.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadContent } from './load.ts';
import { ownText, sourceGrams, verbatimPassages } from './verbatim.ts';

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

describe('the content in content/', () => {
  it('has no passage of 12 or more words copied from a source outside quote marks', async () => {
    const texts = await Promise.all(['S000', 'S001', 'S002', 'S003', 'S004'].map((doc) => readFile(`content/sources/${doc}.txt`, 'utf8')));
    const all = sourceGrams(texts);
    const { entries } = await loadContent('content');
    const copied = entries.flatMap((entry) => verbatimPassages(ownText(entry.data, entry.body), all).map((passage) => `${entry.file}: «${passage}»`));
    expect(copied).toEqual([]);
  }, 60_000); // reads every source and entry; slow on a busy machine
});
