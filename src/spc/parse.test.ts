import { describe, expect, it } from 'vitest';
import { parseProportions, parseValues } from './parse.ts';

describe('parseValues', () => {
  it('reads one value a line, with or without a label, blank lines before and after left out', () => {
    const { points, problems, header } = parseValues('\n8,2\n7.9\n7,3\n\n');
    expect(problems).toEqual([]);
    expect(header).toBeUndefined();
    expect(points).toEqual([
      { line: 2, label: undefined, value: 8.2 },
      { line: 3, label: undefined, value: 7.9 },
      { line: 4, label: undefined, value: 7.3 },
    ]);
  });

  // Fresh eyes: an empty line, which a copy from Excel often has, was refused («Linje 3 er tom»), and nothing drawn.
  it('skips an empty line between the data, keeping every number, and says so in a note', () => {
    const { points, problems, notes } = parseValues('8,2\n7,9\n\n8,1\n8,8');
    expect(problems).toEqual([]);
    expect(points.map((p) => p.value)).toEqual([8.2, 7.9, 8.1, 8.8]);
    expect(notes).toEqual(['Linje 3 var tom og er hoppet over.']);
    expect(parseValues('jan\t8,2\n\t\nfeb\t7,9\n   \nmar\t8,1').notes).toEqual(['Linje 2 og 4 var tomme og er hoppet over.']);
    const spaced = parseValues(Array.from({ length: 8 }, (_, i) => `${i + 1}`).join('\n\n'));
    expect(spaced.points).toHaveLength(8);
    expect(spaced.notes).toEqual(['7 tomme linjer er hoppet over (den første er linje 2).']);
    // Empty lines before and after the data change nothing, and are not mentioned.
    expect(parseValues('\n\n8,2\n7,9\n\n').notes).toEqual([]);
  });

  it('skips periods whose number is left empty (months to come), keeping the others, and names them in a note', () => {
    const { points, problems, notes } = parseValues('Måned\tSykefravær\njan 2024\t8,2\nfeb 2024\t\nmar 2024\t7,9\napr 2024\t\nmai 2024\t\njun 2024\t');
    expect(problems).toEqual([]);
    expect(points.map((p) => [p.label, p.value])).toEqual([['jan 2024', 8.2], ['mar 2024', 7.9]]);
    expect(notes).toEqual(['Linje 3 og 5–7 («feb 2024», «apr 2024», «mai 2024» og 1 til) har ikke tall og er hoppet over.']);
    expect(parseValues('jan\t8,2\nfeb\t\nmar\t8,1').notes).toEqual(['Linje 2 («feb») har ikke tall og er hoppet over.']);
    // Typed with spaces, «feb 2024» without its number was read as «feb» with the value 2024.
    const spaced = parseValues('jan 2024 8,2\nfeb 2024\nmar 2024 8,1\napr 2024 7,9');
    expect(spaced.points.map((point) => [point.label, point.value])).toEqual([['jan 2024', 8.2], ['mar 2024', 8.1], ['apr 2024', 7.9]]);
    expect(spaced.notes).toEqual(['Linje 2 («feb 2024») har ikke tall og er hoppet over.']);
    // A year as the number where the periods have none is a number («2024» cars in «jan»).
    expect(parseValues('jan 2024\nfeb 1980\nmar 2010').points.map((point) => point.value)).toEqual([2024, 1980, 2010]);
  });

  it('says so when only periods were pasted, without their numbers', () => {
    expect(parseValues('Måned\tVerdi\njan 2024\t\nfeb 2024\t').problems.map((p) => p.message)).toEqual([
      'Ingen av linjene har tall, bare perioder (for eksempel «jan 2024»). Lim inn kolonnen med tallene også.',
    ]);
  });

  // Fresh eyes: the shapes a column takes when it is copied from Excel or a report, each read whole.
  it.each([
    ['a trailing tab on each line', '8,2\t\n7,9\t\n8,1\t', [8.2, 7.9, 8.1]],
    ['a header row, tabs and Windows line ends', 'Måned\tSykefravær %\r\njan 2024\t8,2\r\nfeb 2024\t7,9\r\n', [8.2, 7.9]],
    ['old Mac line ends', '8,2\r7,9\r8,1', [8.2, 7.9, 8.1]],
    ['a no-break space between thousands', 'jan\t1\u00A0234\nfeb\t1\u00A0310', [1234, 1310]],
    ['a narrow no-break space or thin space between thousands', '1\u202F234\n1\u2009310', [1234, 1310]],
    ['a space between thousands', '1 234\n1 310\n998', [1234, 1310, 998]],
    ['per cent with a space', '12,5 %\n11,0 %\n13,2 %', [12.5, 11, 13.2]],
    ['per cent with a no-break space, as Excel copies it', 'jan\t12,5\u00A0%\nfeb\t11,0\u00A0%', [12.5, 11]],
    ['a minus sign (U+2212)', 'jan\t\u22121,5\nfeb\t2\n\u22120,5', [-1.5, 2, -0.5]],
    ['a minus sign set apart from its number', '\u2212 1,5\n- 2\njan \u2212 0,5', [-1.5, -2, -0.5]],
    // A column of changes was refused at «+1,5».
    ['changes with their plus signs', 'jan\t+1,5\nfeb\t-0,5\nmar +0,25\n+2', [1.5, -0.5, 0.25, 2]],
    ['a header, empty lines and a period to come, as a year\'s sheet is copied', 'Måned\tSykefravær %\r\n\r\njan\t8,2\t\r\nfeb\t7,9\t\r\n\r\nmar\t8,1\t\r\napr\t\t\r\n', [8.2, 7.9, 8.1]],
  ])('reads %s', (_, text, values) => {
    const { points, problems } = parseValues(text);
    expect(problems).toEqual([]);
    expect(points.map((p) => p.value)).toEqual(values);
  });

  it('keeps a dash after a label as what parts it from the number', () => {
    expect(parseValues('jan – 8,2\nfeb – 7,9').points.map((p) => [p.label, p.value])).toEqual([['jan –', 8.2], ['feb –', 7.9]]);
  });

  // As pasted in real use (fresh-eyes test): each was read wrong without a word.
  it.each([
    ['thousands with spaces, one column', '1 234\n1 310\n1\u00A0198\n12 500 000', [1234, 1310, 1198, 12_500_000], [undefined, undefined, undefined, undefined]],
    ['thousands with spaces after a label', 'jan 2024 1 234\nfeb 2024 1 310', [1234, 1310], ['jan 2024', 'feb 2024']],
    ['a label that is a number, and a decimal value', '1 8,2\n2 7,9', [8.2, 7.9], ['1', '2']],
    ['invisible characters from a web page', '\u200B8,2\n7,9\u00AD\n\uFEFF8,1', [8.2, 7.9, 8.1], [undefined, undefined, undefined]],
    ['an empty column selected too', 'jan\t8,2\t\nfeb\t7,9\t', [8.2, 7.9], ['jan', 'feb']],
    ['minus signs', '\u22121,5\n\u20132\n-3', [-1.5, -2, -3], [undefined, undefined, undefined]],
  ])('reads %s', (_, text, values, labels) => {
    const { points, problems } = parseValues(text);
    expect(problems).toEqual([]);
    expect(points.map((p) => p.value)).toEqual(values);
    expect(points.map((p) => p.label)).toEqual(labels);
  });

  it('reads a number just before the value as the period when the lines count up («uke 1 120», «uke 2 131»)', () => {
    const { points, problems } = parseValues('uke 1 120\nuke 2 131\nuke 3 118');
    expect(problems).toEqual([]);
    expect(points.map((p) => [p.label, p.value])).toEqual([['uke 1', 120], ['uke 2', 131], ['uke 3', 118]]);
  });

  it.each([
    ['a heading with a year over percentages', 'Måned\t2024\njan\t8,2\nfeb\t7,9'],
    ['a heading with a year, by spaces', 'Sykefravær 2024\njan 8,2\nfeb 7,9'],
    ['a heading with a year among words', 'Uke\tSykefravær 2024 (%)\n1\t8,2\n2\t7,9'],
  ])('takes %s for headings', (_, text) => {
    const { points, problems, header } = parseValues(text);
    expect(problems).toEqual([]);
    expect(header?.line).toBe(1);
    expect(points.map((p) => p.value)).toEqual([8.2, 7.9]);
  });

  it.each([
    ['a row of totals', 'jan\t8,2\nfeb\t7,9\nSum\t16,1', 'Linje 3 («Sum») ser ut som en sum eller et gjennomsnitt, ikke en måling. Slett linjen.'],
    ['an average', 'jan\t8,2\nGjennomsnitt\t8,0', 'Linje 2 («Gjennomsnitt») ser ut som en sum eller et gjennomsnitt, ikke en måling. Slett linjen.'],
    ['two numbers on a line', '8,2 7,9\n8,5 7,1', 'Linje 1 har to tall, «8,2» og «7,9». Skriv ett tall på hver linje, eller skill perioden og tallet med tabulator eller semikolon (;).'],
    // Fresh eyes: «10 11 12 13» was drawn as one point, 13, labelled «10 11 12».
    ['several numbers on a line', '10 11 12 13\n9 10 11 12', 'Linje 1 har 4 tall, «10 11 12 13». Skriv ett tall på hver linje, eller skill perioden og tallet med tabulator eller semikolon (;).'],
    ['a decimal number before the value', 'jan 8,2\n7,5 8,1', 'Linje 2 har to tall, «7,5» og «8,1». Skriv ett tall på hver linje, eller skill perioden og tallet med tabulator eller semikolon (;).'],
    ['a point between thousands', 'jan\t1.234\nfeb\t1.250', 'Linje 1: «1.234» kan bety 1,234 eller 1 234. Skriv det med komma eller mellomrom.'],
    ['a letter for a digit, in a column', 'jun\tO,4', 'Linje 1: «O,4» er ikke et tall. Skriv for eksempel 8,2.'],
  ])('refuses %s, saying why', (_, text, message) => {
    expect(parseValues(text).problems.map((p) => p.message)).toContain(message);
  });

  it('reads a series laid across (a spreadsheet row, or numbers with semicolons) as one laid down, with its periods above it', () => {
    const values = (text: string) => parseValues(text).points.map(({ label, value }) => [label, value]);
    expect(values('8,5; 9,1; 7,8; 8,0; 7,2; 6,9; 5,1')).toEqual([8.5, 9.1, 7.8, 8, 7.2, 6.9, 5.1].map((v) => [undefined, v]));
    expect(values('8,5\t9,1\t7,8\n')).toEqual([[undefined, 8.5], [undefined, 9.1], [undefined, 7.8]]);
    expect(values('jan\tfeb\tmar\n8,2\t7,9\t8,1')).toEqual([['jan', 8.2], ['feb', 7.9], ['mar', 8.1]]);
    // Fresh eyes: «10,3 9,8 11,2» typed on a phone was one point labelled «10,3 9,8».
    expect(values('10,3 9,8 11,2')).toEqual([[undefined, 10.3], [undefined, 9.8], [undefined, 11.2]]);
    expect(values('8 9 7 8')).toEqual([8, 9, 7, 8].map((v) => [undefined, v]));
    // A period of a number, or a year and a number, stays a period.
    expect(values('1 8,2\n2 7,9')).toEqual([['1', 8.2], ['2', 7.9]]);
    expect(values('2024 1 8,2\n2024 2 7,9')).toEqual([['2024 1', 8.2], ['2024 2', 7.9]]);
    // Two numbers on a line are still a period and a value; three lines are read line by line.
    expect(values('2024;8,2')).toEqual([['2024', 8.2]]);
    expect(parseValues('8,5;9,1;7,8\n1;2;3\n4;5;6').problems.length).toBeGreaterThan(0);
  });

  it('says a problem repeated on many lines once', () => {
    const { problems } = parseValues('des\t8,2\njan\tx\nfeb\tx\nmar\tx');
    expect(problems).toEqual([{ line: 2, message: 'Linje 2 (og 2 linjer til): «x» er ikke et tall. Skriv for eksempel 8,2.' }]);
  });

  it.each([
    ['a first line that is no number, which is not taken for headings', '+-1,5\n2\n3', 'Linje 1: «+-1,5» er ikke et tall. Skriv for eksempel 8,2.'],
    ['a first line with a number and a sign after it', '1,5-\n2,0', 'Linje 1: «1,5-» er ikke et tall. Skriv for eksempel 8,2.'],
    ['comma-separated columns', 'jan,8.2\nfeb,7.9', 'Linje 1: «jan,8.2» er ikke et tall. Skill perioden og tallet med tabulator eller semikolon (;).'],
    ['three columns', 'Måned\tSykefravær %\tMål %\njan\t8,2\t7\nfeb\t7,9\t7\nmar\t8,1\t7', 'Linje 2 (og 2 linjer til) har 3 kolonner. Lim inn perioden og én kolonne med tall, ikke flere kolonner.'],
  ])('refuses %s, saying what to write', (_, text, message) => {
    const { problems, points } = parseValues(text);
    expect(problems.map((p) => p.message)).toContain(message);
    if (message.includes('kolonner')) expect(points).toEqual([]);
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
    const { header, problems } = parseValues('8,2\nVerdi;x');
    expect(header).toBeUndefined();
    expect(problems[0]?.message).toMatch(/^Linje 2: /);
  });

  it('returns nothing for empty input', () => {
    expect(parseValues('  \n\n')).toEqual({ points: [], problems: [], header: undefined, notes: [] });
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
    const { points, problems } = parseProportions('12;250\n17\n30;20\n3;0\n-1;10\n5;x');
    expect(points).toHaveLength(1);
    expect(problems.map((p) => p.message)).toEqual([
      'Linje 2: mangler nevner. Skriv antall og nevner på hver linje, for eksempel «12;250». Har du bare én kolonne med tall (for eksempel prosent), velg I-diagram.',
      'Linje 3: antallet (30) kan ikke være større enn nevneren (20).',
      'Linje 4: nevneren må være større enn null.',
      'Linje 5: antallet kan ikke være negativt.',
      'Linje 6: «x» er ikke et tall. Skriv for eksempel 8,2.',
    ]);
  });

  it.each([
    ['thousands with spaces', 'jan 2024 131 1 520\nfeb 2024 98 1 410', [[131, 1520], [98, 1410]]],
    ['an empty column selected too', 'jan\t131\t1520\t', [[131, 1520]]],
  ])('reads %s', (_, text, expected) => {
    const { points, problems } = parseProportions(text);
    expect(problems).toEqual([]);
    expect(points.map((p) => [p.count, p.denominator])).toEqual(expected);
  });

  it('refuses a share or a decimal as a count, pointing to the I-chart', () => {
    expect(parseProportions('jan\t8,6 %\t1520').problems.map((p) => p.message)).toEqual([
      'Linje 1: antall og nevner må være hele tall, ikke «8,6 %». Har du prosent eller andeler, velg I-diagram.',
    ]);
    expect(parseProportions('jan\t131,5\t1520').problems).toHaveLength(1);
  });

  it('says «1.520» may be 1,52 or 1 520 rather than that 131 is more than 1.520', () => {
    expect(parseProportions('jan\t131\t1.520').problems.map((p) => p.message)).toEqual(['Linje 1: «1.520» kan bety 1,520 eller 1 520. Skriv det med komma eller mellomrom.']);
  });

  it.each([
    ['an empty count', 'jan 2024\t131\t1520\nfeb 2024\t\t1410', 'Linje 2: mangler antall.'],
    ['an empty denominator', 'jan 2024\t131\t', 'Linje 1: mangler nevner.'],
    ['a column of rates', 'jan\t8,2 %\nfeb\t7,9 %', 'Linje 1: mangler nevner. Skriv antall og nevner på hver linje, for eksempel «12;250». Har du bare én kolonne med tall (for eksempel prosent), velg I-diagram.'],
  ])('refuses %s, saying what is missing', (_, text, message) => {
    expect(parseProportions(text).problems.map((p) => p.message)).toContain(message);
  });

  it('skips empty lines and periods without numbers, with a note, but names a count without its denominator', () => {
    const { points, problems, notes } = parseProportions('jan\t12\t250\n\nfeb\t10\t240\nmar\t\t\napr\t');
    expect(problems).toEqual([]);
    expect(points.map((p) => p.label)).toEqual(['jan', 'feb']);
    expect(notes).toEqual(['Linje 2 var tom og er hoppet over.', 'Linje 4–5 («mar» og «apr») har ikke tall og er hoppet over.']);
    expect(parseProportions('jan\t12\t250\nfeb\t10\t').problems.map((p) => p.message)).toEqual(['Linje 2: mangler nevner.']);
  });

  it('accepts a count of zero', () => {
    expect(parseProportions('0;40').points[0]).toMatchObject({ count: 0, denominator: 40 });
  });
});
