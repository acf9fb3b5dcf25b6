// The hints the CMS page shows by the new-item switch's state (schemas/new-item.ts switchedHints, sent by
// start-script.ts): with «Nytt eksempel fra sekretariatet» on, «Kilder» and a quote's «Hvem sa det» spoke of the
// programme's documents and the final report.
import { describe, expect, it } from 'vitest';
import { startScript } from './start-script.ts';
import { collectionFields } from './config.ts';

const settings = JSON.parse(/^window\.kompetansebankenCms = (.*);$/m.exec(startScript({ checkAfterSave: true }))![1]!);
const hints = (collection: string) => settings.newItemRules[collection].hints;
const hintOf = (fields: ReturnType<typeof collectionFields>, name: string): string | undefined => {
  for (const f of fields) {
    if (f.name === name && f.hint) return f.hint;
    const found = hintOf([...(f.fields ?? []), ...(f.field ? [f.field] : []), ...(f.types ?? []).flatMap((t) => t.fields ?? [])], name);
    if (found) return found;
  }
  return undefined;
};

describe('hints by the new-item switch', () => {
  it("a story's form has one for each field whose own hint holds only in the other state", () => {
    expect(Object.keys(hints('stories').whenNew).sort()).toEqual(['attribution', 'source', 'sources']);
    expect(Object.keys(hints('stories').whenArchive)).toEqual(['sourceText']);
    // The fields' own hints are the archive's (or, for the source in words, the new story's).
    expect(hintOf(collectionFields('stories'), 'attribution')).toContain('sluttrapporten');
    expect(hintOf(collectionFields('stories'), 'sources')).toMatch(/^Må fylles ut for et eksempel fra arkivet/);
    expect(hintOf(collectionFields('stories'), 'sourceText')).toMatch(/^Må fylles ut for et nytt eksempel/);
  });

  it('says with the switch on that no programme source is asked for, and off that the source in words is not used', () => {
    const { whenNew, whenArchive } = hints('stories');
    expect(whenNew.sources).toBe(
      'Trengs ikke for et eksempel som skrives nå («Nytt eksempel fra sekretariatet» er på). Fylles ut bare for et eksempel fra arkivet: minst én kilde (dokument og side).',
    );
    expect(whenNew.source).toBe('Brukes ikke i et nytt eksempel: la stå tomt, og skriv kilden i «Kilde (nytt eksempel)».');
    expect(whenNew.attribution).not.toMatch(/sluttrapport|kilden/);
    expect(whenArchive.sourceText).toMatch(/^Brukes bare i et nytt eksempel: la stå tomt\./);
  });

  it('news and newsletters have only «Kilder», in their own words', () => {
    expect(hints('news')).toEqual({
      whenNew: { sources: 'Trengs ikke for en sak som skrives nå («Ny sak fra sekretariatet» er på). Fylles ut bare for en sak fra arkivet: minst én kilde (dokument og side).' },
      whenArchive: {},
    });
    expect(hints('newsletters').whenNew.sources).toMatch(/^Trengs ikke for en utgave som skrives nå \(«Ny utgave fra sekretariatet» er på\)/);
  });
});
