import { describe, expect, it } from 'vitest';
import { parseProportions, parseValues } from './parse.ts';

describe('parseValues', () => {
  it('reads one value a line, with or without a label', () => {
    const { points, problems, header } = parseValues('8,2\n7.9\n\n7,3\n');
    expect(problems).toEqual([]);
    expect(header).toBeUndefined();
    expect(points).toEqual([
      { line: 1, label: undefined, value: 8.2 },
      { line: 2, label: undefined, value: 7.9 },
      { line: 4, label: undefined, value: 7.3 },
    ]);
  });

  it('reads cells pasted from Excel (tabs), including a header row and a trailing tab', () => {
    const { points, problems, header } = parseValues('Måned\tSykefravær %\r\njan 2024\t8,2\t\r\nfeb 2024\t7,9');
    expect(problems).toEqual([]);
    expect(header).toEqual({ line: 1, cells: ['Måned', 'Sykefravær %'] });
    expect(points.map((p) => [p.label, p.value])).toEqual([
      ['jan 2024', 8.2],
      ['feb 2024', 7.9],
    ]);
  });

  it('reads semicolon-separated lines and spaces, keeping labels with spaces', () => {
    expect(parseValues('jan 2024;8,2').points[0]).toMatchObject({ label: 'jan 2024', value: 8.2 });
    expect(parseValues('uke 12 8,2 %').points[0]).toMatchObject({ label: 'uke 12', value: 8.2 });
  });

  it('names every line that is not a number, in Norwegian', () => {
    const { points, problems } = parseValues('8,2\n7,9\njan;åtte\nfeb;7,1\nmars;7..1');
    expect(points).toHaveLength(3);
    expect(problems).toEqual([
      { line: 3, message: 'Linje 3: «åtte» er ikke et tall. Skriv for eksempel 8,2.' },
      { line: 5, message: 'Linje 5: «7..1» er ikke et tall. Skriv for eksempel 8,2.' },
    ]);
  });

  it('treats only the first line as a possible header', () => {
    const { header, problems } = parseValues('8,2\nSnitt;x');
    expect(header).toBeUndefined();
    expect(problems[0]?.message).toMatch(/^Linje 2: /);
  });

  it('returns nothing for empty input', () => {
    expect(parseValues('  \n\n')).toEqual({ points: [], problems: [], header: undefined });
  });
});

describe('parseProportions', () => {
  it('reads a count and a denominator a line, with an optional label', () => {
    const { points, problems } = parseProportions('Måned;Dager;Mulige dager\njan;120;1 500\n95\t1400');
    expect(problems).toEqual([]);
    expect(points).toEqual([
      { line: 2, label: 'jan', count: 120, denominator: 1500 },
      { line: 3, label: undefined, count: 95, denominator: 1400 },
    ]);
  });

  it('names lines with a missing denominator, a count above the denominator, zero or negative numbers', () => {
    const { points, problems } = parseProportions('12;250\n17\n30;20\n3;0\n-1;10\nx;10');
    expect(points).toHaveLength(1);
    expect(problems.map((p) => p.message)).toEqual([
      'Linje 2: mangler nevner. Skriv antall og nevner på hver linje, for eksempel «12;250».',
      'Linje 3: antallet (30) kan ikke være større enn nevneren (20).',
      'Linje 4: nevneren må være større enn null.',
      'Linje 5: antallet kan ikke være negativt.',
      'Linje 6: «x» er ikke et tall. Skriv for eksempel 8,2.',
    ]);
  });

  it('accepts a count of zero', () => {
    expect(parseProportions('0;40').points[0]).toMatchObject({ count: 0, denominator: 40 });
  });
});
