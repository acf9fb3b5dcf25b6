// A number field that reads numbers as Norwegians write them («8,2», «1 234»),
// in place of Decap's number widget: its <input type="number"> dropped what it
// could not read without a word («8,2» was saved as 82, «nr. 41» as 1). What
// was typed stays in the field; text that is no number, a decimal where a
// whole number is asked for, or a number out of range is an error in
// Norwegian, and Decap does not save the entry. A year field (`year`, from the
// schema's meta) gives a year as its example, without a space («2009»). Runs
// in the browser (see start-script.ts); `parse` is parseNorwegianNumber from
// src/lib/number-format.ts, which drops a trailing «%»: so a «%» is taken only in
// a figure (`in_unit`) whose entry's unit, `unit()` (what «Enhet» says), is percent.
// `nextFree(field)`: the number to suggest under the field of the entry being edited, or
// undefined; `savedNumber(field)`: a saved entry's own number in a field each entry has once (it keeps it), or undefined; `watchNextFree(field, changed)` calls `changed` whenever it may have changed (the entry's other fields,
// the list of entries) and returns a function that stops it. `name(id)`: what the field with that id is called in a
// message where its label does not say it (a figure of a table's row: «tallet under «Q4 07–Q3 08» i raden «Nøtterøy»»,
// lower case), or undefined: its label, «Tall», then.
window.kompetansebankenNumberWidget = function numberWidget({ h, createClass, parse, nextFree = () => undefined, savedNumber = () => undefined, watchNextFree = () => () => {}, unit = () => undefined, name = () => undefined }) {
  const shown = (value) => (typeof value === 'number' ? String(value).replace('.', ',').replace('-', '\u2212') : (value ?? ''));
  const error = (message) => ({ error: { type: 'CUSTOM', message } });
  // «12 prosent» is «12 %».
  const withPercentSign = (text) => String(text).replace(/\s*prosent\s*$/i, ' %');
  // «1.234», «12.500»: a thousands point to a Norwegian, a decimal point to a spreadsheet. Read as 1,234 and 12,5,
  // «12.500» was saved as 12,5 without a word (fresh eyes): asked instead.
  const thousandsOrDecimal = (text) => /^\s*[-\u2212\u2013]?\d{1,3}\.\d{3}\s*%?\s*$/.test(withPercentSign(text));
  // What to say of a number typed with «%» (`number`: as shown), or nothing where the entry's unit is percent. The field
  // as `subject` of a sentence and as its `object`.
  const percentProblem = (field, { subject, object }, number) => {
    if (!field.get('in_unit')) return `${subject} er et tall uten enhet: skriv ${number}, uten «%».`;
    const named = (unit() ?? '').trim();
    if (/^(prosent\b|%)/i.test(named)) return undefined;
    if (named === '') return `Tallene har ingen enhet ennå. Er de prosent, skriv «prosent» i «Enhet». Ellers skriv ${number} i ${object}, uten «%».`;
    return `Enheten er «${named}» (feltet «Enhet»), så «%» hører ikke hjemme i ${object}. Skriv ${number}, eller skriv «prosent» i «Enhet» om tallene er prosent.`;
  };

  const control = createClass({
    getInitialState() {
      return { text: shown(this.props.value) };
    },
    componentDidUpdate(previous) {
      // A value set from outside (a draft restored, a new entry): shown unless it is what was typed.
      const { value } = this.props;
      if (value !== previous.value && value !== this.state.text && value !== parse(this.state.text)) this.setState({ text: shown(value) });
    },
    // Decap redraws a field only when its own value or style changes, and its `entry` prop may be stale; the next
    // free number changes with the entry's other fields (a news item made a press release) and when the list of
    // entries comes in (a full run drew the field first, and never showed the number).
    componentDidMount() {
      this.stopWatching = watchNextFree(this.props.field, () => {
        if (nextFree(this.props.field) !== this.shownNext) this.forceUpdate();
      });
    },
    // (Its error goes with it when it goes, a list item removed: browser/removed-fields.js.)
    componentWillUnmount() {
      this.stopWatching?.();
    },
    handleChange(event) {
      const text = event.target.value;
      this.setState({ text });
      const number = thousandsOrDecimal(text) ? undefined : parse(withPercentSign(text));
      // An empty figure is one the source lost (`nullable`: null in the file), not an empty text the check refuses.
      this.props.onChange(text.trim() === '' ? (this.props.field.get('nullable') ? null : '') : (number ?? text));
    },
    isValid() {
      const { field, value } = this.props;
      if (value === '' || value === undefined || value === null) return true;
      const quoted = `«${field.get('label', field.get('name'))}»`;
      const own = name(this.props.forID);
      const label = own ? { subject: `${own[0].toUpperCase()}${own.slice(1)}`, object: own } : { subject: quoted, object: quoted };
      const whole = field.get('value_type') === 'int';
      const min = field.get('min');
      const max = field.get('max');
      if (typeof value === 'string' && thousandsOrDecimal(value)) {
        const [whole, part] = withPercentSign(value).trim().replace(/\s*%$/, '').split('.');
        return error(`${label.subject}: «${value.trim()}» kan leses både som ${whole}${part} og som ${whole},${part}. Skriv ${whole}${part} eller ${whole}\u00a0${part} for tusen og mer, eller ${whole},${part} med komma for desimaler.`);
      }
      if (typeof value !== 'number' && field.get('year')) {
        // A year the field takes: 2009 where it may be, else the nearest end of its range.
        const example = Math.min(Math.max(2009, typeof min === 'number' ? min : 2009), typeof max === 'number' ? max : 2009);
        return error(`${label.subject} må være et årstall skrevet med sifre, uten mellomrom, for eksempel ${example}. Nå står det «${value}».`);
      }
      // «1 234» with a no-break space: the message broke it over two lines at 1 280 px (fresh eyes). A number each entry
      // has in turn (a newsletter's, a press release's) is never 1 234: its example is a new entry's next free one, a
      // saved entry's own, or none while neither is known (a made-up «8» read as the number to use).
      if (typeof value !== 'number') {
        const own = field.get('next_free') ? (nextFree(field) ?? savedNumber(field)) : undefined;
        const example = own !== undefined ? String(own) : field.get('next_free') ? '' : typeof max === 'number' && max < 1234 ? '8' : whole ? '8 eller 1\u00a0234' : '8,2 eller 1\u00a0234';
        return error(`${label.subject} må være et ${whole ? 'helt ' : ''}tall skrevet med sifre${example ? `, for eksempel ${example}` : ''}. Nå står det «${value}».`);
      }
      if (whole && !Number.isInteger(value)) return error(`${label.subject} må være et helt tall, uten desimaler.`);
      if (typeof min === 'number' && value < min) return error(`${label.subject} må være minst ${shown(min)}.`);
      if (typeof max === 'number' && value > max) return error(`${label.subject} kan være høyst ${shown(max)}.`);
      const percent = /%\s*$/.test(withPercentSign(this.state?.text ?? '')) && percentProblem(field, label, shown(value));
      return percent ? error(percent) : true;
    },
    render() {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, field } = this.props;
      const next = nextFree(field);
      this.shownNext = next;
      const nextId = `${forID}-next-free`;
      const input = h('input', {
        type: 'text',
        inputMode: field.get('value_type') === 'int' ? 'numeric' : 'decimal',
        autoComplete: 'off',
        id: forID,
        className: classNameWrapper,
        value: this.state.text,
        onChange: this.handleChange,
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        'aria-describedby': next === undefined ? undefined : nextId,
      });
      // Always in the same wrapper: the number comes once the collection's list has loaded, and an input drawn anew
      // then lost what was being typed in it.
      return h('div', null, input, next === undefined ? null : h('p', { id: nextId, className: 'kb-next-free' }, `Neste ledige nummer er ${next}.`));
    },
  });

  const preview = createClass({
    render() {
      return h('span', null, shown(this.props.value));
    },
  });

  const schema = { properties: { value_type: { type: 'string' }, min: { type: 'number' }, max: { type: 'number' }, year: { type: 'boolean' }, in_unit: { type: 'boolean' }, nullable: { type: 'boolean' }, next_free: { type: 'object' } } };
  return { control, preview, schema };
};
