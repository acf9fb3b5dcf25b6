// Decap's text fields (string, text) with the schema's length limits checked at
// the field: a title of 400 characters was refused before the save by a toast
// that faded, and nothing marked the field, so the editor no longer knew what to
// fix. The field now carries the message in red, as for a date in the wrong form,
// saying the limit and how many characters there are now, as the content check
// counts them (the text as saved: pasted-text.js's cleanText). The limits come
// from the zod schemas through the config (fields.ts: min_length, max_length,
// too_long); the words from the check's own (`lengthMessage`, textLengthMessage
// in src/schemas/messages.ts). Decap's own control draws the field: this only
// adds `isValid`, which Decap asks of a control before it saves. Runs in the
// browser (see start-script.ts).
window.kompetansebankenTextLengthWidgets = function textLengthWidgets({ CMS, h, createClass, lengthMessage, clean, isoDate, dateProblem }) {
  for (const name of ['string', 'text']) {
    const own = CMS.getWidget(name);
    if (!own) continue;
    // Decap's string control puts the caret back where the last typing left it whenever it draws itself, and it does
    // on focus: Tab into a filled field selected its text, as in any form, and then the caret went to its end, so
    // what was typed was added to the old text («2026-02-152026-02-20», fresh eyes). A whole text selected is kept.
    const Own = own.control;
    const ownUpdate = Own?.prototype?.componentDidUpdate;
    const Drawn = ownUpdate
      ? class extends Own {
          componentDidUpdate(...args) {
            const input = this._el;
            if (input && input.value.length > 0 && input.selectionStart === 0 && input.selectionEnd === input.value.length) return;
            ownUpdate.apply(this, args);
          }
        }
      : Own;
    const control = createClass({
      isValid() {
        const { field, value } = this.props;
        const text = typeof value === 'string' ? clean(value) : '';
        const max = field.get('max_length');
        const tooLong = field.get('too_long');
        const label = field.get('label', field.get('name'));
        // Only spaces in a required field: Decap saw text, and the save left the field out, so the check found it
        // missing after the save (fresh eyes: an ingress of 30 spaces held the whole site back).
        // A field whose pattern refuses it already (a title needs a letter or digit) is left to the pattern's own words:
        // said twice, the two ran together (fresh eyes).
        if (text.trim() === '' && typeof value === 'string' && value !== '' && field.get('required') !== false) {
          const pattern = field.get('pattern');
          const patternRefuses = typeof pattern?.get === 'function' && !new RegExp(pattern.get(0)).test(value);
          return patternRefuses ? true : { error: { type: 'CUSTOM', message: `«${label}» er tomt: skriv teksten i feltet.` } };
        }
        // Empty: Decap's «required», or a field left out (browser/saved-text.js leaves an emptied optional field out).
        if (text.trim() === '') return true;
        // A date field says what is wrong with the date (typed-date.ts typedDateProblem), named without the forms
        // its label gives in brackets; a date it writes over when it is left is taken.
        if (field.get('typed_dates')) {
          const problem = isoDate(value) ? undefined : dateProblem(value);
          return problem ? { error: { type: 'CUSTOM', message: `«${label.replace(/\s*\([^)]*\)$/, '')}» ${problem}` } } : true;
        }
        const { length } = text;
        const message =
          typeof max === 'number' && length > max && tooLong
            ? tooLong.replace('%{length}', String(length))
            : lengthMessage(length, { min: field.get('min_length'), max });
        return message ? { error: { type: 'CUSTOM', message: `«${label}» ${message}.` } } : true;
      },
      render() {
        // Everything Decap gives the field goes on to its own control, but its `ref` (should React 19 pass it as a
        // prop): Decap reads `isValid` from the control its ref is given.
        const { ref, ...props } = this.props;
        if (!props.field.get('typed_dates')) return h(Drawn, props);
        // A date typed the Norwegian way («2.12.2026», «2. desember 2026») is written as the field takes it when the
        // field is left, before a save reads it (a click on «Publiser» leaves the field first).
        const leave = props.setInactiveStyle;
        const setInactiveStyle = (...args) => {
          const iso = typeof props.value === 'string' ? isoDate(props.value) : undefined;
          if (iso) props.onChange(iso);
          return leave?.(...args);
        };
        return h(Drawn, { ...props, setInactiveStyle });
      },
    });
    CMS.registerWidget({
      name,
      controlComponent: control,
      previewComponent: own.preview,
      schema: own.schema,
      globalStyles: own.globalStyles,
      allowMapValue: own.allowMapValue,
    });
  }
};
