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
  for (const element of [node, ...node.querySelectorAll('[aria-label], [title]')])
    for (const attribute of ['aria-label', 'title']) {
      const label = element.getAttribute(attribute);
      if (label !== null && translate(label) !== label) element.setAttribute(attribute, translate(label));
    }
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) translateNode(walker.currentNode);
};
