// Runs in the browser after Decap's script (see start-script.ts), where Decap
// defines CMS, h and createClass; its settings come in window.kompetansebankenCms.
(function start() {
  const { phrases, stylesheet, collections } = window.kompetansebankenCms;
  const { CMS, h, createClass } = window;
  const merge = (base, extra) => {
    const merged = { ...base };
    for (const [key, value] of Object.entries(extra))
      merged[key] = typeof value === 'object' && typeof merged[key] === 'object' ? merge(merged[key], value) : value;
    return merged;
  };
  CMS.registerLocale('nb_no', merge(CMS.getLocale('nb_no') || {}, phrases));
  CMS.registerPreviewStyle(stylesheet);
  // An entry as its page shows it: title, ingress, then the text.
  const EntryPreview = createClass({
    render() {
      const { entry, widgetFor } = this.props;
      return h('main', { className: 'entry-preview' },
        h('h1', null, entry.getIn(['data', 'title'])),
        h('p', { className: 'ingress' }, entry.getIn(['data', 'summary'])),
        h('div', { className: 'prose' }, widgetFor('body')));
    },
  });
  for (const name of collections) CMS.registerPreviewTemplate(name, EntryPreview);
})();
