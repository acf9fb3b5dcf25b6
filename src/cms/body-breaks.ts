// Line breaks in the CMS's text field (Decap's Markdown editor in raw mode: a line of the editor is a line of the
// saved Markdown). The page must show what the editor showed:
// - Enter at the end of a typed line started a line of its own in the editor, but one line break in Markdown is a
//   space on the page: the two lines were one paragraph there (and in the preview). Enter after text now makes a new
//   paragraph (an empty line between), as in Word; after a heading it stays one line break. After a quote («> …») it
//   is a new paragraph too, outside the quote: one line break took the next line typed into the quote (lazy
//   continuation), so the writer's own sentence stood in the speaker's quote (fresh eyes). «> » starts another.
// - Enter after a list item gave one line break, and the next line typed («Tettere oppfølging») went into the item
//   above (fresh eyes). As in Markdown editors (GitHub): Enter starts the next item («- », or «2. » after «1. », at
//   the same indent), and Enter on an item still empty ends the list (its marker taken out, an empty line left).
// - Enter at the end of a table's row is one line break: the next row, so a table is typed row by row (an empty line
//   after its first row cut it off there: fresh eyes). After its first row, Enter puts in the separator line
//   («| --- | --- |», one cell per column) that was typed by hand. Text typed after the last row went into the table, as a row of
//   its own on the page and in the e-mail (fresh eyes): the save sets a line without «|» after a table off as a
//   paragraph (markdown/table-ends.ts), and a table pasted at the end of the text ends with an empty line.
// - Shift+Enter, which Word uses for a line break inside a paragraph, is saved as one the page shows: «\» at the end
//   of the line, as a paste from Word writes it (pasted-text.js).
// - A list or other blocks pasted (from Word, pasted-text.js) right after a typed line went into that line: «Første
//   linje- Dialogmøter tidlig», a list no more. Blocks pasted are set off by an empty line from the text around them.
// - A Word bullet («•», «·») typed at a line's start, then a space, is «- », a list item, as a paste makes it.
// - A bullet typed out of habit into the item Enter started («- » put in, then «- » typed) was saved «- - punkt», a
//   list inside an empty item, shown as two bullets (fresh eyes). A bullet («-», «*», «+», Word's «•» or «·») or the
//   item's own number typed there, then a space, is taken as the item's marker, which is there already.
// Self-contained: the CMS page runs its source (start-script.ts), as window.kompetansebankenTextAtCaret.

/** What is put in at the caret: Markdown pasted or dropped, or a key pressed. */
export type AtCaret = { markdown: string } | { key: 'enter' | 'shift-enter' | 'space' };

/** What the caret's place gets: `removed` characters before the caret taken out, then `text` put in. */
export type CaretEdit = { removed: number; text: string };

/**
 * What to put in at the caret, which stands between `before` and `after` (the field's text on either side of it;
 * of a selection, before its start and after its end); undefined where the editor's own is right (a few words
 * pasted into a line, a single line break). `codeLines` tells the lines of fenced code (markdown/fenced-code.ts),
 * where text goes in as it is; `asSaved` gives a line as the CMS saves it (a year or a date at its start made text,
 * markdown/dated-lines.ts: «17. mai …» is no list item, and Enter after it starts no «18. »).
 */
