import { describe, expect, it } from 'vitest';
import { textWidth } from '../charts/label-placement.ts';
import { periodOf, roundSteps, xLabels } from './x-labels.ts';

const numbered = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
const months = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'];
const monthly = (n: number, from = 0, year = 2020) => Array.from({ length: n }, (_, i) => `${months[(from + i) % 12]} ${year + Math.floor((from + i) / 12)}`);
const shown = (labels: string[], spacing: number) => xLabels(labels, spacing, 12).map((l) => l.text);

/** Labels that overlap, or stand closer than 8 px, centred under points `spacing` px apart. */
function crowded(labels: string[], spacing: number): string[] {
  const shownLabels = xLabels(labels, spacing, 12);
  return shownLabels.slice(1).flatMap((label, k) => {
    const before = shownLabels[k]!;
    const room = (label.index - before.index) * spacing - (textWidth(before.text, 12) + textWidth(label.text, 12)) / 2;
    return room < 8 ? [`${before.text} / ${label.text}`] : [];
  });
}

describe('roundSteps', () => {
  it('counts 1, 2, 5, 10, 20, 25, 50, 100 …', () => {
    expect(roundSteps(1000).slice(0, 12)).toEqual([1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000]);
    expect(roundSteps(7)).toEqual([1, 2, 5, 10, 20, 25, 50]);
  });
});

describe('xLabels', () => {
  // Fresh eyes: 200 points at 375 px were labelled «1 23 45 67 …».
  it('labels numbered points at a round step, and the first where it has room', () => {
    expect(shown(numbered(200), 280 / 200)).toEqual(['1', '25', '50', '75', '100', '125', '150', '175', '200']);
    expect(shown(numbered(200), 900 / 200)).toEqual(['1', '10', '20', '30', '40', '50', '60', '70', '80', '90', '100', '110', '120', '130', '140', '150', '160', '170', '180', '190', '200']);
    expect(shown(numbered(24), 220 / 24)).toEqual(['1', '5', '10', '15', '20']);
    expect(shown(numbered(12), 900 / 12)).toEqual(numbered(12));
    // Where «1» has no room before the first round number, it is left out.
    expect(shown(numbered(20), 240 / 20)).toEqual(['2', '4', '6', '8', '10', '12', '14', '16', '18', '20']);
  });

  it('never lets labels overlap, at any width, for numbers, months and other labels', () => {
    const series = [numbered(7), numbered(60), numbered(200), numbered(1000), monthly(24), monthly(60, 2), Array.from({ length: 40 }, (_, i) => `Avdeling ${String.fromCharCode(65 + (i % 26))}${i}`)];
    for (const labels of series)
      for (const plot of [140, 200, 280, 500, 900]) expect(crowded(labels, plot / labels.length), `${labels[0]}…, ${plot} px`).toEqual([]);
  });

  it('labels months every 1, 2, 3, 6 or 12 months counted from a January, then every few years, by the year alone', () => {
    expect(shown(monthly(24), 900 / 24)).toEqual(['jan 2020', 'mar 2020', 'mai 2020', 'jul 2020', 'sep 2020', 'nov 2020', 'jan 2021', 'mar 2021', 'mai 2021', 'jul 2021', 'sep 2021', 'nov 2021']);
    // At steps of whole years, the year alone: «jan 2020» every 24 months would leave 2021 and 2023 out.
    expect(shown(monthly(60), 280 / 60)).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(shown(monthly(60), 140 / 60)).toEqual(['2020', '2022', '2024']);
    expect(shown(monthly(60), 900 / 60)).toEqual(['jan 2020', 'jul 2020', 'jan 2021', 'jul 2021', 'jan 2022', 'jul 2022', 'jan 2023', 'jul 2023', 'jan 2024', 'jul 2024']);
    // A series from March: the first month, whole, then the years.
    expect(shown(monthly(36, 2), 300 / 36)).toEqual(['mar 2020', '2021', '2022', '2023']);
    // Months without years, as «jan … des, jan …».
    expect(shown(monthly(24).map((m) => m.split(' ')[0]!), 300 / 24)).toEqual(['jan', 'apr', 'jul', 'okt', 'jan', 'apr', 'jul', 'okt']);
  });

  it('labels weeks at round week numbers, also across a new year', () => {
    const weeks = Array.from({ length: 30 }, (_, i) => `uke ${((40 + i - 1) % 52) + 1}`);
    expect(shown(weeks, 280 / 30)).toEqual(['uke 40', 'uke 50', 'uke 10']);
  });

  it('labels other labels from the first, at a round step', () => {
    const units = Array.from({ length: 30 }, (_, i) => `Enhet ${String.fromCharCode(65 + (i % 26))}`);
    expect(xLabels(units, 300 / 30, 12).map((l) => l.index)).toEqual([0, 10, 20]);
  });
});

describe('periodOf', () => {
  it.each([
    ['jan 2024', { cycle: 12, index: 0, year: 2024 }],
    ['januar 2024', { cycle: 12, index: 0, year: 2024 }],
    ['mars', { cycle: 12, index: 2, year: undefined }],
    ['jan.24', { cycle: 12, index: 0, year: 2024 }],
    ['Des 23', { cycle: 12, index: 11, year: 2023 }],
    ['2024-03', { cycle: 12, index: 2, year: 2024 }],
    ['2024M03', { cycle: 12, index: 2, year: 2024 }],
    ['03.2024', { cycle: 12, index: 2, year: 2024 }],
    ['K2 2024', { cycle: 4, index: 1, year: 2024 }],
    ['2024K2', { cycle: 4, index: 1, year: 2024 }],
    ['2. kvartal 2024', { cycle: 4, index: 1, year: 2024 }],
    ['3. tertial 2023', { cycle: 3, index: 2, year: 2023 }],
  ])('reads «%s»', (label, period) => {
    expect(periodOf(label)).toEqual(period);
  });

  it.each(['uke 12', '2024', '2024-13', '01.03.2024', 'Avdeling A', 'K5 2024'])('reads «%s» as no month, quarter or tertial', (label) => {
    expect(periodOf(label)).toBeUndefined();
  });
});
