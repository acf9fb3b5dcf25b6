// Hints written for the other state of the new-item switch (schemas/new-item.ts switchedHints): with «Nytt eksempel
// fra sekretariatet» on, «Kilder» and a quote's «Hvem sa det» spoke of the programme's documents and the final
// report (fresh eyes). Each such hint says what holds in the switch's state, and its own words again when turned back.
const schemaHints = new WeakMap();
const hintsBySwitch = () => {
  const entry = decapStore()?.getState().entryDraft.get('entry');
  const hints = entry && newItemRules[entry.get('collection')]?.hints;
  if (!hints) return;
  const shown = entry.getIn(['data', 'newItem']) === true ? hints.whenNew : hints.whenArchive;
  for (const name of new Set([...Object.keys(hints.whenNew), ...Object.keys(hints.whenArchive)]))
    for (const label of document.querySelectorAll(`label[for^="${CSS.escape(name)}-field-"]`)) {
      const help = label.parentElement?.parentElement?.lastElementChild;
      // Decap's hint: a paragraph of one text (its Markdown), changed in place so React keeps its own.
      const text = help?.tagName === 'P' && help.childNodes.length === 1 ? help.firstChild : undefined;
      if (text?.nodeType !== Node.TEXT_NODE) continue;
      if (!schemaHints.has(text)) schemaHints.set(text, text.data);
      const wanted = shown[name] ?? schemaHints.get(text);
      if (text.data !== wanted) text.data = wanted;
    }
};
