// The CMS page's own styles, over Decap's. Decap's entry editor is at least
// 800 px wide (its toolbar and its form beside the preview): on a phone
// «Publiser» and «Slett innlegg» were off the screen, to the right. Narrower
// than that, the toolbar keeps to the screen and wraps its buttons onto a row
// of their own above the form, the form takes the whole width, and the
// preview (which the eye button hides anyway) is left out; the link to the
// entry's page on the site («Forhåndsvis siden», which shows the content
// check's report while there are problems) stays on the toolbar's row, and the
// link to the site beside the account menu, which ran over the back link's
// text, is left out (the collections' header has it). Decap's parts are
// found by the names its styles carry («css-1gtfcgu-ToolbarContainer»); «body»
// before each makes these win over Decap's own, which come later.
//
// At any width, an entry chosen in a pick-list (Decap's relation widget, a
// react-select) wraps its title (Decap sets no-wrap and 300 px on the element
// itself, hence !important): on one line a long title ran out of the field,
// cut off, with its «Fjern» (×) button out of sight and out of reach («Omdømme-
// bygging og lokal synliggjøring» as a story's tool at 375 px); the × is 24 px
// at least, a finger's target (it was 22). On a phone, a
// list's bar wraps «Legg til: …» under the count: it ran off the form's right
// edge, and the form scrolled sideways (a newsletter's items at 375 px).
//
// On a phone, the list of the twelve collections stood above a collection's
// entries, a screen high: the entries were a scroll away. Narrower than the
// editor, the collections wrap as buttons side by side, a few rows. Narrower
// than Decap's own 500 px step, the editorial workflow's three columns (Kladd,
// Gjennomgås, Klar) are one under the other: side by side, «Gjennomgås» was
// cut at 375 px, and the cards were too narrow to read.
//
// A field's label and its error share the bar above the field, side by side
// (Decap's flex row): a long label («Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)»)
// and its error squeezed each other into columns of a word a line at 375 px.
// Where both do not fit on one line, the error goes on a line of its own above
// the label (which stays on the field, as its tab), at the right as beside it;
// on a phone at the left, where the eye starts reading.
//
// The text field is Markdown only (config.ts: modes: [raw]), where Decap draws its text toolbar (bold, italics,
// link, headings, lists) with every button disabled, greyed out, all the time: buttons that looked broken and did
// nothing, two of them still stops for Tab (fresh eyes). The bar is left out, and the text box has the border the
// other fields have; the field's hint says how to write bold, headings, lists and links.
//
// A field's error is a sentence with what to write («Skriv en id med små bokstaver …»), which Decap set in capitals, 12 px:
// hard to read at its length (fresh eyes). It is written as it is worded, at 14 px.
//
// «Forhåndsvis siden» (Decap's link to the entry's page) was a line of text, 16 px high: too small a target for a
// finger on a phone (WCAG 2.5.8 asks for 24 px). It is a target of 32 px at any width.
//
// A field with an error of its own keeps its hint in the hints' grey: Decap painted it in the error's red, so a filled
// credit («Kari Nordmann») read «Må fylles ut når du bruker «Bilde».» in red under «Skriv «Foto: Navn / Virksomhet»», as
// if it were empty (fresh eyes). The error stands above the field, in red; the hint says the field's rule, as before.
// So does a list's or a group's with an error inside (a source's document left empty): «Kilder»'s hint turned red too.
//
// The next free number under a new newsletter's or press release's «Nummer» (number-widget.js) is read as a hint, in
// dark text (Decap's grey hints are too faint at 12 px).
//
// A row of figures (figure-columns.js marks its list): its figures side by side, as many to a line as fit (three at
// 375 px), each under its column's text, without the bar (arrow, handle, cross) each had; a figure beyond the columns
// keeps its bar, to be removed. «(valgfritt)» is left out beside each (an empty figure is one lost in the source, as
// the list's hint says), and «Legg til: tall» is not offered on a full row. A column's text is written as typed, not in
// capitals, and wraps between words: each figure is at least as wide as its text's longest word, so a row of short
// texts has three to a line at 375 px and one of long ones («Q4 07–Q3 08 (startkvartal fra tabell 4.6)») fewer. In
// capitals, in boxes of 4rem, those were cut mid-word («Q4 06–Q3 (REKONST») or ran past their box (fresh eyes). The
// figures of a line stand level, their texts above them.
//
// On a phone, the notice above the form (notices.js: a refusal, the check's report) stands in the form's flow, above
// its fields, and scrolls away with it: kept at the top of the pane, 40 % of a 375 px screen high, it covered the very
// fields it said to fix until «Lukk» was pressed. Wider, it stays in sight at the top of the pane, beside the fields. On a
// phone its text is 14 px, with less room around it: a refusal of three sentences took more than half of a 375 px
// screen (fresh eyes).

/** Narrower than this, Decap's editor no longer fits beside its preview. */
const editorMinWidth = 800;
/** Narrower than this, Decap's workflow has its phone spacing (and no longer room for three columns). */
const workflowColumnsMinWidth = 500;

