import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../content-check/index.ts';
import { formatProblem } from '../content-check/problem.ts';
import { contentFolder } from '../content-check/test-fixtures.ts';
import { readYaml } from '../lib/yaml.ts';
import { eventSchema } from './event.ts';

/** A new event's fields with `more` over them, as its file would have them. */
const event = (more: Record<string, unknown>) => ({
  title: 'Nærværskonferansen',
  summary: 'Sekretariatet inviterer kommunene til en konferanse om nærvær.',
  kind: 'konferanse',
  date: '2026-12-10',
  end: '2026-12-11',
  newItem: true,
  ...more,
});

/** What the schema says, as «field: message». */
function problems(more: Record<string, unknown>): string[] {
  const result = eventSchema.safeParse(event(more));
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('an event’s «Når (fritekst)» against its dates', () => {
  // The tester's finding: «Torsdag 3. desember» beside 10.–11. desember was published side by side.
  it('refuses a day outside the dates, saying which and what to do', () => {
    expect(problems({ when: 'Torsdag 3. desember' })).toEqual([
      'when: nevner 3. desember, men datoene er 10.–11. desember 2026: rett datoen, eller skriv den i «Dato»/«Sluttdato». Er det en påmeldingsfrist, skriv den i «Påmeldingsfrist»',
    ]);
    expect(problems({ when: '1. desember (påmeldingsfrist)' })[0]).toMatch(/Er det en påmeldingsfrist, skriv den i «Påmeldingsfrist»$/);
    expect(problems({ when: '3.12.' })).toHaveLength(1);
    expect(problems({ when: '3. desember; 3. desember kl. 9' })).toHaveLength(1);
    expect(problems({ when: '03.12.2026' })).toHaveLength(1);
    expect(problems({ when: '10. desember 2027' })).toHaveLength(1);
    expect(problems({ when: '10.–12. desember' })).toEqual([
      'when: nevner 12. desember, men datoene er 10.–11. desember 2026: rett datoen, eller skriv den i «Dato»/«Sluttdato»',
    ]);
    expect(problems({ date: '2026-12-10', end: undefined, when: 'kl. 9–15 begge dager, 10. og 11. desember' })).toHaveLength(1);
  });

  it('accepts the event’s own days, however written', () => {
    for (const when of ['10.–11. desember', 'Torsdag 10. og fredag 11. desember', 'torsdag 10.12.–fredag 11.12.2026', '11. des. 2026', 'kl. 10.00–15.30 begge dager'])
      expect(problems({ when }), when).toEqual([]);
  });

  it('refuses a weekday that is not the day’s, where the year is known', () => {
    // 10.12.2026 is a Thursday.
    expect(problems({ when: 'Fredag 10. desember 2026' })).toEqual([
      'when: sier fredag 10. desember 2026, men 10. desember 2026 er en torsdag: rett ukedagen eller datoen',
    ]);
    // Without a year, the event's dates give it.
    expect(problems({ when: 'fredag 10. desember' })).toHaveLength(1);
    expect(problems({ when: 'laurdag 11.12.' })).toHaveLength(1);
    // A deadline's weekday too, where its year is written: 1.12.2026 is a Tuesday.
    expect(problems({ when: 'påmeldingsfrist fredag 1. desember 2026' })).toEqual([
      'when: sier fredag 1. desember 2026, men 1. desember 2026 er en tirsdag: rett ukedagen eller datoen',
    ]);
  });

  it('refuses a day the calendar does not have', () => {
    expect(problems({ date: '2026-11', end: undefined, when: '31. november' })).toEqual(['when: nevner 31. november, en dag som ikke finnes: rett datoen']);
  });

  it('leaves alone a deadline, a day moved from, and times', () => {
    for (const when of [
      'kl. 10.00–15.30 begge dager; påmeldingsfrist 1. desember 2026',
      'Påmeldingsfrist 1. desember',
      'Meld deg på innen 27. november',
      'Utsatt fra 3. desember',
      'kl. 10.12–15.30',
    ])
      expect(problems({ when }), when).toEqual([]);
  });

  it('reads a day against a date given by month or year as within it', () => {
    expect(problems({ date: '2026-12', end: undefined, when: '3. desember' })).toEqual([]);
    expect(problems({ date: '2010-03-17', end: '2010-04-29', when: '17. mars–29. april 2010' })).toEqual([]);
    expect(problems({ date: '2007', end: '2010', when: '3. desember 2008' })).toEqual([]);
    expect(problems({ date: '2026-12', end: undefined, when: '3. januar' })).toHaveLength(1);
  });
});

// Fresh eyes: «Dato» 2026-12-10 with «Sluttdato» 2026-12-09 was saved, passed the check and was published.
describe('an event’s end date', () => {
  it('is refused before the first day, alone (not with what «Når» and the deadline say against the wrong dates)', () => {
    expect(problems({ end: '2026-12-09', when: 'Torsdag 10. desember' })).toEqual([
      'end: er 9. desember 2026, før «Dato» (10. desember 2026): skriv arrangementets siste dag, eller la feltet stå tomt om det varte én dag',
    ]);
  });

  it('may be the first day, or a later month or year given as the first is', () => {
    expect(problems({ end: '2026-12-10' })).toEqual([]);
    expect(problems({ date: '2010-03', end: '2010' })).toEqual([]);
    expect(problems({ date: '2009', end: '2010-06' })).toEqual([]);
  });
});

describe('an event’s registration deadline', () => {
  it('may be before the event or on its last day', () => {
    expect(problems({ registrationDeadline: '2026-12-01' })).toEqual([]);
    expect(problems({ registrationDeadline: '2026-12-11' })).toEqual([]);
    expect(problems({ registrationDeadline: '2026-12' })).toEqual([]);
  });

  it('is refused after the event’s last day, saying what to do', () => {
    expect(problems({ registrationDeadline: '2026-12-12' })).toEqual([
      'registrationDeadline: er 12. desember 2026, etter arrangementets siste dag (11. desember 2026): fristen må være før arrangementet eller senest den dagen det holdes. Rett fristen, eller «Dato»/«Sluttdato» om det er de som er feil',
    ]);
    expect(problems({ end: undefined, registrationDeadline: '2027-01' })).toHaveLength(1);
  });

  it('is a date as «Dato» is', () => {
    expect(problems({ registrationDeadline: '1. desember' })[0]).toMatch(/^registrationDeadline: må være en dato/);
  });
});

// What `npm run check` (and so the build) tells the secretariat: the file, the field by its name in the CMS, what to do.
it('is what the content check says, naming the file and the field', async () => {
  const folder = await contentFolder({
    'events/konferanse.mdx': `---
title: Nærværskonferansen
summary: Sekretariatet inviterer kommunene til en konferanse om nærvær.
kind: konferanse
date: 2026-12-10
end: 2026-12-11
when: Torsdag 3. desember
registrationDeadline: 2026-12-14
newItem: true
---
Tekst.
`,
  });
  try {
    const problems = (await checkContent(folder.root)).map(formatProblem);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/events\/konferanse\.mdx.*«Når \(fritekst\)» \(when\): nevner 3\. desember, men datoene er 10\.–11\. desember 2026: rett datoen/s);
    expect(problems[1]).toMatch(/events\/konferanse\.mdx.*«Påmeldingsfrist» \(registrationDeadline\): er 14\. desember 2026, etter arrangementets siste dag/s);
  } finally {
    await folder.cleanup();
  }
}, 60_000);

// Read first, before the rule was written: none of the site's events may be refused by it.
it('refuses none of the events in content/', async () => {
  const folder = 'content/events';
  const files = (await readdir(folder)).filter((name) => name.endsWith('.mdx'));
  expect(files.length).toBeGreaterThan(5);
  for (const name of files) {
    const text = await readFile(join(folder, name), 'utf8');
    const data = readYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);
    const result = eventSchema.safeParse(data);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message), name).toEqual([]);
  }
});
