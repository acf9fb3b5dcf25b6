// A paste, most often from Word (pasted-text.js): into the body (Decap's Markdown editor, Slate) as
// Markdown made from the clipboard's HTML (paragraphs, lists, tables, bold), not Word's plain text, whose
// paragraphs ran together and whose «·⇥» lists, < and { the content check then refused; into a field
// as one clean line. The body's Markdown goes to Slate as a paste of plain text, which it inserts line
// by line. What is copied inside the editor itself (Slate's own fragment) and files are Decap's.
// Text dragged from Word into the body is the same: Slate inserts a drop as it inserts a paste, so the
// drop is handed on with the Markdown, where it was dropped. An image in what is pasted or dropped
// cannot come with it (Word gives its address on the PC): the notice above the form says where it goes.
const pastedText = window.kompetansebankenPastedText;
const ownEvents = new WeakSet();
/**
 * The body's text before `start` and after `end` (places in Slate's editor, `editor`: an element per line, a
 * line of the saved Markdown each), as { before, after }; undefined for a place outside its lines.
 */
const textAround = (editor, start, end) => {
  const lines = [...editor.children];
  const text = (node) => node.textContent.replace(/\uFEFF/g, '');
  const upTo = ({ node, offset }) => {
    const index = lines.findIndex((line) => line.contains(node));
    if (index < 0) return undefined;
    const range = document.createRange();
    range.setStart(lines[index], 0);
    range.setEnd(node, offset);
    return { index, head: range.toString().replace(/\uFEFF/g, '') };
  };
  const [from, to] = [upTo(start), upTo(end)];
  if (!from || !to) return undefined;
  const texts = lines.map(text);
  return {
    before: [...texts.slice(0, from.index), from.head].join('\n'),
    after: [texts[to.index].slice(to.head.length), ...texts.slice(to.index + 1)].join('\n'),
  };
};
/** Slate's editor (its model: lines and selection) of the editor element `element`, found through React's fibers (no API). */
const slateOf = (element) => {
  const key = Object.keys(element).find((name) => name.startsWith('__reactFiber$'));
  for (let fiber = key ? element[key] : undefined; fiber; fiber = fiber.return) {
    const editor = fiber.memoizedProps?.editor;
    if (Array.isArray(editor?.children) && 'selection' in editor) return editor;
  }
  return undefined;
};
/** The text on either side of Slate's selection, where Slate puts a paste: the page's selection can be ahead of it (Slate reads it a moment later). */
const textAroundSelection = (slate) => {
  const { selection } = slate;
  if (!selection) return undefined;
  const lines = slate.children.map((line) => (line.children ?? []).map((leaf) => leaf.text ?? ''));
  const at = ({ path: [line, leaf], offset }) => [line, lines[line].slice(0, leaf).join('').length + offset];
  const [start, end] = [at(selection.anchor), at(selection.focus)].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const texts = lines.map((leaves) => leaves.join(''));
  return {
    before: [...texts.slice(0, start[0]), texts[start[0]].slice(0, start[1])].join('\n'),
    after: [texts[end[0]].slice(end[1]), ...texts.slice(end[0] + 1)].join('\n'),
  };
};
/** The body's text around the selection (its start and end), or around the place of a drop (`point`, as Slate finds it). */
const textAroundCaret = (editor, point) => {
  const slate = !point && slateOf(editor);
  if (slate) return textAroundSelection(slate);
  const range = point ? document.caretRangeFromPoint?.(point.clientX, point.clientY) : undefined;
  return range ? textAround(editor, { node: range.startContainer, offset: range.startOffset }, { node: range.endContainer, offset: range.endOffset }) : undefined;
};
// What goes in at the caret (body-breaks.ts): a list pasted right after a typed line went into that line, and
// Enter made a line the page joined to the one before. A line as saved: a year or a date at its start made text.
const lineAsSaved = (line) => window.kompetansebankenEscapeDatedLines(line, monthPattern, () => [false]);
const atCaret = (editor, input, point) => {
  const around = editor && textAroundCaret(editor, point);
  return around ? window.kompetansebankenTextAtCaret(input, around.before, around.after, window.kompetansebankenCodeLines, lineAsSaved) : undefined;
};
/** Text as a paste of plain text, which Slate inserts line by line (a drop too). */
const plainTransfer = (text) => {
  const plain = new DataTransfer();
  plain.setData('text/plain', text);
  return plain;
};
/** The Markdown for the body from what is pasted or dropped (`data`) at `point` (a drop's), or undefined if Decap's own handling is right. */
const bodyTransfer = (data, editor, point) => {
  if (data.types.includes('application/x-slate-fragment') || data.types.includes('Files')) return undefined;
  const html = data.getData('text/html');
  const root = html ? new DOMParser().parseFromString(html, 'text/html').body : undefined;
  const markdown = pastedText.bodyMarkdown(root, data.getData('text/plain'));
  if (!markdown) return undefined;
  const images = pastedText.imagesIn(root);
  if (images > 0) showNotice(images === 1 ? imageNotPasted.one : imageNotPasted.other.replace('%{count}', String(images)), [imageNotPasted.where], false);
  return plainTransfer(atCaret(editor, { markdown }, point)?.text ?? markdown);
};
const targetOf = (event) => (event.target instanceof Element ? event.target : event.target?.parentElement);
/** `text` put in the body at the caret as Slate puts in a paste: `target` is in its editor. */
const pasteInto = (target, text) => {
  const paste = new ClipboardEvent('paste', { clipboardData: plainTransfer(text), bubbles: true, cancelable: true });
  ownEvents.add(paste);
  target.dispatchEvent(paste);
};
// Enter after a typed line: a new paragraph (an empty line between), as the editor shows it; after a list item the
// next item, and on an empty item the list's end (its marker taken out); after a table's last row an empty line.
// Shift+Enter: a line break the page shows («\» at the line's end). Where one line break is right, Slate's own.
// A space after a bullet typed into the item Enter started: that bullet taken out (the item has its own).
const keyAtCaret = (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return undefined;
  if (event.key === 'Enter') return event.shiftKey ? 'shift-enter' : 'enter';
  return event.key === ' ' && !event.shiftKey ? 'space' : undefined;
};
document.addEventListener(
  'keydown',
  (event) => {
    const key = keyAtCaret(event);
    if (!key) return;
    const target = targetOf(event);
    const editor = target?.closest('[data-slate-editor]');
    const edit = atCaret(editor, { key });
    if (edit === undefined) return;
    const slate = edit.removed > 0 ? slateOf(editor) : undefined;
    const collapsed = slate?.selection && JSON.stringify(slate.selection.anchor) === JSON.stringify(slate.selection.focus);
    if (edit.removed > 0 && !collapsed) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    // Within the caret's line (an empty item's marker): Slate's own delete, undone with Ctrl+Z as typing is.
    if (slate) slate.delete({ distance: edit.removed, unit: 'character', reverse: true });
    if (edit.text) pasteInto(target, edit.text);
  },
  true,
);
document.addEventListener(
  'paste',
  (event) => {
    const data = event.clipboardData;
    const target = targetOf(event);
    if (ownEvents.has(event) || !data || !target) return;
    const text = data.getData('text/plain');
    const editor = target.closest('[data-slate-editor]');
    if (editor) {
      const plain = bodyTransfer(data, editor);
      if (!plain) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      pasteInto(target, plain.getData('text/plain'));
    } else if (text && !data.types.includes('Files') && !data.types.includes('application/x-slate-fragment') && (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === 'text'))) {
      event.preventDefault();
      // As typed: React sees the input, and Ctrl+Z undoes it.
      document.execCommand('insertText', false, pastedText.fieldText(text));
    }
  },
  true,
);
document.addEventListener(
  'drop',
  (event) => {
    const target = targetOf(event);
    const editor = target?.closest('[data-slate-editor]');
    if (ownEvents.has(event) || !event.dataTransfer || !editor) return;
    const { clientX, clientY, screenX, screenY } = event;
    const plain = bodyTransfer(event.dataTransfer, editor, { clientX, clientY });
    if (!plain) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const drop = new DragEvent('drop', { dataTransfer: plain, clientX, clientY, screenX, screenY, bubbles: true, cancelable: true });
    ownEvents.add(drop);
    target.dispatchEvent(drop);
  },
  true,
);
