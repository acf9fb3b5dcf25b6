import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { storySchema } from '../schemas/story.ts';
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

// A field written by hand with a name the schema lacks («summery:», the CMS label «ingress:», «lable:» in a key figure)
// was zod's «Ukjent nøkkel: "summery"» of the whole entry: no line, and no word on what to write.
describe('fields the schema does not have', () => {
  const story = storySchema(() => z.string());
  const valid = { title: 'Solrommet', summary: 'Sola arbeidet med lys og luft i sykehjemmet.', municipalities: ['sola'], sectors: ['pleie-og-omsorg'], themes: ['arbeidsmiljo'], levels: ['system'], newItem: true };

  it('names each by itself, as a field, with the field its spelling or its CMS label is nearest', async () => {
    const { issues } = await parseEntryData(story, { ...valid, summery: 'x', ingress: 'y', foo: 1, keyFigures: [{ value: '9', lable: 'z', sourceText: 'Kilde' }] });
    expect(issues).toEqual(
      expect.arrayContaining([
        { field: 'summery', message: 'er ikke et felt her; rett navnet til «summary» («Ingress» i CMS-et), eller ta bort linjen' },
        { field: 'ingress', message: 'er ikke et felt her; rett navnet til «summary» («Ingress» i CMS-et), eller ta bort linjen' },
        { field: 'foo', message: expect.stringMatching(/^er ikke et felt her; ta bort linjen, eller rett navnet til et av feltene som står i redaktørveiledningen/) },
        { field: 'keyFigures (nr. 1) → lable', message: expect.stringMatching(/^er ikke et felt her; rett navnet til «label» \(«[^»]+» i CMS-et\), eller ta bort linjen$/) },
      ]),
    );
    expect(issues.map(({ message }) => message).join('\n')).not.toMatch(/Ukjent nøkkel/);
  });
});
