// The CMS's text fields (text-length-widget.js, a browser script): what they refuse at the field before a save.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';

interface Control {
  isValid(this: { props: Record<string, unknown> }): unknown;
}
const registered = new Map<string, Control>();

beforeAll(async () => {
  const window: { kompetansebankenTextLengthWidgets?: (deps: unknown) => unknown } = {};
  new Function('window', await readFile(new URL('text-length-widget.js', import.meta.url), 'utf8'))(window);
  const CMS = {
    getWidget: (name: string) => ({ control: class {}, preview: `${name} preview` }),
    registerWidget: ({ name, controlComponent }: { name: string; controlComponent: Control }) => registered.set(name, controlComponent),
  };
  window.kompetansebankenTextLengthWidgets!({
    CMS,
    h: () => undefined,
    createClass: (spec: unknown) => spec,
    lengthMessage: () => undefined,
    clean: (text: string) => text,
    isoDate: () => undefined,
    dateProblem: () => undefined,
  });
});

/** What the string field answers Decap for `value` under a field with these settings (a pattern as Decap holds it: a list). */
function answer(settings: Record<string, unknown>, value: unknown): unknown {
  const field = { get: (key: string, fallback?: unknown) => settings[key] ?? fallback };
  return registered.get('string')!.isValid.call({ props: { field, value } });
}
const pattern = (regex: string, message: string) => ({ get: (index: number) => [regex, message][index] });

describe('a required text field of spaces alone', () => {
  it('is refused as empty', () => {
    expect(answer({ label: 'Ingress' }, '   ')).toEqual({ error: { type: 'CUSTOM', message: '«Ingress» er tomt: skriv teksten i feltet.' } });
  });

  // Fresh eyes: a title of spaces was refused twice, by its pattern and as empty, the two run together.
  it('is left to its pattern’s own words where the pattern refuses it', () => {
    const title = { label: 'Tittel', pattern: pattern('[0-9A-Za-zÀ-ÖØ-öø-ɏ]', 'Skriv en tittel med minst én bokstav eller ett tall') };
    expect(answer(title, '   ')).toBe(true);
    // A pattern that takes spaces leaves it to this field.
    expect(answer({ label: 'Tittel', pattern: pattern('.*', 'x') }, '   ')).toMatchObject({ error: { type: 'CUSTOM' } });
  });
});
