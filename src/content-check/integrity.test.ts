import { describe, expect, it } from 'vitest';
import { checkIntegrity } from './integrity.ts';
import type { ValidEntry } from './validate.ts';

// /sykefravaer/dialogmoter/ linked «eksempelet fra Hægebostad», whose page did not link back to the point.
describe('a point linking to a case story', () => {
  const point = (body: string) =>
    ({ collection: 'sickLeavePoints', id: 'dialogmoter', file: 'content/sick-leave-points/dialogmoter.mdx', data: { number: 6, title: 'Dialogmøter' }, body, bodyStartLine: 6 }) as unknown as ValidEntry;
  const story = (points: number[]) =>
    ({ collection: 'stories', id: 'haegebostad-sykefravaer', file: 'content/stories/haegebostad-sykefravaer.mdx', data: { title: 'Hægebostad', sickLeavePoints: points, municipalities: [], tools: [] } }) as unknown as ValidEntry;
  const body = '\n\n\n\n\nTekst.\nLes [eksempelet fra Hægebostad](/eksempler/haegebostad-sykefravaer/).\n';
  const oneWay = (entries: ValidEntry[]) => checkIntegrity(entries).filter((p) => p.message.includes('Punkter mot sykefravær'));

  it('is reported at the link when the story does not name the point, saying where to add it', () => {
    const [problem, ...rest] = oneWay([point(body), story([1])]);
    expect(rest).toEqual([]);
    // In the text's field, named as the CMS names it (its notice said «Linje 58 i feltet «undefined»»: fresh eyes).
    expect(problem).toMatchObject({ file: 'content/sick-leave-points/dialogmoter.mdx', field: 'body', label: 'Tekst (Markdown)', line: 7, textLine: 2 });
    expect(problem!.message).toContain('punkt 6');
    expect(problem!.message).toContain('content/stories/haegebostad-sykefravaer.mdx');
  });

  it('is fine when the story names the point', () => {
    expect(oneWay([point(body), story([1, 6])])).toEqual([]);
  });
});
