// Decap's choice field (select) showing what the site and the check read where an entry leaves the field out (the
// config's `missing_as`, the schema's default: fields.ts): Decap fills defaults only in a new entry, so an existing
// entry without `lang` (most files) showed an empty «Språk», and the editor could not see the entry's language.
// Only shown: the value Decap saves stays as it is until the editor chooses, so a save changes nothing else and no
// entry changes its meaning (a file with «lang: nn» shows «Nynorsk»). The preview shows it alike. Decap's own
// control draws the field and answers `isValid`. Runs in the browser (see start-script.ts).
window.kompetansebankenMissingChoiceWidget = function missingChoiceWidget({ CMS, h, createClass }) {
  const own = CMS.getWidget('select');
  if (!own) return;
  const shown = ({ field, value }) => {
    const missing = field?.get?.('missing_as');
    return (value === undefined || value === null || value === '') && missing !== undefined ? missing : value;
  };
  const control = createClass({
    isValid() {
      return this.drawn?.isValid ? this.drawn.isValid() : true;
    },
    render() {
      // Everything Decap gives the field goes on to its own control, but its `ref` (should React 19 pass it as a
      // prop): Decap reads `isValid` from the control its ref is given.
      const { ref, ...props } = this.props;
      return h(own.control, { ...props, value: shown(props), ref: (drawn) => (this.drawn = drawn) });
    },
  });
  const preview = own.preview && createClass({
    render() {
      return h(own.preview, { ...this.props, value: shown(this.props) });
    },
  });
  CMS.registerWidget({
    name: 'select',
    controlComponent: control,
    previewComponent: preview,
    schema: own.schema,
    globalStyles: own.globalStyles,
    allowMapValue: own.allowMapValue,
  });
  return { control, preview };
};
