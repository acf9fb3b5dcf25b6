// The figure table's messages, as the CMS shows them before a save and the check after it: Norwegian counts, the
// labels the form shows, and what to do there (fresh eyes: «har 1 verdier, men det er 2 kolonner», «(«bars»)»).
import { describe, expect, it } from 'vitest';
import { figureTableSchema, storySeries } from './figure-table.ts';

const table = (columns: string[], values: (number | null)[], chart?: object) => ({
  title: 'Kurs for deltakerkommunene',
  caption: 'Hvor mange kommuner som brukte de to kursene',
  unit: 'antall',
  columns,
  rows: [{ label: 'Kurs i statistisk prosesskontroll', values }],
  ...(chart ? { chart } : {}),
  sources: [{ doc: 'S002', page: 12 }],
});
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe('figure table messages', () => {
  it('says a row short of figures once, in Norwegian numbers, and that «Legg til: tall» fills it', () => {
    expect(messages(figureTableSchema.safeParse(table(['Kommuner', 'Deltakere'], [32])))).toEqual([
      'raden «Kurs i statistisk prosesskontroll» har 1 tall, men det er 2 kolonner: trykk «Legg til: tall» i raden til den har 2 tall (et tall som er tapt i kilden, kan stå tomt), eller fjern en kolonne',
    ]);
  });

  it('says which figure is one too many, and one column as «1 kolonne»', () => {
    expect(messages(figureTableSchema.safeParse(table(['Kommuner'], [32, 4, 5])))).toEqual([
      'raden «Kurs i statistisk prosesskontroll» har 3 tall, men det er 1 kolonne: fjern tall 2–3 med krysset ved det, eller legg til 2 kolonner',
    ]);
  });

  it('names the chart type by the label «Diagramtype» shows, and what to choose instead', () => {
    const [message] = messages(figureTableSchema.safeParse(table(['Kommuner', 'Deltakere'], [32, 40], { type: 'bars' })));
    expect(message).toBe(
      '«Stolpediagram (tabell med én kolonne)» kan bare vise en tabell med én kolonne, og denne har 2: velg «Linjediagram (én linje per rad)» eller «Ett lite linjediagram per rad» i «Diagramtype», eller fjern kolonner til det er én igjen',
    );
    expect(message).not.toMatch(/bars|line|small-multiples/);
  });

  it("says a story series' row by its periods", () => {
    const series = { caption: 'Sykefravær', unit: 'prosent', periods: ['1. måling', '2. måling', '3. måling'], rows: [{ label: 'Hele kommunen', values: [8.2] }], source: { doc: 'S002', page: 42 } };
    expect(messages(storySeries.safeParse(series))).toEqual([
      'raden «Hele kommunen» har 1 tall, men det er 3 perioder: trykk «Legg til: tall» i raden til den har 3 tall (et tall som er tapt i kilden, kan stå tomt), eller fjern 2 perioder',
    ]);
  });
});
