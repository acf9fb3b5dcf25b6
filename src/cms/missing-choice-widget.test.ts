// The CMS's choice field (missing-choice-widget.js, a browser script): a choice an entry leaves out shows as the
// site reads it, and only shows so.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';

interface Drawn {
  type: unknown;
  props: Record<string, unknown>;
}
interface Component {
  render(this: { props: Record<string, unknown>; drawn?: unknown }): Drawn;
  isValid(this: { drawn?: { isValid(): unknown } }): unknown;
}
let registered: { name: string; controlComponent: Component; previewComponent: Component } | undefined;
const ownControl = 'Decap select control';
const ownPreview = 'Decap select preview';

beforeAll(async () => {
  const window: { kompetansebankenMissingChoiceWidget?: (deps: unknown) => unknown } = {};
  new Function('window', await readFile(new URL('missing-choice-widget.js', import.meta.url), 'utf8'))(window);
  const CMS = {
    getWidget: (name: string) => (name === 'select' ? { control: ownControl, preview: ownPreview, schema: {} } : undefined),
    registerWidget: (widget: typeof registered) => (registered = widget),
  };
  window.kompetansebankenMissingChoiceWidget!({ CMS, h: (type: unknown, props: Record<string, unknown>) => ({ type, props }), createClass: (spec: unknown) => spec });
});

/** The value Decap's own control (or preview) is given for an entry's `value`, under a field with these settings. */
function shown(component: Component, settings: Record<string, unknown>, value: unknown): unknown {
  const field = { get: (key: string) => settings[key] };
  return component.render.call({ props: { field, value, onChange: () => {} } }).props.value;
}

describe('a choice the entry leaves out', () => {
  const language = { name: 'lang', missing_as: 'nb' };

  // The secretariat's finding: «Språk» was empty in an existing entry without `lang`, which the site reads as bokmål.
  it('shows as the site reads it, in the field and in the preview, under the name «select» Decap gives it', () => {
    expect(registered?.name).toBe('select');
    const { controlComponent: control, previewComponent: preview } = registered!;
    expect(control.render.call({ props: { field: { get: () => undefined }, value: undefined } }).type).toBe(ownControl);
    expect(shown(control, language, undefined)).toBe('nb');
    expect(shown(control, language, null)).toBe('nb');
    expect(shown(preview, language, undefined)).toBe('nb');
  });

  it('leaves a chosen value as it is, a nynorsk entry nynorsk, and a field without `missing_as` empty', () => {
    expect(shown(registered!.controlComponent, language, 'nn')).toBe('nn');
    expect(shown(registered!.controlComponent, { name: 'county' }, undefined)).toBeUndefined();
  });

  it("answers Decap's question before a save with its own control's answer", () => {
    const { controlComponent: control } = registered!;
    expect(control.isValid.call({ drawn: { isValid: () => ({ error: 'for få' }) } })).toEqual({ error: 'for få' });
    expect(control.isValid.call({})).toBe(true);
  });
});
