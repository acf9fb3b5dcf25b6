// Runs in the browser after Decap's script (see start-script.ts), where Decap
// defines CMS, h and createClass; its settings come in window.kompetansebankenCms.
(function start() {
  const { phrases, widgetNames, englishOutsideLocale, spelledLetters, reportPath, stylesheet, collections } = window.kompetansebankenCms;
  const { CMS, h, createClass } = window;
  const merge = (base, extra) => {
    const merged = { ...base };
    for (const [key, value] of Object.entries(extra))
      merged[key] = typeof value === 'object' && typeof merged[key] === 'object' ? merge(merged[key], value) : value;
    return merged;
  };
  const norwegian = merge(CMS.getLocale('nb_no') || {}, phrases);
  CMS.registerLocale('nb_no', norwegian);
  CMS.registerPreviewStyle(stylesheet);

  // File names of new entries: Decap lower-cases the title with toLocaleLowerCase
  // (its only use in Decap besides reading keyboard shortcuts) and then drops
  // every letter its accent table lacks, ŋ among them («Porsáŋgu» → «porsa-gu»).
  // Spelled out first, as `npm run new` does (src/lib/letters.ts): «porsanggu».
  const toLocaleLowerCase = String.prototype.toLocaleLowerCase;
  const spelled = new RegExp(`[${Object.keys(spelledLetters).join('')}]`, 'g');
  String.prototype.toLocaleLowerCase = function lowerCaseSpelled(...locales) {
    return toLocaleLowerCase.apply(this, locales).replace(spelled, (letter) => spelledLetters[letter]);
  };

  // English that Decap writes outside its locale: field names for screen readers
  // («Feltet string»), pick-list buttons («Remove Askim»), some error messages.
  const rules = englishOutsideLocale.map(([pattern, replacement]) => [new RegExp(pattern), replacement]);
  const fieldLabel = new RegExp(`^${norwegian.editor.editorControl.field.widgetLabel.replace('%{widgetLabel}', '(\\w+)')}$`);
  const translate = (text) => {
    const field = fieldLabel.exec(text);
    if (field && widgetNames[field[1]]) return text.replace(field[1], widgetNames[field[1]]);
    const trimmed = text.trim();
    for (const [pattern, replacement] of rules) if (pattern.test(trimmed)) return trimmed.replace(pattern, replacement);
    return text;
  };
  const translateNode = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = translate(node.data);
      if (text !== node.data) node.data = text;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    for (const element of [node, ...node.querySelectorAll('[aria-label]')]) {
      const label = element.getAttribute('aria-label');
      if (label !== null && translate(label) !== label) element.setAttribute('aria-label', translate(label));
    }
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) translateNode(walker.currentNode);
  };
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'childList') mutation.addedNodes.forEach(translateNode);
      else translateNode(mutation.target);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-label'] });

  // A group (period, image …) opens on a click anywhere on its bar or its label,
  // not only on the small arrow Decap gives it.
  const expandButton = '[data-testid="expand-button"]';
  const style = document.createElement('style');
  style.textContent = `div:has(> div > ${expandButton}) { cursor: pointer; }`;
  document.head.append(style);
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof Element) || target.closest(`button, a, input, textarea, select, [role="button"], [role="option"]`)) return;
    const label = target.closest('label[for]');
    const group = label ? document.getElementById(label.htmlFor) : target.closest(`div:has(> div > ${expandButton})`)?.parentElement;
    const button = group?.querySelector(`:scope > div > div > ${expandButton}`);
    // A label only opens its group; the bar opens and closes it, like the arrow.
    if (button && (!label || button.getAttribute('aria-label') === norwegian.editor.editorWidgets.object.expand)) button.click();
  });

  // After a save in `npm run dev`: the content check's problems with the saved
  // file, in Norwegian, above the editor (the dev server answers reportPath).
  const notice = document.createElement('div');
  notice.id = 'innholdskontroll';
  notice.setAttribute('role', 'alert');
  notice.style.cssText =
    'position:fixed;z-index:1000;left:50%;transform:translateX(-50%);bottom:1rem;max-width:min(46rem,calc(100vw - 2rem));' +
    'background:#fdf3f2;color:#1a1a1a;border:2px solid #b3261e;border-radius:4px;padding:0.75rem 1rem;font:1rem/1.45 system-ui,sans-serif;' +
    'box-shadow:0 2px 8px rgba(0,0,0,.25);display:none';
  if (document.body) document.body.append(notice);
  else document.addEventListener('DOMContentLoaded', () => document.body.append(notice));
  const showProblems = (problems, others) => {
    notice.replaceChildren();
    if (problems.length === 0 && others === 0) {
      notice.style.display = 'none';
      return;
    }
    const heading = document.createElement('p');
    heading.style.cssText = 'margin:0 0 .5rem;font-weight:700';
    heading.textContent =
      problems.length > 0
        ? 'Lagret, men innholdet har feil. Det vises ikke på nettstedet før de er rettet:'
        : `Lagret. Andre filer i innholdet har ${others === 1 ? 'én feil' : `${others} feil`}; forhåndsvisningen av nettstedet viser dem.`;
    const list = document.createElement('ul');
    list.style.cssText = 'margin:0;padding-left:1.25rem';
    for (const { line, field, message } of problems) {
      const item = document.createElement('li');
      item.textContent = `${line === undefined ? '' : `Linje ${line}, `}${field === undefined ? '' : `feltet «${field}»: `}${message}`;
      list.append(item);
    }
    if (problems.length > 0 && others > 0) {
      const item = document.createElement('li');
      item.textContent = `Dessuten ${others === 1 ? 'én feil' : `${others} feil`} i andre filer; forhåndsvisningen av nettstedet viser dem.`;
      list.append(item);
    }
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Lukk';
    close.style.cssText = 'margin-top:.5rem;font:inherit;padding:.25rem .75rem;cursor:pointer';
    close.addEventListener('click', () => (notice.style.display = 'none'));
    notice.append(heading, list, close);
    notice.style.display = 'block';
  };
  CMS.registerEventListener({
    name: 'postSave',
    handler: ({ entry }) => {
      const path = entry.get('path');
      // Not awaited: the save is done; the check takes a few seconds. By then a
      // new entry has its address (#/collections/…/entries/its-name), which the
      // report gives each file too.
      fetch(reportPath, { cache: 'no-store' })
        .then((response) => (response.ok ? response.json() : undefined))
        .then((report) => {
          if (!report) return;
          const saved = (problem) =>
            (path && (problem.file === path || problem.file.endsWith(`/${path}`))) || (problem.cmsLink && location.hash.length > 2 && problem.cmsLink.endsWith(location.hash));
          const mine = report.problems.filter(saved);
          showProblems(mine, report.problems.length - mine.length);
        })
        .catch(() => undefined);
    },
  });

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
