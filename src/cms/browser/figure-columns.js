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
/** The items of the list `list` (each with its bar: arrow, handle, cross), not those of lists within them. */
const itemsOf = (list) => [...list.querySelectorAll('[class*="StyledListItemTopBar"]')].map((bar) => bar.parentElement).filter((item) => item?.parentElement?.closest('[id]') === list);
const labelFigures = () => {
  for (const list of document.querySelectorAll('[id^="values-field-"]')) {
    if (!figureListPattern.test(list.id)) continue;
    const columns = columnsOf(list);
    if (!columns) continue;
    const items = itemsOf(list);
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
// A figure's message named it by the list's label, «"Tall" må være et tall …», while the form labels it by its column
// (fresh eyes): it is named by its column and its row, as the form shows them, «tallet under «Q4 07–Q3 08» i raden
// «Nøtterøy»» (number-widget.js, `name`); a figure beyond the columns by its number.
/** What the figure with Decap's id `id` is called in a message, in lower case; undefined for a number that is no figure of a row. */
const figureName = (id) => {
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  // The figure list: the nearest element around it with a figure list's id whose items hold it.
  let list = label?.parentElement?.closest('[id]');
  while (list && !(figureListPattern.test(list.id) && itemsOf(list).some((item) => item.contains(label)))) list = list.parentElement?.closest('[id]');
  const columns = list && columnsOf(list);
  if (!columns) return undefined;
  const index = itemsOf(list).findIndex((item) => item.contains(label));
  const { texts, word } = columns;
  const figure = index >= texts.length ? `tall ${index + 1}` : `tallet under «${texts[index] || `${word[0].toUpperCase()}${word.slice(1)} ${index + 1}`}»`;
  // The row: the item of «Rader» the figure list is in, named by its «Radnavn» (or its number, while it has none).
  let row = list.parentElement;
  while (row && !row.querySelector(':scope > [class*="StyledListItemTopBar"]')) row = row.parentElement;
  const rows = row?.parentElement?.closest('[id]');
  if (!rows) return figure;
  const name = document.getElementById(fieldIdIn(row, 'label') ?? '')?.value?.trim();
  return `${figure} i ${name ? `raden ${inQuotes(name)}` : `rad ${itemsOf(rows).indexOf(row) + 1}`}`;
};
