import { describe, expect, it } from 'vitest';
import { iChart, pChart, runChart } from './charts.ts';
import { parseProportions, parseValues } from './parse.ts';
import { sickLeaveExample } from './sick-leave-example.ts';
import { displayRows, signalsByPoint, toCsv } from './table.ts';

const sickLeave = parseValues(sickLeaveExample).points;

describe('the chart as a table', () => {
  it('shows an I-chart with moving ranges, limits and signals per month', () => {
    const { headers, rows } = displayRows(iChart(sickLeave, 12));
    expect(headers).toEqual(['Nr.', 'Periode', 'Verdi', 'Glidende variasjonsbredde', 'Midtlinje', 'Nedre grense', 'Øvre grense', 'Grunnlag', 'Signal']);
    expect(rows[0]).toEqual(['1', 'jan 2022', '8,4', '', '8,3', '6,7', '9,9', 'ja', '']);
    expect(rows[20]).toEqual(['21', 'sep 2023', '6,6', '0,5', '8,3', '6,7', '9,9', 'nei', 'utenfor grensene, skift']);
  });

  it('shows a p-chart in per cent', () => {
    const { headers, rows } = displayRows(pChart(parseProportions('jan;10;100\nfeb;20;200').points));
    expect(headers.slice(2, 5)).toEqual(['Antall', 'Nevner', 'Andel (%)']);
    expect(rows[0]?.slice(0, 6)).toEqual(['1', 'jan', '10', '100', '10', '10']);
  });

  it('shows the values as typed, not rounded to two decimals', () => {
    const values = parseValues('uke 1\t0,125\nuke 2\t0,25\nuke 3\t0,5\nuke 4\t0,0625').points;
    const iRows = displayRows(iChart(values, 4)).rows;
    expect(iRows.map((row) => row[2])).toEqual(['0,125', '0,25', '0,5', '0,0625']);
    expect(iRows[1]?.[3]).toBe('0,125');
    expect(displayRows(runChart(values, 4)).rows[0]?.[3]).toBe('0,1875');
    // Differences of one-decimal values have no floating-point tail.
    expect(displayRows(iChart(parseValues('a\t8,4\nb\t8,3\nc\t8,5').points, 3)).rows[1]?.[3]).toBe('0,1');
  });

  // A 20-month paste on /verktoy/spc/lag-diagram/ read «utenfor grensene, trend, trend» where one trend turned into another.
  it('names each signal of a point once, also where a rising trend turns into a falling one', () => {
    const turning = parseValues([1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1].map((v, i) => `m${i + 1}\t${v}`).join('\n')).points;
    const result = iChart(turning, 13);
    expect(result.signals.filter((s) => s.rule === 'trend' && s.points.includes(6))).toHaveLength(2);
    expect(signalsByPoint(result)[6]).toEqual(['utenfor grensene', 'trend']);
    expect(displayRows(result).rows[6]?.at(-1)).toBe('utenfor grensene, trend');
    expect(toCsv(result)).not.toMatch(/trend, trend/);
  });

  it('writes a negative number with a minus sign on the page and a hyphen in the CSV, which Excel reads', () => {
    const negative = parseValues('a\t-3,26\nb\t-1\nc\t2').points;
    const result = iChart(negative, 3);
    expect(displayRows(result).rows[0]?.[2]).toBe('\u22123,26');
    expect(toCsv(result)).toContain('-3,26');
    expect(toCsv(result)).not.toContain('\u2212');
  });

  it('lists the signals each point is part of', () => {
    const byPoint = signalsByPoint(runChart(sickLeave, 12));
    expect(byPoint[11]).toEqual([]);
    expect(byPoint[12]).toEqual(['uvanlig lang serie']);
  });
});

describe('toCsv', () => {
  it('writes semicolon-separated lines with decimal commas and a byte order mark for Excel', () => {
    const csv = toCsv(iChart(sickLeave, 12));
    expect(csv.startsWith('\ufeffNr.;Periode;Verdi;Glidende variasjonsbredde;Midtlinje;Nedre grense;Øvre grense;Grunnlag;Signal\r\n')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(25);
    expect(lines[21]).toBe('21;sep 2023;6,6;0,5;8,3;6,704;9,896;nei;utenfor grensene, skift');
  });

  it('quotes a label with a semicolon or quote in it', () => {
    const csv = toCsv(runChart(parseValues('uke "1"\t5\nuke 2\t6').points));
    expect(csv).toContain('\r\n1;"uke ""1""";5;');
  });
});
