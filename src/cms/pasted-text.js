// Text pasted into the CMS, most often from Word (and from e-mails, web pages
// and PDFs), as the site needs it. Runs in the browser (see start-script.ts);
// browser/body-paste.js hands it what the clipboard holds.
//
// The body is Markdown (MDX), and a paste gave it Word's plain text: paragraphs
// one line apart (one paragraph on the page), lists as «·» and a tab, tables as
// tabs, Shift+Enter as an invisible vertical tab, and < { } that MDX reads as
// code. bodyMarkdown() writes what Word's HTML means instead: paragraphs,
// **bold**, *italics*, links, headings, lists (Word's own list paragraphs too),
// tables, footnotes, Shift+Enter as a line break the page shows, Norwegian
// quotation marks (bodyQuotes), with what
// would be read as Markdown or code escaped, and Word's conditional comments,
// <o:p>, styles, invisible characters and images (counted, so the CMS can say
// so: imagesIn) left out. The
// HTML is turned into Markdown by turndown (window.kompetansebankenTurndown,
// see pasted-text-script.ts), told the site's Markdown; what is Word's (its
// list paragraphs, typed bullets, tabs, list markers) is made HTML's first.
// Without HTML (a PDF, a plain e-mail), the plain text is tidied the same way
// line by line, leaving what may be meant as Markdown (copied from another
// entry) as it is.
//
// A field (title, ingress, quote) is one line of text: fieldText() joins the
// lines and drops a Word bullet in front. cleanText() is what every field is
// saved as, pasted or typed, with Norwegian quotation marks.
(() => {
  /**
   * Invisible characters (`invisible`), a bullet typed or pasted at the start of a line (`bullet`), Word's Symbol
   * bullets anywhere (`symbolBullet`) and an address on the editor's own machine (`localAddress`), made from what the
   * content check uses (pasted-text-script.ts).
   */
  const { invisible, bullet, symbolBullet, localAddress } = window.kompetansebankenPastedPatterns;
  /** Characters that stand for a space: tabs, Word's line breaks (Shift+Enter), odd spaces. */
  const spaceLike = /[\t\u000B\u000C\u0085\u2028\u2029\u00A0\u202F\u2007\u3000]/g;
  /**
   * Line ends typed in a field (Enter in «Ingress»): every field but the body is shown as one paragraph, so the two
   * paragraphs the editor showed ran together on the page (fresh eyes). Saved as the page shows them, one line.
   */
  const lineEnds = /[ \t]*(?:\r\n?|\n)+[ \t]*/g;
  /** A number typed at the start of a line with a tab or «)» after it: «1.⇥», «1)». */
  const typedNumber = /^[ \t\u00A0]*(\d{1,3})(?:\.[ \u00A0]*\t|\))[ \t\u00A0]*(?=\S)/;

  /**
   * A field's text as saved, pasted or typed: one line (line ends typed are spaces), letters and accents made one, no
   * invisible characters, single spaces, and Norwegian quotation marks: Word's “…” and ‘…’ (and a phone's, which types
   * them for ") are «…», a quote inside one ‘…’ (lib/quoted.ts norwegianQuotes, sent as its source).
   */
  function cleanText(text) {
    return window.kompetansebankenNorwegianQuotes(text.normalize('NFC').replace(invisible, '').replace(lineEnds, ' ').replace(spaceLike, ' ').replace(/ {2,}/g, ' ').trim());
  }

  /**
   * Text pasted into a field: its lines joined, each without a Word bullet in front (one typed is refused by the
   * check). A list's second bullet stayed in the joined line, a box outside Word's Symbol font (fresh eyes); so did
   * one inside a line («… med­arbeidere \uF0B7 ett»), and the save was then refused for an invisible character to be
   * found: a Symbol bullet is never wanted in one line (the body makes it a list item), so it goes, with its space.
   */
  function fieldText(text) {
    return cleanText(
      text
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(bullet, '').replace(symbolBullet, ' '))
        .join(' ')
        .replace(/[ \t]{2,}/g, ' '),
    );
  }

  /** A line break inside a paragraph, as Markdown writes one the page shows (a line end alone is a space there). */
  const hardBreak = '\\\n';

  /**
   * Hard breaks only inside a paragraph: one at its start or end would be a «\» on the page, and two or more
   * in a row (Shift+Enter twice) are a new paragraph.
   */
  const tidyHardBreaks = (markdown) =>
    markdown
      .replace(/(?:\\\n){2,}/g, '\n\n')
      .replace(/(^|\n\n)(?:\\\n)+/g, '$1')
      .replace(/\\\n(?=\n|$)|\\$/g, '\n')
      .replace(/\n{3,}/g, '\n\n');

  // ---- Plain text ----

  /**
   * Two lines or more in a row with the same number of tab-separated cells (a table copied as plain text, from a
   * spreadsheet or a text file) as a table, the first line its headings, with an empty line around it. The tabs were
   * made spaces and the columns lost (fresh eyes). A Word bullet or number with a tab after it is a list item.
   */
  function tabTables(lines) {
    const cells = (line) => (line.includes('\t') && !bullet.test(line) && !typedNumber.test(line) ? line.split('\t').map((cell) => cell.trim()) : undefined);
    const out = [];
    for (let i = 0; i < lines.length; ) {
      const width = cells(lines[i])?.length;
      let end = i + 1;
      while (width && end < lines.length && cells(lines[end])?.length === width) end++;
      if (!width || end - i < 2) {
        out.push(lines[i++]);
        continue;
      }
      const row = (line) => `| ${cells(line).map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
      out.push('', row(lines[i]), `|${' --- |'.repeat(width)}`, ...lines.slice(i + 1, end).map(row), '');
      i = end;
    }
    return out;
  }

  /** Plain text as Markdown lines: Word's bullets and typed numbers as list items, with an empty line around each list. */
  function plainMarkdown(text) {
    const lines = tabTables(
      text
        .normalize('NFC')
        .replace(invisible, '')
        .replace(/\r\n?/g, '\n')
        .replace(/[\u000C\u2029]/g, '\n\n')
        .replace(/[\u000B\u2028\u0085]/g, '\u000B\n')
        .split('\n'),
    ).map((line) => {
      const item = bullet.test(line) ? line.replace(bullet, '- ') : line.replace(typedNumber, '$1. ');
      // Only a line's text: a space at the end is a line break in Markdown, a line of spaces no empty line.
      const trimmed = item.replace(/[ \t\u00A0]+(?=\u000B?$)/, '');
      const broken = trimmed.endsWith('\u000B');
      const text = broken ? trimmed.slice(0, -1).replace(/[ \t\u00A0]+$/, '') : trimmed;
      return `${isListItem(text) ? text : escapePlain(text.replace(/\t/g, ' '))}${broken && text ? '\\' : ''}`;
    });
    return tidyHardBreaks(tidyLines(lineBreaks(lines))).trim();
  }

  /** A line Markdown reads as a block of its own: a list item, a heading, a quote, a table row, a fence, a definition. */
  const blockLine = /^ {0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}(?:[ \t]|$)|\||>|`{3}|~{3}|\[[^\]]+\]:)/;

  /**
   * A single line end between two lines of text (an e-mail signature: name, telephone, e-mail) showed as lines of
   * their own in the editor and ran together on the page, where one line end is a space. It is made a line break
   * the page shows, as Shift+Enter writes it (body-breaks.ts); blocks and fenced code are left as they are.
   */
  function lineBreaks(lines) {
    if (lines.some((line) => /^ {0,3}(?:`{3}|~{3})/.test(line))) return lines;
    return lines.map((line, i) => {
      const next = lines[i + 1];
      const text = (value) => value !== undefined && value.trim() !== '' && !blockLine.test(value);
      return text(line) && text(next) && !line.endsWith('\\') ? `${line}\\` : line;
    });
  }

  const isListItem = (line) => /^(- |\d{1,3}\. )/.test(line);

  /**
   * Plain text keeps its Markdown (it may be copied from another entry); only what MDX would stop at, and
   * cannot be meant as code in a paste, is escaped: < before what cannot start a tag («<5 %»), { that is
   * no comment, an address in < > (written without them, as the content check asks).
   */
  function escapePlain(line) {
    return line
      .replace(/<((?:https?:|mailto:)[^\s<>]+|[^\s<>@]+@[^\s<>@]+)>/g, '$1')
      .replace(/(?<!\\)<(?![\p{L}/_$\s])/gu, '\\<')
      .replace(/(?<!\\)\{(?!\/\*)/g, '\\{')
      .replace(/(?<!\\|\*\/)\}/g, '\\}');
  }

  /** Lines as Markdown blocks: an empty line before and after each list, no runs of empty lines, none at the ends. */
  function tidyLines(lines) {
    const out = [];
    for (const line of lines) {
      const previous = out[out.length - 1];
      if (previous !== undefined && previous !== '' && line !== '' && isListItem(line) !== isListItem(previous)) out.push('');
      if (line === '' && previous === '') continue;
      out.push(line);
    }
    while (out[0] === '') out.shift();
    while (out[out.length - 1] === '') out.pop();
    return out.join('\n');
  }

  // ---- HTML (Word, Outlook, web pages), turned into Markdown by turndown ----
  // (Node lists go through Array.from: those of the unit tests' DOM, domino, cannot be spread.)

  const styleOf = (node) => (node.getAttribute?.('style') ?? '').replace(/\s+/g, '');
  const unbold = (text) => (/^\*\*[^]*\*\*$/.test(text) && text.split('**').length === 3 ? text.slice(2, -2) : text);
  // A style property itself, not Word's «mso-bidi-font-weight:normal» on every <b> (bold for right-to-left text only).
  const hasStyle = (node, property, values) => new RegExp(`(?:^|;)${property}:(?:${values})(?:;|$)`, 'i').test(styleOf(node));
  const isBold = (node) => (/^(b|strong)$/.test(node.localName) && !hasStyle(node, 'font-weight', 'normal|[1-5]00')) || (node.localName === 'span' && hasStyle(node, 'font-weight', 'bold|[6-9]00'));
  const isItalic = (node) => /^(i|em)$/.test(node.localName) || (node.localName === 'span' && hasStyle(node, 'font-style', 'italic'));
  /** Whether an element around `node` is `kind` too. */
  const inside = (node, kind) => {
    for (let parent = node.parentNode; parent?.nodeType === 1; parent = parent.parentNode) if (kind(parent)) return true;
    return false;
  };

  /**
   * Text of the HTML as Markdown text: literal, so what Markdown or MDX would read as syntax is escaped; at
   * the start of a text (where a line may start) what would be read as a heading, quote, list or rule too.
   */
  function escapeText(text) {
    return text
      .replace(invisible, '')
      .replace(/[\u000B\u2028\u2029]/g, '\n')
      .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
      .replace(/[*`]/g, '\\$&')
      // «_» starts or ends emphasis only at a word's edge: «fil_navn_her» is read as written, «_viktig_» is not.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      .replace(/<(?!\s)/g, '\\<')
      .replace(/[{}]/g, '\\$&')
      .replace(/\[(?=[^\]]*\]\()/g, '\\[')
      .replace(/^(\u00A0*)(#{1,6}|[>+-])(?=\s|$)/gm, '$1\\$2')
      .replace(/^(=+|-{2,})\s*$/gm, '\\$1')
      .replace(/^(\u00A0*\d{1,9})([.)])(?=\s|$)/gm, '$1\\$2');
  }

  const headingLevel = (node) => Number(node.localName[1]);
  /**
   * A heading's place among the levels of the headings in what is converted, 0 for the highest (turndown converts a
   * detached copy: its root is found by walking up). A web page's «h1» then «h3» were «##» and «####», a level
   * skipped, which the CMS then refused.
   */
  const headingRank = (node) => {
    let root = node;
    while (root.parentNode) root = root.parentNode;
    const levels = [...new Set([...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(headingLevel))].sort();
    return levels.indexOf(headingLevel(node));
  };

  const turndown = new window.kompetansebankenTurndown({ headingStyle: 'atx', hr: '---', bulletListMarker: '-', emDelimiter: '*', strongDelimiter: '**', codeBlockStyle: 'fenced', br: '' });
  turndown.escape = escapeText;
  turndown
    .addRule('dropped', {
      filter: ['head', 'style', 'script', 'meta', 'title', 'link', 'xml', 'img', 'svg', 'object', 'template', 'button', 'input', 'select', 'textarea', 'caption', 'colgroup'],
      replacement: () => '',
    })
    // The page's title is the one «#»: the highest heading pasted is «##» (Word's «Overskrift 2» too, when
    // «Overskrift 1» was the document's title), the others a level at a time below it, and not bold too.
    .addRule('heading', {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      replacement: (content, node) => {
        // After «## », nothing is read as a list or quote: «1. Innledning» as written.
        const text = unbold(content.trim().replace(/\s*(?:\\\n|\n)\s*/g, ' ')).replace(/^(\d{1,9})\\([.)])|^\\([#>+=-])/, '$1$2$3');
        return text ? `\n\n${'#'.repeat(Math.min(headingRank(node) + 2, 4))} ${text}\n\n` : '';
      },
    })
    // In a list item or a table cell, a paragraph is text on its line.
    .addRule('paragraph', { filter: 'p', replacement: (content, node) => (/^(li|td|th)$/.test(node.parentNode.localName) ? ` ${content} ` : `\n\n${content}\n\n`) })
    // Shift+Enter in Word: a line break the page shows (a Markdown hard break, «\» at the end of the line).
    .addRule('lineBreak', { filter: 'br', replacement: (_content, node) => (node.closest('li, td, th') ? ' ' : hardBreak) })
    // Bold and italics from tags and from styles (Outlook's, web pages'), each once: Word nests bold in bold.
    .addRule('marks', {
      filter: ['b', 'strong', 'i', 'em', 'span'],
      replacement: (content, node) => {
        const marks = `${isItalic(node) && !inside(node, isItalic) ? '*' : ''}${isBold(node) && !inside(node, isBold) ? '**' : ''}`;
        return content.trim() ? `${marks}${content}${marks}` : content;
      },
    })
    .addRule('strikethrough', { filter: ['s', 'strike', 'del'], replacement: (content) => (content.trim() ? `~~${content}~~` : content) })
    // Only a link to a web page or an address stays a link (not Word's links inside its document, as «#_Toc1»,
    // which the browser may give as an address on the CMS's own page). One copied from the preview in `npm run dev`
    // («http://localhost:4321/nyheter/…») is the site's own page: its address from «/», as the check asks.
    .addRule('link', {
      filter: 'a',
      replacement: (content, node) => {
        const given = node.getAttribute('href') ?? '';
        const local = localAddress.exec(given);
        const href = local ? local[1] || '/' : given;
        const here = typeof location === 'object' && href.startsWith(`${location.href.split('#')[0]}#`);
        return (local || /^(https?:|mailto:)/i.test(href)) && !here && content.trim() ? `[${content}](${href.replace(/[()\s]/g, encodeURIComponent)})` : content;
      },
    })
    // Word's footnotes and endnotes as the site's: «[^1]» in the text, «[^1]: …» where the note is
    // (after the link rule: turndown tries the rule added last first).
    .addRule('note', {
      filter: (node) => node.localName === 'a' && wordNote(node) !== undefined,
      replacement: (_content, node) => {
        const { label, definition } = wordNote(node);
        return definition ? `[^${label}]: ` : `[^${label}]`;
      },
    })
    // «- » and «1. », as the site's Markdown has them; the items of a list nested under an item by three spaces.
    .addRule('listItem', {
      filter: 'li',
      replacement: (content, node) => {
        const list = node.parentNode;
        const marker = list.localName === 'ol' ? `${(Number(list.getAttribute('start')) || 1) + Array.from(list.children).indexOf(node)}. ` : '- ';
        const text = content.trim().replace(/\n+/g, '\n   ');
        return text ? `${marker}${text}${node.nextSibling ? '\n' : ''}` : '';
      },
    })
    // Tables as GFM tables: the first row is the header (Word has no <th>), every row as wide as the widest (merged
    // cells spread out first: spreadMergedCells), a column whose cells are all right-aligned or centred (Word's
    // numbers) aligned so.
    .addRule('tableCell', { filter: ['td', 'th'], replacement: (content) => `| ${unbold(content.trim().replace(/\s{2,}|\n/g, ' ')).replace(/\|/g, '\\|')} ` })
    .addRule('tableRow', {
      filter: 'tr',
      replacement: (content, row) => {
        const table = row.closest('table');
        const rows = Array.from(table.rows);
        const width = Math.max(...rows.map((each) => each.cells.length));
        const line = `${content}${'|  '.repeat(width - row.cells.length)}|`;
        if (row !== rows[0]) return `${line}\n`;
        const delimiter = (column) => {
          const cells = rows.slice(1).map((each) => each.cells[column]).filter((cell) => cell?.textContent.replace(invisible, '').trim());
          const aligned = new Set(cells.map(cellAlignment));
          return aligned.size === 1 && cells.length ? { right: ' ---: |', center: ' :---: |' }[[...aligned][0]] ?? ' --- |' : ' --- |';
        };
        return `\n${line}\n|${Array.from({ length: width }, (_, column) => delimiter(column)).join('')}\n`;
      },
    })
    .addRule('tableSection', { filter: ['thead', 'tbody', 'tfoot'], replacement: (content) => content })
    .addRule('table', { filter: 'table', replacement: (content) => `\n\n${content.trim().replace(/\n+/g, '\n')}\n\n` });

  /**
   * A link Word makes for a footnote or an endnote: the number in the text (name «_ftnref1») or the note's own
   * (name «_ftn1», in front of its text at the end). Its label: the number, an endnote's «sluttnote-1».
   */
  function wordNote(node) {
    const match = /^_(ftn|edn)(ref)?(\d+)$/.exec(node.getAttribute('name') ?? '');
    if (!match) return undefined;
    return { label: match[1] === 'edn' ? `sluttnote-${match[3]}` : match[3], definition: !match[2] };
  }

  /** A list marker that is a number or a letter («1.», «a)», «(iv)»), not a bullet. */
  const orderedMarker = /^\(?[0-9a-zA-Z]{1,5}[.)]$/;

  /** Word's list paragraph: its level (1, 2 …), its list (Word numbers them: l0, l1 …) and whether its marker is a number or a letter. */
  function wordListItem(node) {
    const style = styleOf(node);
    const level = /mso-list:l\d+level(\d+)/i.exec(style)?.[1];
    if (!level && !/^MsoListParagraph/i.test(node.getAttribute('class') ?? '')) return undefined;
    const marker = Array.from(node.querySelectorAll('[style]')).find((child) => /mso-list:Ignore/i.test(styleOf(child)))?.textContent.replace(/[\s\u00A0]+/g, ' ').trim();
    if (!level && marker === undefined) return undefined;
    const group = `word ${/mso-list:(l\d+)/i.exec(style)?.[1] ?? ''}`;
    return { level: Number(level ?? 1), group, ordered: marker !== undefined && orderedMarker.test(marker) && marker !== 'o', hidden: marker !== undefined };
  }

  /**
   * The marker typed in front of `node`'s text that `pattern` finds (a bullet, or a number), taken out with the spaces
   * around it; the marker, or undefined if there was none.
   */
  function removeTypedMarker(node, pattern) {
    const match = pattern.exec(node.textContent.replace(invisible, '').replace(/[\r\n ]+/g, ' '));
    if (!match) return undefined;
    // The marker's characters and the spaces around them leave the paragraph's first texts.
    let left = match[0].replace(/[\s\u00A0]+/g, '');
    for (const textNode of textNodes(node)) {
      let start = 0;
      for (; start < textNode.data.length; start += 1) {
        if (left && textNode.data[start] === left[0]) left = left.slice(1);
        else if (!/[\s\u00A0]/.test(textNode.data[start])) break;
      }
      textNode.data = textNode.data.slice(start);
      if (textNode.data) break;
    }
    return match[0].replace(/[\s\u00A0]+/g, '');
  }

  /**
   * A Word list paragraph's marker as text: a bullet, Word's «o» (a second level's) with spaces after, or a number or
   * letter with «.» or «)» («1.», «a)»).
   */
  const listMarker = new RegExp(`${bullet.source}|^[ \\t\\u00A0]*(?:o[ \\t\\u00A0]{2,}|\\(?[0-9a-zA-Z]{1,3}[.)][ \\t\\u00A0]+)(?=\\S)`);

  /** A paragraph with a bullet («•», «–⇥») or number («1)», «1.⇥») typed in front: a list item, without it. */
  function typedListItem(node) {
    if (removeTypedMarker(node, bullet) !== undefined) return { level: 1, group: 'typed false', ordered: false };
    return removeTypedMarker(node, typedNumber) !== undefined ? { level: 1, group: 'typed true', ordered: true } : undefined;
  }

  /** A paragraph: a <p>, or a <div> with text and no blocks in it (Outlook's and web mail's paragraphs). */
  const isParagraph = (node) => node.localName === 'p' || (node.localName === 'div' && !node.querySelector('p, div, table, ul, ol, li, h1, h2, h3, h4, h5, h6, blockquote, pre'));

  /**
   * A paragraph whose lines (split by <br>, Shift+Enter) start with a typed bullet («· Dialogmøter<br>· Tett
   * oppfølging»): a paragraph per line, each then a list item. It was one item, the next bullet in its text.
   */
  function splitBulletedLines(node) {
    const document = node.ownerDocument;
    const lines = [[]];
    for (const child of Array.from(node.childNodes)) child.localName === 'br' ? lines.push([]) : lines.at(-1).push(child);
    const texts = lines.map((line) => line.map((child) => child.textContent).join('').replace(invisible, ''));
    if (lines.length < 2 || !texts.slice(1).some((text) => bullet.test(text))) return;
    for (const line of lines.filter((_, index) => texts[index].trim())) {
      const paragraph = document.createElement(node.localName);
      for (const child of line) paragraph.appendChild(child);
      node.before(paragraph);
    }
    node.remove();
  }

  const textNodes = (node) => Array.from(node.childNodes).flatMap((child) => (child.nodeType === 3 ? [child] : textNodes(child)));

  /** The list paragraphs among `container`'s children as lists, nested by level; an empty paragraph between two items leaves them one list. */
  function makeLists(container) {
    const document = container.ownerDocument;
    let group;
    let lists = [];
    for (const child of Array.from(container.children)) {
      // A Word list paragraph without its marker hidden (mso-list:Ignore: Word Online, an older Word) has it as text.
      const wordItem = isParagraph(child) ? wordListItem(child) : undefined;
      const shownMarker = wordItem && !wordItem.hidden ? removeTypedMarker(child, listMarker) : undefined;
      if (shownMarker) wordItem.ordered = orderedMarker.test(shownMarker);
      const item = isParagraph(child) ? (wordItem ?? typedListItem(child)) : undefined;
      if (!item) {
        if (child.textContent.replace(invisible, '').trim()) group = undefined;
        continue;
      }
      if (item.group !== group) [group, lists] = [item.group, []];
      const level = Math.min(item.level, lists.length + 1);
      lists.length = level;
      if (!lists[level - 1]) {
        const list = document.createElement(item.ordered ? 'ol' : 'ul');
        if (level === 1) child.before(list);
        else lists[level - 2].lastElementChild.appendChild(list);
        lists[level - 1] = list;
      }
      const listItem = lists[level - 1].appendChild(document.createElement('li'));
      while (child.firstChild) listItem.appendChild(child.firstChild);
      child.remove();
    }
  }

  /** A table cell's alignment, «right», «center» or «left»: its own, or that of the paragraph in it (Word's «align=right»). */
  function cellAlignment(cell) {
    for (const node of [cell, cell.querySelector('p')]) {
      const align = (node?.getAttribute('align') ?? '').toLowerCase() || (/(?:^|;)text-align:(right|center)/i.exec(node ? styleOf(node) : '')?.[1] ?? '').toLowerCase();
      if (align === 'right' || align === 'center') return align;
    }
    return 'left';
  }

  /**
   * A table's merged cells (Word's colspan and rowspan) spread out, for a Markdown table has none: a cell across
   * columns keeps its text in the first and leaves the others empty, but in the first row, the headings, where each
   * column needs one; a cell down rows is repeated in each, so every row reads alone (on a phone a row is a card). Pasted as they were, the cells after one stood under the
   * wrong headings (fresh eyes).
   */
  function spreadMergedCells(table) {
    const document = table.ownerDocument;
    const rows = Array.from(table.rows);
    // Cells from the rows above that reach into a row, by column: the cell, or null for an empty one beside it.
    const reaching = rows.map(() => new Map());
    rows.forEach((row, index) => {
      const placed = [];
      let column = 0;
      const fromAbove = () => {
        while (reaching[index].has(column)) {
          const cell = reaching[index].get(column);
          placed.push(cell ? cell.cloneNode(true) : document.createElement('td'));
          column++;
        }
      };
      for (const cell of Array.from(row.cells)) {
        fromAbove();
        const across = Math.max(1, Math.floor(Number(cell.getAttribute('colspan'))) || 1);
        const down = Math.max(1, Math.floor(Number(cell.getAttribute('rowspan'))) || 1);
        cell.removeAttribute('colspan');
        cell.removeAttribute('rowspan');
        for (let below = index + 1; below < Math.min(rows.length, index + down); below++)
          for (let beside = 0; beside < across; beside++) reaching[below].set(column + beside, beside === 0 ? cell : null);
        placed.push(cell, ...Array.from({ length: across - 1 }, () => (index === 0 ? cell.cloneNode(true) : document.createElement(cell.localName))));
        column += across;
      }
      // Cells from above at the row's end, after any gap.
      const last = Math.max(-1, ...reaching[index].keys());
      while (column <= last) {
        if (reaching[index].has(column)) fromAbove();
        else (placed.push(document.createElement('td')), column++);
      }
      while (row.firstChild) row.removeChild(row.firstChild);
      for (const cell of placed) row.appendChild(cell);
    });
  }

  /** The clipboard's HTML as Markdown: Word's tabs, list paragraphs and typed lists made HTML's first, its markers and hidden text left out. */
  function htmlMarkdown(root) {
    const copy = root.cloneNode(true);
    for (const table of Array.from(copy.querySelectorAll('table'))) spreadMergedCells(table);
    for (const element of Array.from(copy.querySelectorAll('[style]'))) if (/mso-tab-count/i.test(styleOf(element))) element.replaceWith('\t');
    for (const paragraph of Array.from(copy.querySelectorAll('p, div')).filter(isParagraph)) splitBulletedLines(paragraph);
    for (const container of new Set(Array.from(copy.querySelectorAll('p, div')).filter(isParagraph).map((p) => p.parentNode))) makeLists(container);
    // A bullet typed in a list's item as well («<li>· Dialogmøter»): the list has its own.
    for (const item of Array.from(copy.querySelectorAll('li'))) removeTypedMarker(item, bullet);
    for (const element of Array.from(copy.querySelectorAll('[style]'))) if (/mso-list:Ignore|display:none/i.test(styleOf(element))) element.remove();
    // The line Word draws above its notes (in a part of the HTML meant for other programs than Word).
    for (const list of Array.from(copy.querySelectorAll('[style]')).filter((element) => /mso-element:(footnote|endnote)-list/i.test(styleOf(element))))
      for (const child of Array.from(list.children)) if (/^(hr|br)$/.test(child.localName)) child.remove();
    // Single spaces, none at the ends of lines (Word's spacing); a table's empty cells as they are.
    return tidyHardBreaks(
      turndown
        .turndown(copy)
        .split('\n')
        .map((line) => (line.startsWith('|') ? line : line.replace(/^( *)\u00A0[ \u00A0]*/, '$1').replace(/(?<=\S)[ \u00A0]{2,}/g, ' ').replace(/[ \u00A0]+$/, '')))
        .join('\n')
        .trim(),
    ).trim();
  }

  /** Whether HTML on the clipboard is a document's text (Word, an e-mail, a web page), not code from an editor. */
  function isDocument(root) {
    if (!root.textContent.trim()) return false;
    const styles = [root, ...Array.from(root.querySelectorAll('[style]'))].map(styleOf);
    // A code editor (VS Code, GitHub) copies Markdown as lines in a monospace font: the plain text is meant.
    const code = styles.some((style) => /white-space:pre|font-family:[^;]*(consolas|monaco|menlo|courier|monospace)/i.test(style));
    return !code || styles.some((style) => /mso-/i.test(style));
  }

  // ---- Quotation marks ----

  /**
   * What keeps its characters in the body's Markdown: a code span, a link's address («](…)», «<https://…>») and a
   * reference's definition («[1]: https://…»). Fenced code is kept by its lines (bodyQuotes).
   */
  const keptInMarkdown = /(?<!\\)(`+)(?!`)[^]*?(?<!`)\1(?!`)|\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)|<(?:https?:|mailto:)[^>\s]*>|^ {0,3}\[[^\]]+\]:[ \t]*\S+/gm;
  /** A noncharacter, never in a text, standing for what is kept while the marks around it are read. */
  const keptSign = '\uFDD0';

  /** A text's quotation marks made Norwegian (norwegianQuotes), what keptInMarkdown finds as it was. */
  function textQuotes(text) {
    const kept = [];
    const marked = window.kompetansebankenNorwegianQuotes(
      text.replace(keptInMarkdown, (match) => {
        kept.push(match);
        return keptSign;
      }),
    );
    return marked.replace(new RegExp(keptSign, 'g'), () => kept.shift());
  }

  /**
   * The body's Markdown with Norwegian quotation marks, as a field gets them (cleanText): Word's “…” and ‘…’ are «…», a
   * quote inside one ‘…’, an apostrophe as it is («KS’», «d’Artagnan»). Each paragraph, list item, table row and
   * heading is read as a whole, its marks paired within it; fenced code, code spans and links' addresses keep theirs.
   * Fresh eyes: text pasted from Word into the body kept “…”, where a title pasted with it got «…».
   */
  function bodyQuotes(markdown) {
    const lines = markdown.split('\n');
    // Fenced code as the site reads it (markdown/fenced-code.ts, set on the page before this script).
    const codeLines = window.kompetansebankenCodeLines(lines);
    const groups = [];
    let open = false;
    lines.forEach((line, i) => {
      const code = codeLines[i];
      const starts = code || !open || line.trim() === '' || blockLine.test(line);
      if (starts) groups.push({ code, lines: [] });
      groups.at(-1).lines.push(line);
      // Text after a line of text, a list item or a quote goes on with it; after code, a heading or a table row it does not.
      open = !code && line.trim() !== '' && !/^ {0,3}(?:#{1,6}(?:[ \t]|$)|\|)/.test(line);
    });
    return groups.map(({ code, lines }) => (code ? lines.join('\n') : textQuotes(lines.join('\n')))).join('\n');
  }

  /**
   * What a paste into the body should insert, as Markdown: from the clipboard's HTML (`root`, its parsed
   * body, if it has one that is a document's text) or else its plain text; with Norwegian quotation marks.
   */
  function bodyMarkdown(root, text) {
    if (root && isDocument(root)) {
      const markdown = htmlMarkdown(root);
      if (markdown) return bodyQuotes(markdown);
    }
    return bodyQuotes(plainMarkdown(text ?? ''));
  }

  /** How many images the clipboard's HTML (`root`) has: a paste gives only its text, and images are uploaded instead. */
  function imagesIn(root) {
    return root && isDocument(root) ? root.querySelectorAll('img').length : 0;
  }

  window.kompetansebankenPastedText = { cleanText, fieldText, bodyMarkdown, imagesIn };
})();