export function textAtCaret(
  input: AtCaret,
  before: string,
  after: string,
  codeLines: (lines: readonly string[]) => boolean[],
  asSaved: (line: string) => string = (line) => line,
): CaretEdit | undefined {
  // A line Markdown reads as a block of its own, which the next line does not join as a paragraph would: a list
  // item, a table row, a heading, a quote, a fence, a footnote.
  const block = /^ {0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}(?:[ \t]|$)|\||>|`{3}|~{3}|\[\^[^\]]+\]:)/;
  // A list item: its indent, its bullet or number and what follows it («.» or «)»), the space after, a task's box.
  const item = /^([ \t]*)(?:([-*+])|(\d{1,9})([.)]))([ \t]+)(\[[ xX]\][ \t]+)?/;
  const tableRow = /^ {0,3}\|/;
  const linesBefore = before.split('\n');
  const linesAfter = after.split('\n');
  const lineBefore = linesBefore.at(-1) ?? '';
  const line = lineBefore + linesAfter[0];
  const inCode = codeLines(`${before}${after}`.split('\n'))[linesBefore.length - 1] === true;
  if (inCode) return undefined;
  const insert = (text: string) => ({ removed: 0, text });
  if ('markdown' in input) {
    const { markdown } = input;
    if (!markdown.includes('\n') && !block.test(markdown)) return undefined;
    const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    // A table at the end of the text: the empty line after it, where the next text is a paragraph.
    const endsInTable = tableRow.test(markdown.trimEnd().split('\n').at(-1) ?? '');
    const trail = after === '' ? (endsInTable ? '\n\n' : '') : after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
    return insert(`${lead}${markdown}${trail}`);
  }
  if (lineBefore.trim() === '') return undefined;
  if (input.key === 'space') {
    // A marker typed into an empty item («- -‸», «2. 2.‸», nothing after the caret): taken out again, and the space
    // too (the item has its own), so the item is «- ‸». Written here, not in a function beside: the CMS runs this
    // function's own source.
    if (linesAfter[0]!.trim() !== '') return undefined;
    // A sub-item, as the hint says: two spaces and «-» typed on the item Enter started («-   -») or on a line of its
    // own below an item («  -»). It is indented to the text of the item above, where Markdown takes it as that item's
    // list (a numbered item's text starts three in, «1. »); it was saved «-   Under», a flat item (fresh eyes).
    const subItem = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t](?:\[[ xX]\][ \t])?)?[ \t]{2,}([-*+•·])$/.exec(lineBefore);
    const parent = subItem && linesBefore.length > 1 ? item.exec(linesBefore.at(-2)!) : null;
    if (subItem && parent) return { removed: lineBefore.length, text: `${' '.repeat(parent[0].length - (parent[6]?.length ?? 0))}${/[-*+]/.test(subItem[1]!) ? subItem[1] : '-'} ` };
    // A Word bullet typed at a line's start («•», Alt+0149; «·»): a list item, as a paste makes it. Saved, the check
    // refused it as «et punkttegn fra Word» (fresh eyes).
    const wordBullet = /^[ \t]*[•·▪◦●]$/.test(lineBefore);
    // Right after a list the editor ended (Enter on its empty item left an empty line), a bullet goes on with that
    // list: «- » or «3. » there made it one loose list, its items spaced as paragraphs (fresh eyes). Its own bullet or
    // next number, at its indent.
    const typedMarker = /^[ \t]*(?:[•·▪◦●]|[-*+]|(\d{1,9})[.)])$/.exec(lineBefore);
    const ended = typedMarker && linesBefore.length > 2 && linesBefore.at(-2)!.trim() === '' ? item.exec(linesBefore.at(-3)!) : null;
    const next = ended && (ended[2] ?? `${Number(ended[3]) + 1}${ended[4]}`);
    // A number typed goes on with a numbered list only as its next number («3.» after «2.»), a Markdown bullet only
    // with a bulleted list; another starts a list of its own (Markdown reads a list of another kind apart).
    const goesOn = typedMarker?.[1] !== undefined ? next === lineBefore.trim() : wordBullet || ended?.[2] !== undefined;
    if (ended && goesOn) return { removed: lineBefore.length + 1, text: `${ended[1]}${next} ` };
    if (wordBullet) return { removed: 1, text: '- ' };
    const listItem = item.exec(lineBefore);
    if (!listItem) return undefined;
    const [marker, , , number, delimiter] = listItem;
    const typed = lineBefore.slice(marker.length);
    const same = number !== undefined && typed === `${number}${delimiter}`;
    return /^[-*+•·]$/.test(typed) || same ? { removed: typed.length, text: '' } : undefined;
  }
  // A line break inside a paragraph, a list item or a quote; a heading or a table row cannot hold one.
  if (input.key === 'shift-enter') return /^ {0,3}(?:#{1,6}(?:[ \t]|$)|\|)/.test(line) || lineBefore.endsWith('\\') ? undefined : insert('\\\n');
  // A table's first row («| Kommune | 2008 |»), Enter at its end: the line under it that makes it a table, one
  // «---» per column, and the caret on the next row. It was typed by hand, and a table without it was text on the page
  // (the check named it). The separator typed there as well, out of habit, is taken out at its Enter, as a bullet
  // typed into an item is: one separator, whichever way the table was typed. (One paste: Ctrl+Z takes it out.)
  const separator = /^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;
  if (linesAfter[0]!.trim() === '' && /^ {0,3}\|.*\|[ \t]*$/.test(line)) {
    const above = linesBefore.at(-2) ?? '';
    if (separator.test(line) && separator.test(above)) return { removed: lineBefore.length, text: '' };
    const columns = line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).length;
    if (!tableRow.test(above) && !separator.test(linesAfter[1] ?? '')) return insert(`\n|${' --- |'.repeat(columns)}\n`);
  }
  const listItem = asSaved(line) === line ? item.exec(lineBefore) : null;
  if (listItem) {
    const [marker, indent, bullet, number, delimiter, space, task] = listItem;
    // An item with nothing in it, the caret at its end: the list ends here; a sub-item goes up a level, to the next
    // item of the list it is in, as in Word (it ended the whole list).
    if (line.trim() === marker.trim() && linesAfter[0]!.trim() === '') {
      const above = linesBefore.slice(0, -1).reverse();
      const blank = above.findIndex((l) => l.trim() === '');
      const list = blank === -1 ? above : above.slice(0, blank);
      const outer = indent ? list.map((l) => item.exec(l)).find((m) => m !== null && m[1]!.length < indent.length) : undefined;
      if (outer) return { removed: lineBefore.length, text: `${outer[1]}${outer[2] ?? `${Number(outer[3]) + 1}${outer[4]}`}${outer[5]}` };
      return { removed: lineBefore.length, text: '\n' };
    }
    // A line starting «3. plass gikk til …» with no list above it is an ordinal, not a list the editor started: Enter
    // put «4. » before the next line, and the text became a numbered list the check let pass (fresh eyes). A new
    // paragraph instead; the check then names the line and what to write.
    const listAbove = linesBefore.length > 1 && item.test(linesBefore.at(-2)!);
    if (number !== undefined && Number(number) > 1 && !listAbove) return insert('\n\n');
    const next = bullet ?? `${Number(number) + 1}${delimiter}`;
    return insert(`\n${indent}${next}${space}${task ? '[ ] ' : ''}`);
  }
  const quote = /^ {0,3}>/;
  return block.test(asSaved(line)) && !quote.test(line) ? undefined : insert('\n\n');
}
