import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, type Problem } from './index.ts';
import { invisibleInValueMessage } from './invisible-in-values.ts';
import { contentFolder, edit } from './test-fixtures.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function problemsWith(changes: Record<string, string>): Promise<Problem[]> {
  const folder = await contentFolder(changes);
  cleanup = folder.cleanup;
  return checkContent(folder.root);
}

describe('a value pasted from Word with a character that does not show', () => {
  // Each was «har feil type; forventet et tall», «må være en id …» or ««pleie-og-omsorg» er ikke et av valgene» of a
  // value that looks right.
  it('is named in a number, an id and a choice, with what to write', async () => {
    const problems = await problemsWith({
      ...edit('stories/gloppen.mdx', 'municipalities: [gloppen]', 'municipalities: [gloppen\u00A0]\nperiod:\n  from: 2007\u00A0\n  to: 2009'),
    });
    const changed = await problemsWith({
      ...edit('stories/gloppen.mdx', 'sectors: [barnehage]', 'sectors: [barnehage\u200B]'),
    });
    const sources = await problemsWith({ ...edit('stories/gloppen.mdx', 'page: 24', 'page: 2\u00AD4') });
    expect(problems.map(({ field, message }) => [field, message])).toEqual([
      ['municipalities (nr. 1)', 'verdien «gloppen» har et usynlig tegn (hardt mellomrom, U+00A0) i seg, som ofte følger med tekst limt inn fra Word, og leses derfor ikke slik den ser ut; slett verdien og skriv den på nytt for hånd: gloppen'],
      ['period → from', expect.stringMatching(/^verdien «2007» har et usynlig tegn \(hardt mellomrom, U\+00A0\).*for hånd: 2007$/)],
    ]);
    expect(changed.map(({ field, message }) => [field, message])).toContainEqual(['sectors (nr. 1)', expect.stringMatching(/^verdien «barnehage» har et usynlig tegn \(mellomrom uten bredde, U\+200B\)/)]);
    expect(sources.map(({ field, message }) => [field, message])).toEqual([['sources (nr. 1) → page', expect.stringMatching(/^verdien «24» har et usynlig tegn \(myk bindestrek, U\+00AD\)/)]]);
  });

  it('is left to the schema in a text field, and when nothing is hidden in it', () => {
    expect(invisibleInValueMessage('too_big', 'Tittel\u00A0med hardt mellomrom')).toBeUndefined();
    expect(invisibleInValueMessage('invalid_type', 'ti')).toBeUndefined();
    expect(invisibleInValueMessage('invalid_type', 2007)).toBeUndefined();
    expect(invisibleInValueMessage('invalid_type', '20\t07')).toMatch(/«20 07» har et usynlig tegn \(tabulator, U\+0009\)/);
  });
});
