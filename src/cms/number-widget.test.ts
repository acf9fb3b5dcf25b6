// The CMS's number field (number-widget.js, a browser script): what it says
// when what is typed is not a number of the kind the field asks for.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseNorwegianNumber } from '../lib/number-format.ts';

interface Control {
  isValid(this: { props: { field: { get(key: string, fallback?: unknown): unknown }; value: unknown }; state?: { text: string } }): true | { error: { message: string } };
}
let control: Control;
/** The unit the entry being edited names in «Enhet», as the CMS page reads it. */
let entryUnit: string | undefined;
/** What the page calls the field in a message (a figure of a table's row, figure-columns.js figureName), if anything. */
let figureNamed: string | undefined;

beforeAll(async () => {
  // Run as the CMS page runs it, a plain script that sets window.kompetansebankenNumberWidget.
  const window: { kompetansebankenNumberWidget?: (deps: unknown) => { control: Control } } = {};
  new Function('window', await readFile(new URL('number-widget.js', import.meta.url), 'utf8'))(window);
  control = window.kompetansebankenNumberWidget!({ h: () => null, createClass: (spec: Control) => spec, parse: parseNorwegianNumber, unit: () => entryUnit, name: () => figureNamed }).control;
});

/** The field's message for `value` (typed as `text`), with the field's settings as the CMS config gives them. */
function message(settings: Record<string, unknown>, value: unknown, text = String(value)): string | true {
  const field = { get: (key: string, fallback?: unknown) => settings[key] ?? fallback };
  const result = control.isValid.call({ props: { field, value }, state: { text } });
  return result === true ? true : result.error.message;
}

describe('the number field', () => {
  // The tester's finding: a year was given «for eksempel 8 eller 1 234», and years are written without a space.
  it('gives a year field a year as its example, within its range', () => {
    expect(message({ label: 'Fra år', value_type: 'int', year: true, min: 2000, max: 2030 }, 'i fjor')).toBe(
      '«Fra år» må være et årstall skrevet med sifre, uten mellomrom, for eksempel 2009. Nå står det «i fjor».',
    );
    expect(message({ label: 'År', value_type: 'int', year: true, min: 2007, max: 2008 }, 'x')).toMatch(/for eksempel 2008\./);
  });

  it('gives other numbers a number as example', () => {
    expect(message({ label: 'Nummer', value_type: 'int' }, 'nr. 41')).toBe('«Nummer» må være et helt tall skrevet med sifre, for eksempel 8 eller 1\u00a0234. Nå står det «nr. 41».');
    expect(message({ label: 'Verdi', value_type: 'float' }, 'mye')).toMatch(/for eksempel 8,2 eller 1\u00a0234\./);
  });

  // Fresh eyes: a newsletter's «Nummer» offered «for eksempel 8 eller 1 234»; no issue is ever 1 234.
  it('gives a number each entry has in turn the next free one as its example, or a small number', async () => {
    const window: { kompetansebankenNumberWidget?: (deps: unknown) => { control: Control } } = {};
    new Function('window', await readFile(new URL('number-widget.js', import.meta.url), 'utf8'))(window);
    const numbered = window.kompetansebankenNumberWidget!({ h: () => null, createClass: (spec: Control) => spec, parse: parseNorwegianNumber, nextFree: () => 8 }).control;
    const field = { get: (key: string, fallback?: unknown) => ({ label: 'Nummer', value_type: 'int', next_free: {} })[key] ?? fallback };
    const result = numbered.isValid.call({ props: { field, value: 'åtte' }, state: { text: 'åtte' } });
    expect(result === true ? result : result.error.message).toBe('«Nummer» må være et helt tall skrevet med sifre, for eksempel 8. Nå står det «åtte».');
    // The next free one not known yet (the list still loading): no example, not a made-up one read as the number to use.
    expect(message({ label: 'Nummer', value_type: 'int', next_free: {} }, 'nr. 8')).toBe('«Nummer» må være et helt tall skrevet med sifre. Nå står det «nr. 8».');
    expect(message({ label: 'Punkt', value_type: 'int', min: 1, max: 10 }, 'seks')).toMatch(/for eksempel 8\./);
  });

  // Fresh eyes: a saved press release's «Nummer» offered «for eksempel 8», the next free number, which another release
  // would get; a saved entry keeps its own.
  it('gives a saved entry\'s number field its own number as the example, not the next free one', async () => {
    const window: { kompetansebankenNumberWidget?: (deps: unknown) => { control: Control } } = {};
    new Function('window', await readFile(new URL('number-widget.js', import.meta.url), 'utf8'))(window);
    const saved = window.kompetansebankenNumberWidget!({ h: () => null, createClass: (spec: Control) => spec, parse: parseNorwegianNumber, nextFree: () => undefined, savedNumber: () => 4 }).control;
    const field = { get: (key: string, fallback?: unknown) => ({ label: 'Nummer', value_type: 'int', next_free: {} })[key] ?? fallback };
    const result = saved.isValid.call({ props: { field, value: 'fire' }, state: { text: 'fire' } });
    expect(result === true ? result : result.error.message).toBe('«Nummer» må være et helt tall skrevet med sifre, for eksempel 4. Nå står det «fire».');
  });

  it('shows a year\'s limits without a space', () => {
    expect(message({ label: 'Fra år', value_type: 'int', year: true, min: 2000, max: 2030 }, 1999)).toBe('«Fra år» må være minst 2000.');
  });
});

