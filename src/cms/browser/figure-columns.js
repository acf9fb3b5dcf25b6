// A row of a figure table (or of a story's series) shows each figure under its column's text («Q4 07–Q3 08»), side
// by side, and offers «Legg til: tall» only while the row has fewer figures than the table has columns. Each figure
// was a box of its own labelled «Tall», with its own bar (arrow, handle, cross), one under the other: three figures
// filled a phone's screen, which figure was which column had to be counted, and «Legg til: tall» was offered on a
// full row (fresh eyes). A figure beyond the columns (a column removed) says so at its label and keeps its cross; the
// check refuses the row before the save (schemas/figure-table.ts checkRowWidths). The marks are data attributes,
// which React leaves alone, styled in admin-styles.ts; the label's text is set as newsletter-items.js sets a summary.
const figureListPattern = /^values-field-\d+$/;
/** The texts of the columns the figure list `list` stands under: the table's «Kolonner» or the series' «Perioder». */
const columnsOf = (list) => {
  const names = [];
  for (let at = list.parentElement?.closest('[id]'); at; at = at.parentElement?.closest('[id]'))
    if (fieldPattern.test(at.id)) names.unshift(at.id.replace(fieldPattern, ''));
  if (names.at(-1) !== 'rows') return undefined;
  const around = decapStore()?.getState().entryDraft.getIn(['entry', 'data', ...names.slice(0, -1)]);
  for (const [name, word] of [['columns', 'kolonne'], ['periods', 'periode']]) {
    const columns = around?.get?.(name);
    if (columns?.toArray) return { texts: columns.toArray().map((text) => String(text ?? '').trim()), word };
  }
  return undefined;
};
const setText = (label, text) => {
  const node = label?.firstChild;
  if (node?.nodeType === Node.TEXT_NODE && node.data !== text) node.data = text;
};
const labelFigures = () => {
  for (const list of document.querySelectorAll('[id^="values-field-"]')) {
    if (!figureListPattern.test(list.id)) continue;
    const columns = columnsOf(list);
    if (!columns) continue;
    const items = [...list.querySelectorAll('[class*="StyledListItemTopBar"]')].map((bar) => bar.parentElement).filter((item) => item?.parentElement?.closest('[id]') === list);
    const state = items.length >= columns.texts.length ? 'full' : 'open';
    if (list.dataset.kbFigures !== state) list.dataset.kbFigures = state;
    items.forEach((item, index) => {
      const extra = index >= columns.texts.length;
      if (item.dataset.kbExtra !== String(extra)) item.dataset.kbExtra = String(extra);
      const label = [...item.querySelectorAll('label[for]')].find((found) => figureListPattern.test(found.htmlFor));
      const { texts, word } = columns;
      setText(label, extra ? `Tall ${index + 1} har ingen ${word}: fjern det` : texts[index] || `${word[0].toUpperCase()}${word.slice(1)} ${index + 1}`);
    });
  }
};
