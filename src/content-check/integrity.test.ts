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

// A press release changed into a news item, or a file added through git, left a gap in the numbers that only the
// CMS knew of (it refused a number that skipped others): the check names it now, at the entry after the gap.
describe('a gap in a numbered series', () => {
  const release = (id: string, number: number | undefined) =>
    ({ collection: 'news', id, file: `content/news/${id}.mdx`, data: { title: id, kind: number === undefined ? 'nyhet' : 'pressemelding', number } }) as unknown as ValidEntry;
  const issue = (number: number) => ({ collection: 'newsletters', id: `nr-${number}`, file: `content/newsletters/nr-${number}.mdx`, data: { title: `Nr. ${number}`, issue: number } }) as unknown as ValidEntry;
  const gaps = (entries: ValidEntry[]) => checkIntegrity(entries).filter((p) => p.message.includes('mangler'));

  it('is none when the numbers run 1, 2, 3 … (news items have none)', () => {
    expect(gaps([release('a', 1), release('b', 2), release('c', undefined), release('d', 3), issue(1), issue(2)])).toEqual([]);
  });

  it('in the press releases is named at the release after it, with the missing number and how to close it', () => {
    // Nr. 2 of four changed into a news item.
    expect(gaps([release('a', 1), release('b', undefined), release('c', 3), release('d', 4)])).toEqual([
      {
        file: 'content/news/c.mdx',
        field: 'number',
        message:
          'nr. 2 mangler: ingen pressemelding har det nummeret, og pressemeldingene skal ha nummer 1, 2, 3 … uten hull. Rett det slik: gi denne pressemeldingen nr. 2, og dem etter den 1 lavere hver, eller gjør den som hadde nr. 2, til pressemelding igjen',
      },
    ]);
    expect(gaps([release('a', 1), release('d', 4)]).map((p) => [p.file, p.message.slice(0, p.message.indexOf(':'))])).toEqual([['content/news/d.mdx', 'nr. 2–3 mangler']]);
    expect(gaps([release('a', 1), release('d', 4)])[0]!.message).toContain('gi denne pressemeldingen nr. 2, eller');
  });

  it('in the newsletters is named at the issue after it, saying to make the missing issue (a newsletter keeps its number)', () => {
    const [problem, ...rest] = gaps([issue(1), issue(2), issue(4)]);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/newsletters/nr-4.mdx', field: 'issue' });
    expect(problem!.message).toMatch(/^nr\. 3 mangler: ikke noe nyhetsbrev har det nummeret, .* lag nyhetsbrevet nr\. 3,/);
  });
});