export const adminStyles = `body [class*="-ControlTopbar "] { flex-wrap: wrap-reverse; row-gap: 4px; }
body [class*="-ControlErrorsList"] { text-transform: none; font-size: 14px; }
body [class*="-ControlContainer"]:has([class*="-ControlErrorsList"]) > [class*="-ControlHint"] { color: #7a8291; }
body .kb-next-free { margin: 8px 0 0; font-size: 14px; color: #313d3e; }
body [class*="-ControlTopbar "] > ul { margin-left: auto; }
body div:has(> [class*="-multiValue"]), body [class*="-multiValue"] { max-width: 100%; min-width: 0; }
body [class*="-multiValue"] > div:first-child, body [class*="-multiValue"] > div:first-child > div { white-space: normal !important; max-width: none !important; overflow-wrap: anywhere; }
body [class*="-multiValue"] > [role="button"]:last-child { min-width: 24px; min-height: 24px; justify-content: center; }
body .cms-editor-raw [class*="-EditorControlBar"] { display: none; }
body [class*="-PreviewLink-"] { display: inline-flex; align-items: center; gap: 4px; min-height: 32px; padding: 0 8px; box-sizing: border-box; }
body [data-kb-figures] > div:last-child { display: flex; flex-wrap: wrap; gap: 8px; padding: 8px; }
body [data-kb-figures] > div:last-child > [data-kb-extra] { margin: 0; flex: 1 1 4rem; min-width: min-content; max-width: 100%; display: flex; flex-direction: column; }
body [data-kb-figures] > div:last-child > [data-kb-extra] > :last-child, body [data-kb-figures] > div:last-child > [data-kb-extra] > :last-child > div { flex: 1 1 auto; display: flex; flex-direction: column; }
body [data-kb-figures] > div:last-child > [data-kb-extra] > :last-child [class*="-ControlContainer"] { flex: 1 1 auto; display: flex; flex-direction: column; justify-content: space-between; }
body [data-kb-figures] > div:last-child > [data-kb-extra] label[for] { text-transform: none; letter-spacing: normal; white-space: normal; overflow-wrap: break-word; hyphens: auto; max-width: 100%; box-sizing: border-box; }
body [data-kb-figures] > div:last-child > [data-kb-extra="false"] > [class*="StyledListItemTopBar"] { display: none; }
body [data-kb-figures] > div:last-child > [data-kb-extra="true"] > :last-child { border-top: none; border-radius: 0 0 5px 5px; }
body [data-kb-figures] > div:last-child > [data-kb-extra] > :last-child { padding: 4px; border: 2px solid #dfdfe3; border-radius: 5px; }
body [data-kb-figures] > div:last-child > [data-kb-extra] > :last-child [class*="-ControlContainer"] { margin-top: 4px; }
body [data-kb-figures] > div:last-child > [data-kb-extra] input { padding: 8px; width: 100%; min-width: 0; box-sizing: border-box; }
body [data-kb-figures] label > span { display: none; }
body [data-kb-figures="full"] > [class*="TopBarContainer"] > button:not([data-testid]) { display: none; }
body .cms-editor-raw [data-slate-editor] { margin-top: 0; border-top: 2px solid #dfdfe3; border-top-right-radius: 5px; }
@media (max-width: ${editorMinWidth - 1}px) {
  body [class*="-EditorContainer "] { min-width: 0; display: flex; flex-direction: column; padding-top: 0; }
  body [class*="-EditorContainer "] > :last-child { flex: 1 1 auto; width: 100%; min-height: 0; height: auto; }
  body [class*="-ToolbarContainer "] { position: relative; flex: none; min-width: 0; height: auto; flex-wrap: wrap; }
  body [class*="-ToolbarSectionBackLink-"] { flex: 1 1 0; min-width: 0; height: 56px; padding: 0 12px; }
  body [class*="-ToolbarSectionMeta-"] { height: 56px; }
  body [class*="-ToolbarSectionMain-"] { order: 3; flex: 1 1 100%; height: auto; flex-wrap: wrap; padding: 6px 4px; border-top: 1px solid #dfdfe3; }
  body [class*="-ToolbarSubSectionFirst"] { flex-wrap: wrap; row-gap: 6px; }
  body [class*="-ViewControls "] { display: none; }
  body [class*="-ToolbarSectionMeta-"] [class*="-AppHeaderSiteLink-"] { display: none; }
  body .SplitPane > .Resizer, body .SplitPane > .Pane2 { display: none; }
  body .SplitPane > .Pane1 { width: 100% !important; }
  body [class*="-TopBarContainer "] { flex-wrap: wrap; height: auto; row-gap: 6px; }
  body [class*="-SidebarContainer "] { max-height: none; padding-bottom: 16px; }
  body [class*="-SidebarNavList "] { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 16px 0; overflow: visible; }
  body [class*="-SidebarNavList "] > li > a { padding: 6px 12px; border: 1px solid #dfdfe3; border-radius: 18px; min-height: 24px; }
  body [class*="-SidebarNavList "] > li > a > :first-child { display: none; }
  body [class*="-ControlTopbar "] > ul { margin-left: 0; text-align: left; }
  body #innholdskontroll { position: static !important; max-height: none !important; overflow: visible !important; font-size: 0.875rem !important; line-height: 1.4 !important; padding: 0.5rem 0.75rem !important; }
  body #innholdskontroll > div:last-child { margin: 0.25rem -0.75rem -0.5rem !important; padding: 0.25rem 0.75rem 0.5rem !important; }
}
@media (max-width: ${workflowColumnsMinWidth - 1}px) {
  body [class*="-WorkflowListContainer"] { grid-template-columns: minmax(0, 1fr); gap: 16px; min-height: 0; }
  body [class*="-WorkflowListContainer"] [class*="-renderColumns"] { height: auto; min-height: 64px; }
  body [class*="-WorkflowListContainer"] [class*="-columnPosition"]::before { display: none; }
}
`;