describe('a number typed with «%»', () => {
  const figure = { label: 'Tall', value_type: 'float', in_unit: true };
  // Fresh eyes: «8,2 %» in a table of «antall» was saved as 8,2 without a word.
  it('is refused in a figure whose unit is not percent, saying the unit and what to write', () => {
    entryUnit = 'antall';
    expect(message(figure, 8.2, '8,2 %')).toBe(
      'Enheten er «antall» (feltet «Enhet»), så «%» hører ikke hjemme i «Tall». Skriv 8,2, eller skriv «prosent» i «Enhet» om tallene er prosent.',
    );
    expect(message(figure, 8.2, '8,2')).toBe(true);
  });

  it('is refused in a figure without a unit yet, asking for one', () => {
    for (const unit of [undefined, '', '  ']) {
      entryUnit = unit;
      expect(message(figure, 12, '12%')).toBe('Tallene har ingen enhet ennå. Er de prosent, skriv «prosent» i «Enhet». Ellers skriv 12 i «Tall», uten «%».');
    }
  });

  it('is taken in a figure whose unit is percent, however «Enhet» says it', () => {
    for (const unit of ['prosent', 'Prosent av medarbeiderne', '%', ' prosent ']) {
      entryUnit = unit;
      expect(message(figure, 8.2, '8,2 %'), unit).toBe(true);
    }
  });

  it('is not taken as percent in percentage points', () => {
    entryUnit = 'prosentpoeng';
    expect(message(figure, 1.5, '1,5 %')).toMatch(/^Enheten er «prosentpoeng»/);
  });

  it('is refused in a number that has no unit', () => {
    entryUnit = 'prosent';
    expect(message({ label: 'Nummer', value_type: 'int' }, 41, '41 %')).toBe('«Nummer» er et tall uten enhet: skriv 41, uten «%».');
  });
});

// Fresh eyes: «"Tall" må være et tall …» under a figure the form labels «Q4 07–Q3 08».
describe('a figure of a row', () => {
  const figure = { label: 'Tall', value_type: 'float', in_unit: true };
  it('is named as the page names it, by its column and row, wherever the message names the field', () => {
    figureNamed = 'tallet under «Q4 07–Q3 08» i raden «Nøtterøy»';
    try {
      expect(message(figure, 'abc')).toBe('Tallet under «Q4 07–Q3 08» i raden «Nøtterøy» må være et tall skrevet med sifre, for eksempel 8,2 eller 1\u00a0234. Nå står det «abc».');
      expect(message(figure, '12.500')).toMatch(/^Tallet under «Q4 07–Q3 08» i raden «Nøtterøy»: «12\.500» kan leses/);
      entryUnit = 'antall';
      expect(message(figure, 8.2, '8,2 %')).toBe(
        'Enheten er «antall» (feltet «Enhet»), så «%» hører ikke hjemme i tallet under «Q4 07–Q3 08» i raden «Nøtterøy». Skriv 8,2, eller skriv «prosent» i «Enhet» om tallene er prosent.',
      );
      entryUnit = undefined;
      expect(message(figure, 8.2, '8,2 %')).toMatch(/Ellers skriv 8,2 i tallet under «Q4 07–Q3 08» i raden «Nøtterøy», uten «%»\.$/);
    } finally {
      figureNamed = undefined;
    }
  });
});

