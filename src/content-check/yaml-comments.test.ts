import { describe, expect, it } from 'vitest';
import { findValueComments } from './yaml-comments.ts';

// «title: Nyhetsbrev #3» was the title «Nyhetsbrev»: the check said only that the file was not in the CMS's form, and
// its `--fix` deleted «#3» for good.
describe('findValueComments', () => {
  it('names a «#» after a value, in a field and a list, with the value in quotes, by the file line', () => {
    expect(findValueComments('title: Nyhetsbrev #3\nthemes:\n  - ledelse #ny\n', 1)).toEqual([
      { line: 2, message: 'det som står fra # på linjen («#3»), leses som en kommentar og kommer ikke med på siden; sett hele verdien i anførselstegn: title: "Nyhetsbrev #3"' },
      { line: 4, message: expect.stringMatching(/\(«#ny»\).*: - "ledelse #ny"$/) },
    ]);
  });

  it('quotes a value with double quotes in single ones', () => {
    expect(findValueComments('title: Prosjektet "Nær" #2', 0)[0]?.message).toMatch(/: title: 'Prosjektet "Nær" #2'$/);
  });

  it('leaves a «#» inside quotes, inside a word, in a block of text, and a comment on a line of its own', () => {
    expect(findValueComments('title: "Nyhetsbrev #3"\nsummary: Sak#3 og C#\nbody: |\n  tekst #ikke\n# en merknad\nkind: nyhet\n', 0)).toEqual([]);
  });
});
