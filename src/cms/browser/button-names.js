// Names for buttons Decap leaves unnamed or names alike (WCAG 4.1.2): a
// group's «Vis» becomes «Vis Tallserie», a list item's arrow, handle and
// cross «Skjul kilde 1», «Flytt kilde 1», «Fjern kilde 1».
const { expand, collapse } = norwegian.editor.editorWidgets.object;
const labelOf = (id) => {
  const label = id && document.querySelector(`label[for="${CSS.escape(id)}"]`);
  return label ? label.firstChild?.textContent?.trim() : undefined;
};
const setName = (element, name) => {
  if (name && element.getAttribute('aria-label') !== name) element.setAttribute('aria-label', name);
};
/** The «(valgfritt)» of each label that has one, as Decap drew it. */
const optionalMarks = new WeakMap();
/**
 * Whether the field `id` names (`number-field-12`) is one the entry being edited may leave empty though its hint says
 * when it must be filled: a field whose `next_free` names the entries that need it, in an entry it does not name.
 */
const optionalInThisEntry = (id) => {
  const entry = decapStore()?.getState().entryDraft.get('entry');
  const name = id.replace(/-field-\d+$/, '');
  const field = entry && decapStore().getState().collections.getIn([entry.get('collection'), 'fields'])?.find((f) => f.get('name') === name);
  const among = field?.get('next_free');
  return Boolean(among?.size) && ![...among.entries()].every(([key, value]) => entry.getIn(['data', key]) === value);
};
const nameButtons = () => {
  for (const button of document.querySelectorAll('[data-testid="expand-button"]')) {
    // A group: its field's label; a list: the list's label, from the element carrying its id.
    const field = button.closest('[id]');
    const name = labelOf(field?.id);
    const action = button.getAttribute('aria-label')?.startsWith(collapse) ? collapse : expand;
    if (name) setName(button, `${action} ${name}`);
  }
  // A list item's bar: [arrow button, drag handle, cross button]; the list's «Legg til: kilde» names its items.
  for (const bar of document.querySelectorAll('[class*="StyledListItemTopBar"]')) {
    const item = bar.parentElement;
    const items = [...(item?.parentElement?.children ?? [])].filter((child) => child.querySelector(':scope > [class*="StyledListItemTopBar"]'));
    // A list of several kinds of item (a newsletter's items) has a menu, a span, for «Legg til».
    const add = item?.closest('[id]')?.querySelector(':scope > [class*="TopBarContainer"] :is(button, [role="button"]):not([data-testid])');
    const singular = add?.textContent?.replace(/^[^:]*:\s*/, '').trim() || 'element';
    const which = `${singular} ${items.indexOf(item) + 1}`;
    const [toggle, handle, remove] = bar.children;
    // Decap shows the item's summary only while the item is closed.
    const summary = item.querySelector(':scope > [class*="NestedObjectLabel"]');
    const closed = summary ? getComputedStyle(summary).display !== 'none' : false;
    if (toggle?.tagName === 'BUTTON') setName(toggle, `${closed ? expand : collapse} ${which}`);
    if (handle?.getAttribute('role') === 'button') setName(handle, `Flytt ${which}`);
    if (remove?.tagName === 'BUTTON') setName(remove, `Fjern ${which}`);
  }
  // The Markdown toolbar's menus: a span «button» around a button with a title.
  for (const menu of document.querySelectorAll('span[role="button"]:not([aria-label])')) setName(menu, menu.querySelector('[title]')?.getAttribute('title'));
  // A field that must be filled in when … (a source's page, a field of a group in use) is not «(valgfritt)» (src/schemas/meta.ts).
  // One needed only by the entries its `next_free` names (a press release's «Nummer») is «(valgfritt)» in the others: a
  // news item's «Nummer» said nothing of it though its hint says to leave it empty (fresh eyes). Its «(valgfritt)» is
  // taken out and put back as «Nyhet eller pressemelding» changes (kept on the label: React draws it once).
  for (const label of document.querySelectorAll('label[for]')) {
    const optional = optionalMarks.get(label) ?? label.querySelector(':scope > span');
    if (!optional) continue;
    optionalMarks.set(label, optional);
    const help = label.parentElement?.parentElement?.lastElementChild;
    const required = help?.tagName === 'P' && help.textContent.startsWith(requiredWhenPrefix) && !optionalInThisEntry(label.htmlFor);
    if (required && optional.isConnected) optional.remove();
    else if (!required && !optional.isConnected) label.append(optional);
  }
  // Text boxes Decap names only by a placeholder (WCAG 4.1.2, 3.3.2): the searches, by what they search;
  // the Markdown text (Slate's editor, unnamed) by its field's label, in the bar above it in the field.
  const barLabel = ':scope > div > label[for]';
  for (const input of document.querySelectorAll('input[class*="-SearchInput"]'))
    setName(input, input.closest('.ReactModal__Content, [role="dialog"]') ? searchNames.media : searchNames.collections);
  for (const editor of document.querySelectorAll('[data-slate-editor]')) {
    let container = editor.parentElement;
    while (container && !container.querySelector(barLabel)) container = container.parentElement;
    setName(editor, labelOf(container?.querySelector(barLabel)?.htmlFor));
  }
  // The header's link to the site's preview (the dev server's site, config.ts: site_url) by what it is, not «/».
  for (const link of document.querySelectorAll('a[target="_blank"][href="/"]')) {
    const text = link.firstChild;
    if (text?.nodeType === Node.TEXT_NODE && text.data === '/') text.data = sitePreviewTexts.site;
  }
  // The login page: the site's name, not «Logo».
  for (const logo of document.querySelectorAll('img[alt="Logo"]')) logo.alt = siteName;
  // The media library open: what shows which image, for «Slett markert» (refuseImageInUse).
  if (!known && !loading && document.querySelector('.nc-fileUploadButton')) void loadKnown();
  // The media library's files: each in a focusable box (Decap's grid), named by the file and a button to press.
  for (const box of mediaCardBoxes()) {
    box.setAttribute('role', 'button');
    setName(box, box.textContent.trim());
  }
  // «Last opp» is one stop (the label, see the keydown listener), not also its hidden file input; the file
  // chooser offers the kinds of image the site shows first (Decap asks for any file: */*).
  for (const input of document.querySelectorAll('.nc-fileUploadButton input[type="file"]:not([tabindex])')) {
    input.tabIndex = -1;
    input.accept = uploadableImageExtensions.join(',');
  }
};