describe('a number with a point before three digits', () => {
  // Fresh eyes: «12.500» in a table of «antall» was saved as 12,5, «1.234» as 1,234, without a word.
  it('is asked about, not read as a decimal or as thousands', () => {
    expect(message({ label: 'Tall', value_type: 'float', in_unit: true }, '12.500')).toBe(
      '«Tall»: «12.500» kan leses både som 12500 og som 12,500. Skriv 12500 eller 12\u00a0500 for tusen og mer, eller 12,500 med komma for desimaler.',
    );
    expect(message({ label: 'Tall', value_type: 'float' }, '1.234 %')).toMatch(/^«Tall»: «1\.234 %» kan leses både som 1234 og som 1,234\./);
  });
});

describe('what is typed', () => {
  /** What the field passes on to Decap for `typed`, with the field's settings. */
  function changed(settings: Record<string, unknown>, typed: string): unknown {
    let passed: unknown;
    const field = { get: (key: string) => settings[key] };
    const spec = control as unknown as { handleChange(this: unknown, event: { target: { value: string } }): void };
    spec.handleChange.call({ props: { field, onChange: (value: unknown) => (passed = value) }, setState: () => {} }, { target: { value: typed } });
    return passed;
  }

  it('is a number where it reads as one, «prosent» as «%», and otherwise the text, for the field to refuse', () => {
    expect(changed({}, '8,2')).toBe(8.2);
    expect(changed({}, '12 prosent')).toBe(12);
    expect(changed({}, '1.234,5')).toBe(1234.5);
    expect(changed({}, '12.500')).toBe('12.500');
    expect(changed({}, '2.5')).toBe(2.5);
  });

  // Fresh eyes: a cell labelled «Tall (valgfritt)», emptied, was refused as «er tomt»: a figure the source lost is null.
  it('is null when a figure is emptied, and empty text in any other number', () => {
    expect(changed({ nullable: true }, ' ')).toBeNull();
    expect(changed({}, '')).toBe('');
  });
});

describe('«prosent» after a figure', () => {
  it('is taken as «%» is: where the unit is percent', () => {
    entryUnit = 'prosent';
    expect(message({ label: 'Tall', value_type: 'float', in_unit: true }, 12, '12 prosent')).toBe(true);
    entryUnit = 'antall';
    expect(message({ label: 'Tall', value_type: 'float', in_unit: true }, 12, '12 prosent')).toMatch(/^Enheten er «antall»/);
  });
});

describe('the next free number under the field', () => {
  /** A drawn field whose next free number is `lists.next`, as the lists of entries now give it. */
  async function drawnField() {
    const lists: { next: number | undefined; changed?: () => void } = { next: undefined };
    const window: { kompetansebankenNumberWidget?: (deps: unknown) => { control: Record<string, (...args: unknown[]) => unknown> } } = {};
    new Function('window', await readFile(new URL('number-widget.js', import.meta.url), 'utf8'))(window);
    const spec = window.kompetansebankenNumberWidget!({
      h: () => null,
      createClass: (spec: unknown) => spec,
      parse: parseNorwegianNumber,
      nextFree: () => lists.next,
      watchNextFree: (_field: unknown, changed: () => void) => ((lists.changed = changed), () => (lists.changed = undefined)),
    }).control;
    const props = { field: { get: () => undefined }, entry: {}, value: '', forID: 'nummer' };
    const field = Object.assign(Object.create(spec), { props, state: { text: '' }, redrawn: 0 });
    field.forceUpdate = () => {
      field.redrawn += 1;
      field.render();
    };
    field.render();
    field.componentDidMount();
    return { lists, field, props };
  }

  // Seen in a full run: the list of press releases came in after «Nummer» was drawn, and no number was shown; and
  // Decap does not redraw the field when another field (the kind) changes it.
  it('is drawn again when it changes after the field was drawn, and only then', async () => {
    const { lists, field } = await drawnField();
    lists.next = 5;
    lists.changed!();
    expect(field.redrawn).toBe(1);
    lists.changed!();
    expect(field.redrawn).toBe(1);
  });

  it('stops watching when the field is gone', async () => {
    const { lists, field } = await drawnField();
    field.componentWillUnmount();
    expect(lists.changed).toBeUndefined();
  });
});
