// Text pasted into the CMS, most often from Word (and from e-mails, web pages
// and PDFs), as the site needs it. Runs in the browser (see start-script.ts);
// start-browser.js hands it what the clipboard holds.
//
// The body is Markdown (MDX), and a paste gave it Word's plain text: paragraphs
// one line apart (one paragraph on the page), lists as «·» and a tab, tables as
// tabs, Shift+Enter as an invisible vertical tab, and < { } that MDX reads as
// code. bodyMarkdown() writes what Word's HTML means instead: paragraphs,
// **bold**, *italics*, links, headings, lists (Word's own list paragraphs too),
// tables, with what would be read as Markdown or code escaped, and Word's
// conditional comments, <o:p>, styles and invisible characters left out.
// Without HTML (a PDF, a plain e-mail), the plain text is tidied the same way
// line by line, leaving what may be meant as Markdown (copied from another
// entry) as it is.
//
// A field (title, ingress, quote) is one line of text: fieldText() joins the
// lines and drops a Word bullet in front. cleanText() is what every field is
// saved as, pasted or typed.
(() => {
  /** Invisible characters: soft hyphens, zero-width spaces and joiners, direction marks, a BOM. */
  const invisible = /[\u00AD\u200B\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069\u034F]/g;
  /** Characters that stand for a space: tabs, Word's line breaks (Shift+Enter), odd spaces. */
  const spaceLike = /[\t\u000B\u000C\u0085\u2028\u2029\u00A0\u202F\u2007\u3000]/g;
  /** A bullet typed or pasted at the start of a line: a bullet sign, or a dash or «o» with Word's tab after it. */
  const bullet = /^[ \t\u00A0]*(?:[•▪◦●·■□➢►✓]|[–—o-](?=[ \u00A0]*\t))[ \t\u00A0]*(?=\S)/;
  /** A number typed at the start of a line with a tab or «)» after it: «1.⇥», «1)». */
  const typedNumber = /^[ \t\u00A0]*(\d{1,3})(?:\.[ \u00A0]*\t|\))[ \t\u00A0]*(?=\S)/;

  /** A field's text as saved: one line, letters and accents made one, no invisible characters, single spaces. */
  function cleanText(text) {
    return text.normalize('NFC').replace(invisible, '').replace(spaceLike, ' ').replace(/ {2,}/g, ' ').trim();
  }

  /** Text pasted into a field: its lines joined, without a Word bullet in front. */
  function fieldText(text) {
    return cleanText(text.replace(/[ \t]*(\r\n|\r|\n)+[ \t]*/g, ' ').replace(bullet, ''));
  }

  // ---- Plain text ----

  /** Plain text as Markdown lines: Word's bullets and typed numbers as list items, with an empty line around each list. */
  function plainMarkdown(text) {
    const lines = text
      .normalize('NFC')
      .replace(invisible, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u000C\u2029]/g, '\n\n')
      .replace(/[\u000B\u2028\u0085]/g, '\n')
      .split('\n')
      .map((line) => {
        const item = bullet.test(line) ? line.replace(bullet, '- ') : line.replace(typedNumber, '$1. ');
        // Only a line's text: a space at the end is a line break in Markdown, a line of spaces no empty line.
        const trimmed = item.replace(/[ \t\u00A0]+$/, '');
        return isListItem(trimmed) ? trimmed : escapePlain(trimmed.replace(/\t/g, ' '));
      });
    return tidyLines(lines);
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

  // ---- HTML (Word, Outlook, web pages) ----

  const blockTags = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'blockquote', 'pre', 'hr', 'section', 'article', 'header', 'footer', 'main', 'dl', 'dt', 'dd', 'address', 'figure', 'center']);
  const skippedTags = new Set(['head', 'style', 'script', 'meta', 'title', 'link', 'xml', 'img', 'svg', 'object', 'template', 'button', 'input', 'select', 'textarea']);
  const styleOf = (node) => (node.getAttribute?.('style') ?? '').replace(/\s+/g, '');

  /** Text of the HTML as Markdown text: literal, so what Markdown or MDX would read as syntax is escaped. */
  function escapeText(text) {
    return text
      .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
      .replace(/[*`]/g, '\\$&')
      .replace(/<(?!\s)/g, '\\<')
      .replace(/[{}]/g, '\\$&')
      .replace(/\[(?=[^\]]*\]\()/g, '\\[');
  }

  /** A line's start that Markdown would read as a heading, quote, list, rule or numbered list, escaped. */
  function escapeLineStart(line) {
    return line
      .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
      .replace(/^([>+-])(?=\s|$)/, '\\$1')
      .replace(/^(=+|-{2,}|_{3,})\s*$/, '\\$1')
      .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  }

  /** Inline content of `node` as Markdown text on one line (a <br> and Word's line breaks as «\n»). */
  function inline(node) {
    let out = '';
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        out += escapeText(child.data.replace(invisible, '').replace(/[\u000B\u2028\u2029]/g, '\n').replace(/[ \t\r\n\f]+/g, ' '));
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.localName;
      const style = styleOf(child);
      if (skippedTags.has(tag) || /mso-list:Ignore|display:none/i.test(style)) continue;
      // Word writes a tab as a span of spaces.
      if (/mso-tab-count/i.test(style)) {
        out += '\t';
        continue;
      }
      if (tag === 'br') {
        out += '\n';
        continue;
      }
      const inner = inline(child);
      if (tag === 'b' || tag === 'strong' || (tag === 'span' && /font-weight:(bold|[6-9]00)/i.test(style))) out += wrap(inner, '**');
      else if (tag === 'i' || tag === 'em' || (tag === 'span' && /font-style:italic/i.test(style))) out += wrap(inner, '*');
      else if (tag === 's' || tag === 'strike' || tag === 'del') out += wrap(inner, '~~');
      else if (tag === 'a' && /^(https?:|mailto:)/i.test(child.getAttribute('href') ?? '') && inner.trim()) out += `[${inner.trim()}](${child.getAttribute('href').replace(/[()\s]/g, encodeURIComponent)})`;
      else out += inner;
    }
    return out;
  }

  /** `text` in `mark`s, the spaces around it outside them (Markdown needs the marks against the words). */
  function wrap(text, mark) {
    const [, before, words, after] = /^([\s\u00A0]*)([^]*?)([\s\u00A0]*)$/.exec(text);
    if (!words) return text;
    // Bold in bold (Word nests them) is once.
    if (words.startsWith(mark) && words.endsWith(mark)) return text;
    return `${before}${mark}${words}${mark}${after}`;
  }

  /** One paragraph's text as lines: single spaces, Word's spacing and empty lines gone. */
  function paragraphLines(text) {
    return text
      .split('\n')
      .map((line) => line.replace(/\t/g, ' ').replace(/[ \u00A0]{2,}/g, ' ').replace(/^[ \u00A0]+|[ \u00A0]+$/g, ''))
      .filter((line) => line !== '');
  }

  /** Word's list paragraph: its level (1, 2 …) and whether its marker is a number or a letter. */
  function wordListItem(node) {
    const style = styleOf(node);
    const level = /mso-list:l\d+level(\d+)/i.exec(style)?.[1];
    if (!level && !/^MsoListParagraph/i.test(node.getAttribute?.('class') ?? '')) return undefined;
    const marker = findMarker(node);
    if (!level && marker === undefined) return undefined;
    // Word numbers its lists (l0, l1 …): a new number is a new list.
    const group = `word ${/mso-list:(l\d+)/i.exec(style)?.[1] ?? ''}`;
    return { level: Number(level ?? 1), group, ordered: marker !== undefined && /^\(?[0-9a-zA-Z]{1,5}[.)]$/.test(marker.trim()) && !/^o$/.test(marker.trim()) };
  }

  /** The marker Word writes before a list paragraph's text («·», «1.», «a)»), in its mso-list:Ignore span. */
  function findMarker(node) {
    for (const child of node.childNodes ?? []) {
      if (child.nodeType !== 1) continue;
      if (/mso-list:Ignore/i.test(styleOf(child))) return textOf(child).replace(/[\s\u00A0]+/g, ' ').trim();
      const found = findMarker(child);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  const textOf = (node) => (node.nodeType === 3 ? node.data : node.nodeType === 1 ? [...node.childNodes].map(textOf).join('') : '');

  let htmlLists = 0;
  /**
   * Blocks of `node` as Markdown, each an array of lines: { lines, list } where list is
   * { level, ordered, group } for a list item (the items of a group are one list).
   */
  function blocks(node, level = 0, out = [], group = undefined) {
    let pending = '';
    const flush = () => {
      if (pending.trim()) paragraph(pending, out);
      pending = '';
    };
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        pending += escapeText(child.data.replace(invisible, '').replace(/[ \t\r\n\f]+/g, ' '));
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.localName;
      if (skippedTags.has(tag)) continue;
      if (!blockTags.has(tag)) {
        pending += inline({ childNodes: [child] });
        continue;
      }
      flush();
      if (/^h[1-6]$/.test(tag)) {
        // The page's title is the one «#»: a heading in the text is «##» or below, a level at a time.
        const text = paragraphLines(inline(child)).join(' ');
        if (text) out.push({ lines: [`${'#'.repeat(Math.min(Number(tag[1]) + 1, 4))} ${text.replace(/^\\?\*\*(.*)\\?\*\*$/, '$1')}`] });
      } else if (tag === 'ul' || tag === 'ol') {
        const list = group ?? `html ${(htmlLists += 1)}`;
        for (const item of child.childNodes) {
          if (item.nodeType !== 1) continue;
          if (item.localName === 'ul' || item.localName === 'ol') blocks({ childNodes: [item] }, level + 1, out, list);
          else listItem(item, { level: level + 1, ordered: tag === 'ol', group: list }, out);
        }
      } else if (tag === 'li') {
        listItem(child, { level: level + 1, ordered: false, group: group ?? 'html' }, out);
      } else if (tag === 'table') {
        table(child, out);
      } else if (tag === 'hr') {
        out.push({ lines: ['---'] });
      } else if (tag === 'blockquote') {
        const inner = render(blocks(child));
        if (inner) out.push({ lines: inner.split('\n').map((line) => (line ? `> ${line}` : '>')) });
      } else if (tag === 'p' && wordListItem(child)) {
        listItem(child, wordListItem(child), out);
      } else if (tag === 'p' || tag === 'pre' || tag === 'dt' || tag === 'dd' || tag === 'address') {
        paragraph(inline(child), out);
      } else {
        // A container (div, section …): its own blocks.
        blocks(child, level, out);
      }
    }
    flush();
    return out;
  }

  /** A paragraph's text as a block; a typed bullet («•», «–⇥») or number («1)») in front makes it a list item. */
  function paragraph(text, out) {
    const typed = text.replace(/^[ \u00A0]+/, '');
    if (bullet.test(typed)) return listItemText(typed.replace(bullet, ''), { level: 1, ordered: false, group: 'typed' }, out);
    if (typedNumber.test(typed)) return listItemText(typed.replace(typedNumber, ''), { level: 1, ordered: true, group: 'typed' }, out);
    const lines = paragraphLines(text);
    if (lines.length > 0) out.push({ lines: lines.map(escapeLineStart) });
  }

  function listItem(node, list, out) {
    // Nested lists inside the item come after its own text.
    const own = { childNodes: [...node.childNodes].filter((child) => !(child.nodeType === 1 && (child.localName === 'ul' || child.localName === 'ol'))) };
    const hasBlocks = own.childNodes.some((child) => child.nodeType === 1 && child.localName === 'p');
    const text = hasBlocks ? render(blocks(own)).replace(/\n+/g, ' ') : inline(own);
    listItemText(text, list, out);
    for (const child of node.childNodes) if (child.nodeType === 1 && (child.localName === 'ul' || child.localName === 'ol')) blocks({ childNodes: [child] }, list.level, out, list.group);
  }

  function listItemText(text, list, out) {
    const words = paragraphLines(text.replace(/\t/g, ' ')).join(' ');
    if (words) out.push({ lines: [escapeLineStart(words)], list });
  }

  function table(node, out) {
    const rows = [];
    const visit = (element) => {
      for (const child of element.childNodes) {
        if (child.nodeType !== 1) continue;
        if (child.localName === 'tr') rows.push([...child.childNodes].filter((cell) => cell.nodeType === 1 && /^t[dh]$/.test(cell.localName)));
        else if (child.localName !== 'table') visit(child);
      }
    };
    visit(node);
    const cells = rows.map((row) => row.map((cell) => render(blocks(cell)).replace(/\n+/g, ' ').replace(/^\\?\*\*(.*)\*\*$/, '$1').replace(/\|/g, '\\|')));
    const width = Math.max(0, ...cells.map((row) => row.length));
    if (width === 0) return;
    const line = (row) => `| ${Array.from({ length: width }, (_, i) => row[i] ?? '').join(' | ')} |`;
    out.push({ lines: [line(cells[0]), `|${' --- |'.repeat(width)}`, ...cells.slice(1).map(line)] });
  }

  /** Blocks as Markdown: an empty line between blocks, none between the items of one list; nested items indented. */
  function render(list) {
    const numbers = [];
    let previous;
    return list
      .map((block) => {
        let text;
        const sameList = previous?.list && block.list && previous.list.group === block.list.group;
        if (!sameList) numbers.length = 0;
        if (block.list) {
          const { level, ordered } = block.list;
          numbers.length = level;
          numbers[level - 1] = (numbers[level - 1] ?? 0) + 1;
          const indent = '   '.repeat(level - 1);
          text = `${indent}${ordered ? `${numbers[level - 1]}. ` : '- '}${block.lines.join(' ')}`;
        } else {
          text = block.lines.join('\n');
        }
        const separator = previous === undefined ? '' : sameList ? '\n' : '\n\n';
        previous = block;
        return `${separator}${text}`;
      })
      .join('');
  }

  /** Whether HTML on the clipboard is a document's text (Word, an e-mail, a web page), not code from an editor. */
  function isDocument(root) {
    const text = textOf(root).trim();
    if (!text) return false;
    const styles = [];
    const visit = (node) => {
      if (node.nodeType !== 1 && node !== root) return;
      styles.push(styleOf(node));
      for (const child of node.childNodes) visit(child);
    };
    visit(root);
    // A code editor (VS Code, GitHub) copies Markdown as lines in a monospace font: the plain text is meant.
    const code = styles.some((style) => /white-space:pre|font-family:[^;]*(consolas|monaco|menlo|courier|monospace)/i.test(style));
    return !code || styles.some((style) => /mso-/i.test(style));
  }

  /**
   * What a paste into the body should insert, as Markdown: from the clipboard's HTML (`root`, its parsed
   * body, if it has one that is a document's text) or else its plain text.
   */
  function bodyMarkdown(root, text) {
    if (root && isDocument(root)) {
      const markdown = render(blocks(root));
      if (markdown.trim()) return markdown;
    }
    return plainMarkdown(text ?? '');
  }

  window.kompetansebankenPastedText = { cleanText, fieldText, bodyMarkdown };
})();
