// The text is shown as it was typed, not with the backslashes its save put in: before «{», «}» and «<», which MDX
// reads as code (a \{ b, \<5 %), and after a dated line's number («17\. mai», which Markdown reads as a list). After a
// save, and each time the entry was opened again, the editor showed them (fresh eyes), and they looked like part of
// the text. They are left out only where the next save puts back the very same file (bodyAsSaved, saved-text.js),
// so nothing else is changed; a text left as shown keeps the file's value, so the entry has no change to save.
// The last text read, kept: the control is drawn again at each keystroke and each move of the caret.
let lastTyped = { saved: '', typed: '' };
const typedBody = (saved) => {
  if (typeof saved !== 'string' || !saved.includes('\\')) return saved;
  if (lastTyped.saved === saved) return lastTyped.typed;
  const typed = saved.replace(/\\([{}<])/g, '$1').replace(/^([ \t]*(?:>[ \t]*)*\d{1,9})\\\./gm, '$1.');
  lastTyped = { saved, typed: typed !== saved && bodyAsSaved(typed) === saved ? typed : saved };
  return lastTyped.typed;
};
const markdownWidget = CMS.getWidget('markdown');
CMS.registerWidget(
  'markdown',
  createClass({
    render() {
      const { value, onChange } = this.props;
      const shown = typedBody(value);
      return h(markdownWidget.control, { ...this.props, value: shown, onChange: (text) => onChange(text === shown ? value : text), ref: (control) => (this.control = control) });
    },
    // Decap focuses a field by its control (a link to it in a refusal).
    focus(...args) {
      this.control?.focus?.(...args);
    },
  }),
  markdownWidget.preview,
  markdownWidget.schema,
);
