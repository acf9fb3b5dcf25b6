import { describe, expect, it } from 'vitest';
import { formatNumber, tableNumberFormat } from '../lib/number-format.ts';
import { barSummary, changeSummary, lineSummary } from './summary.ts';

const format = (n: number) => formatNumber(n, 1);

describe('lineSummary', () => {
  it('gives each series its first and last known value with their periods', () => {
    expect(
      lineSummary(
        ['Q4 07–Q3 08', 'Q3 08–Q2 09', 'Q4 08–Q3 09'],
        [
          { label: 'Kommuner i programmet', values: [10.3, 10.2, 10.2] },
          { label: 'Lillehammer', values: [null, 11.5, null] },
        ],
        format,
      ),
    ).toBe('Kommuner i programmet: fra 10,3 (Q4 07–Q3 08) til 10,2 (Q4 08–Q3 09). Lillehammer: bare ett tall, 11,5 (Q3 08–Q2 09).');
  });

  // Ullensaker's «11,0» (the table's and the source's) was «11» in the chart's text.
  it('writes each number as its column in the table does', () => {
    const series = [
      { label: 'Ullensaker', values: [10.8, 11] },
      { label: 'Mandal', values: [7, 7.7] },
    ];
    expect(lineSummary(['2008', '2009'], series, tableNumberFormat(series))).toBe('Ullensaker: fra 10,8 (2008) til 11,0 (2009). Mandal: fra 7,0 (2008) til 7,7 (2009).');
  });
});

describe('changeSummary', () => {
  it('counts and names rows that went down, up or stayed level, and those with one value', () => {
    const text = changeSummary(
      [
        { label: 'Notodden', values: [13.9, 12.1] },
        { label: 'Mandal', values: [6.9, 7.7] },
        { label: 'Tana', values: [11.4, 11.4] },
        { label: 'Nesodden', values: [10.4, null] },
        { label: 'Lillehammer', values: [null, 12.2] },
      ],
      format,
      { label: 'Snittet', values: [10.6, 9.6] },
    );
    expect(text).toBe(
      'Fra første til siste tall gikk verdien ned for 1 av 3 (Notodden), opp for 1 (Mandal) og var lik for 1 (Tana). Nesodden og Lillehammer har bare ett tall som kan plasseres i tabellen. Snittet gikk fra 10,6 til 9,6.',
    );
  });
});

describe('barSummary', () => {
  it('names the largest and smallest, with ties and lower bounds', () => {
    expect(barSummary([{ label: 'Barnehage', value: 40 }, { label: 'Grunnskole', value: 110 }, { label: 'SFO', value: null }], format)).toBe(
      'Størst: Grunnskole (110). Minst: Barnehage (40).',
    );
    expect(barSummary([{ label: 'A', value: 4 }, { label: 'B', value: 4 }, { label: 'C', value: 9 }], format, true)).toBe('Størst: C (over 9). Minst: A og B (over 4).');
    expect(barSummary([{ label: 'A', value: null }], format)).toBe('Ingen av tallene er bevart i kilden.');
  });

  it('puts a value after a label that ends in a parenthesis as one aside, not a second parenthesis', () => {
    const rows = [{ label: 'Kvalitetskonferansen 2008', value: 500 }, { label: 'Sykefraværskonferansene 2010 (fem konferanser til sammen)', value: 900 }];
    expect(barSummary(rows, format, true)).toBe('Størst: Sykefraværskonferansene 2010, over 900 (fem konferanser til sammen). Minst: Kvalitetskonferansen 2008 (over 500).');
  });
});

// «Kort fortalt» on /tall/ said flatly «Snitt gikk fra 10,6 til 9,6» while the table's note says the 9,6 is lower than the rows suggest.
describe('a summary carries the note on the figures it uses', () => {
  const note =
    'Bare den første perioden er beskrevet (4. kvartal 2005 til og med 3. kvartal 2006). For Nesodden står tallene 10,4, 10,1 og 9,8. Snittet i siste kolonne (9,6) er lavere enn tallene i radene skulle tilsi. Rapporten sier ikke noe om dette.';

  it('quotes the sentence of the note that names a figure in the summary', () => {
    const text = changeSummary([{ label: 'Notodden', values: [13.9, 12.1] }], format, { label: 'Snitt', values: [10.6, 9.6] }, note);
    expect(text).toContain('Snitt gikk fra 10,6 til 9,6. Merk: Snittet i siste kolonne (9,6) er lavere enn tallene i radene skulle tilsi.');
    expect(text).not.toContain('Nesodden');
    expect(text).not.toContain('kvartal');
  });

  it('does so for line and bar summaries too, matching whole figures only (19,6 is not 9,6, «3. kvartal» is not 3)', () => {
    expect(lineSummary(['2008', '2009'], [{ label: 'Snitt', values: [10.6, 9.6] }], format, note)).toMatch(/Merk: Snittet i siste kolonne \(9,6\)/);
    const bars = barSummary([{ label: 'A', value: 19.6 }, { label: 'B', value: 3 }], format, false, note);
    expect(bars).not.toContain('Snittet');
    expect(bars).toBe('Størst: A (19,6). Minst: B (3).');
  });

  it('adds nothing when the note names none of the figures, or there is no note', () => {
    expect(lineSummary(['2008', '2009'], [{ label: 'A', values: [1.5, 2.5] }], format, 'Tallene er avrundet.')).toBe('A: fra 1,5 (2008) til 2,5 (2009).');
    expect(lineSummary(['2008', '2009'], [{ label: 'A', values: [1.5, 2.5] }], format)).toBe('A: fra 1,5 (2008) til 2,5 (2009).');
  });
});
