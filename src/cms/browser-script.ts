// The CMS page's own script, run before Decap's (see admin-page.ts), from its parts in src/cms/browser/, one
// concern each: Decap then waits (CMS_MANUAL_INIT) until this has registered the Norwegian texts and started
// rewriting what Decap writes in English, so nothing shows in English first. DOMContentLoaded comes after Decap's
// script has run and defined CMS, h and createClass; the settings come in window.kompetansebankenCms.
// The parts are the body of one function, joined in this order: they share its names (shared.js, translations.js
// and notices.js first, for what several use), and what each adds runs in this order (a listener added before
// another of the same event sees it first; start.js, last, starts Decap).
import shared from './browser/shared.js?raw';
import translations from './browser/translations.js?raw';
import notices from './browser/notices.js?raw';
import widgets from './browser/widgets.js?raw';
import fileNames from './browser/file-names.js?raw';
import uploads from './browser/uploads.js?raw';
import copiedPath from './browser/copied-path.js?raw';
import bodyPaste from './browser/body-paste.js?raw';
import questions from './browser/questions.js?raw';
import entryLinks from './browser/entry-links.js?raw';
import leftTextOffer from './browser/left-text-offer.js?raw';
import restoredDraft from './browser/restored-draft.js?raw';
import publishedBackup from './browser/published-backup.js?raw';
import mediaInUse from './browser/media-in-use.js?raw';
import newsletterItems from './browser/newsletter-items.js?raw';
import search from './browser/search.js?raw';
import mediaKeyboard from './browser/media-keyboard.js?raw';
import buttonNames from './browser/button-names.js?raw';
import status from './browser/status.js?raw';
import dateSorting from './browser/date-sorting.js?raw';
import savedEntry from './browser/saved-entry.js?raw';
import firstSave from './browser/first-save.js?raw';
import toasts from './browser/toasts.js?raw';
import refusalNotice from './browser/refusal-notice.js?raw';
import pageChanges from './browser/page-changes.js?raw';
import publishAndNew from './browser/publish-and-new.js?raw';
import groupOpen from './browser/group-open.js?raw';
import contentReport from './browser/content-report.js?raw';
import saveRefusals from './browser/save-refusals.js?raw';
import removedImage from './browser/removed-image.js?raw';
import factMarks from './browser/fact-marks.js?raw';
import invalidFields from './browser/invalid-fields.js?raw';
import fixedFields from './browser/fixed-fields.js?raw';
import removedFields from './browser/removed-fields.js?raw';
import fieldRefusal from './browser/field-refusal.js?raw';
import figureColumns from './browser/figure-columns.js?raw';
import switchedHints from './browser/switched-hints.js?raw';
import savedText from './browser/saved-text.js?raw';
import bodyAsTyped from './browser/body-as-typed.js?raw';
import preview from './browser/preview.js?raw';
import leaveWhileSaving from './browser/leave-while-saving.js?raw';
import entrySwitch from './browser/entry-switch.js?raw';
import start from './browser/start.js?raw';

/** The parts, in the order they run. */
export const browserParts = [
  shared,
  translations,
  notices,
  widgets,
  fileNames,
  uploads,
  copiedPath,
  bodyPaste,
  questions,
  entryLinks,
  leftTextOffer,
  restoredDraft,
  publishedBackup,
  mediaInUse,
  newsletterItems,
  search,
  mediaKeyboard,
  buttonNames,
  status,
  dateSorting,
  savedEntry,
  firstSave,
  toasts,
  refusalNotice,
  pageChanges,
  publishAndNew,
  groupOpen,
  contentReport,
  saveRefusals,
  removedImage,
  factMarks,
  invalidFields,
  fixedFields,
  removedFields,
  fieldRefusal,
  figureColumns,
  switchedHints,
  savedText,
  bodyAsTyped,
  preview,
  leaveWhileSaving,
  entrySwitch,
  start,
];

export const browserScript = `window.CMS_MANUAL_INIT = true;
document.addEventListener('DOMContentLoaded', function start() {
${browserParts.join('')}});`;
