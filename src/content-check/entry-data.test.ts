import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bodyPlaceholderProblems, parseEntryData } from './entry-data.ts';

describe('placeholders left by `npm run new`, worded for the editor', () => {
  it('quotes the line from «FYLL UT» on, the mark included, and says what to do', () => {
    // Fresh eyes: «… ikke skrevet ferdig: fortsatt.» quoted only the words after the mark, and never named it.
    expect(bodyPlaceholderProblems('Første avsnitt.\n\nMer kommer. FYLL UT fortsatt.\n')).toEqual([
      { line: 3, message: 'teksten er ikke skrevet ferdig: linjen har fortsatt «FYLL UT fortsatt.»; skriv teksten ferdig, og ta bort «FYLL UT»' },
    ]);
    expect(bodyPlaceholderProblems('FYLL UT: skriv teksten')[0]?.message).toContain('«FYLL UT: skriv teksten»');
  });

  it('cuts a long line at 50 characters', () => {
    const [problem] = bodyPlaceholderProblems(`FYLL UT: ${'ord '.repeat(30)}`);
    expect(problem?.message).toContain('«FYLL UT: ord ord ord ord ord ord ord ord ord ord o…»');
  });

  it('names the mark a field still holds, with its hint, and refuses nothing else', async () => {
    const schema = z.object({ title: z.string(), owner: z.string() });
    const { placeholders, issues, data } = await parseEntryData(schema, { title: 'Solrommet', owner: 'FYLL UT: Prosjekteier' });
    expect(placeholders).toEqual([{ field: 'owner', message: 'er ikke fylt ut ennå: feltet har fortsatt merket «FYLL UT: Prosjekteier»; skriv det som skal stå der, i stedet for merket' }]);
    expect(issues).toEqual([]);
    expect(data).toBeUndefined();
    expect((await parseEntryData(schema, { title: 'Solrommet', owner: 'FYLL UT' })).placeholders[0]?.message).toContain('«FYLL UT»;');
  });
});
