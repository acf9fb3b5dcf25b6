// Text pasted from Word or typed with a space too many («2010-06-15 »,
// «Tittel\u00A0») is saved without the spaces around it, without soft hyphens,
// direction marks and other invisible characters (which also split words in
// the new file's name: «i-nett-verk»), with tabs, no-break spaces and Word's
// line breaks as plain spaces (pasted-text.js): Decap saves what is typed,
// and quoted the value in the file. The body keeps its own lines, with a year
// or a day and a month typed at the start of one («17. mai gikk toget …»,
// «2010. Det året …») saved as text («17\. mai»), as a paste from Word already
// was: unescaped, Markdown made it a list numbered from 17, which the preview
// showed and the content check then refused; the preview shows it as saved.
// A choice cleared with its × is left out, not saved as «null», which the
// content check refuses (an optional field is either there or not). So is an
// optional field emptied (a text, a number, a date): Decap saved «page: ""»,
// which the check refused as «er tomt», so emptying the field fixed nothing
// (fresh eyes). An empty value the file already had stays (the press contact's
// «role: ""»), so a save still changes only what was changed; `before` is
// the same place in the entry as Decap loaded it.
const datedLinesAsText = (body) => window.kompetansebankenEscapeDatedLines(body, monthPattern, window.kompetansebankenCodeLines);
// An HTML comment typed or pasted in the text («<!-- intern merknad … -->», saved escaped by Decap) was shown on
// the page, in the feeds and the e-mail: it is saved, and previewed, as the comment the site leaves out, {/* … */}
// (markdown/html-comments.ts).
const commentsHidden = (body) => window.kompetansebankenHtmlCommentsAsMdx(body, window.kompetansebankenCodeLines);
// «{», «}» and «<5» typed in the text are code to MDX: saved as text, as typed (markdown/code-signs.ts), not refused
// in words about MDX and backslashes (fresh eyes).
const codeSignsAsText = (body) => window.kompetansebankenEscapeCodeSigns(body, window.kompetansebankenCodeLines);
// Blank lines typed between blocks (Enter pressed again after a paragraph) are saved one each, as the page shows them;
// code keeps its own (markdown/blank-lines.ts).
const singleBlankLines = (body) => window.kompetansebankenSingleBlankLines(body, window.kompetansebankenCodeLines);
// Text typed right after a table's last row (Enter there starts the next row) is a paragraph, not one more row
// (markdown/table-ends.ts).
const tablesEnded = (body) => window.kompetansebankenTablesEnded(body, window.kompetansebankenCodeLines);
// A line break («\», Shift+Enter) last in a paragraph breaks no line, and the page showed the «\»: saved without it
// (markdown/dangling-breaks.ts).
const danglingBreaksDropped = (body) => window.kompetansebankenWithoutDanglingBreaks(body, window.kompetansebankenCodeLines);
const bodyAsSaved = (body) => singleBlankLines(danglingBreaksDropped(tablesEnded(codeSignsAsText(commentsHidden(datedLinesAsText(body))))));
// A quote typed in its own quotation marks, a name with its own dash: saved without them, as the page sets its own
// (lib/own-quote-marks.ts; `path`: the field's place in the data).
const cleaned = (value, key, before, path = []) => {
  if (typeof value === 'string') return key === 'body' ? bodyAsSaved(value) : window.kompetansebankenWithoutOwnQuoteMarks(path, pastedText.cleanText(value));
  const at = (place) => before?.get?.(place);
  const emptied = (item, place) => place !== 'body' && typeof item === 'string' && pastedText.cleanText(item) === '' && at(place) !== '';
  // A group whose every field was cleared (a new story's programme source, its document cleared with × and its
  // page emptied) is left out too: saved as «source: {}», the check refused it and the CMS had no way to remove it.
  const emptyGroup = (item) => item?.[immutableMap] === true && item.size === 0;
  if (value?.[immutableMap])
    return value
      .filter((item, place) => item !== null && item !== undefined && !emptied(item, place))
      .map((item, place) => cleaned(item, place, at(place), [...path, place]))
      .filter((item) => !emptyGroup(item));
  return typeof value?.map === 'function' ? value.map((item, place) => cleaned(item, place, at(place), [...path, place])) : value;
};
/** The entry's data as Decap loaded it from its file (undefined for a new entry). */
const loadedData = (entry) => decapStore()?.getState().entries.getIn(['entities', `${entry.get('collection')}.${entry.get('slug')}`, 'data']);
const immutableMap = '@@__IMMUTABLE_MAP__@@';
