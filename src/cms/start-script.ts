// The script the CMS page runs before Decap's own, which it then starts (served as /admin/cms-start.js):
// the Norwegian texts Decap lacks (and those it writes outside its locale),
// file names for new entries made like `npm run new` makes ids, groups that
// open on a click on their heading, the content check's report after a save
// (in `npm run dev`), and a preview that looks like the site,
// with the site's styles and an entry's title, ingress and text laid out as on
// its page, footnotes included (preview-footnotes.js), MDX comments left out (preview-comments.js) and underscores inside a word
// as typed (preview-underscores.js), a figure table as the site's table (preview-figure-table.js), a municipality and a
// film as their pages show them (preview-municipality.js, preview-film.js), a news item's kind, number and date and a
// press release's quotes from the same source pages and its contact as its page shows them (preview-news.js), an event's kind, days, places and deadline (preview-event.js), a case story's figures and quotes (preview-story-facts.js), a case story's series as its table with the
// periods named as on the page (preview-story-series.js), and text pasted from Word
// as Markdown and clean fields (pasted-text.js, with turndown: pasted-text-script.ts), and a phone's photo made
// smaller before its upload (image-shrink.js). Decap waits for it (CMS_MANUAL_INIT), so what it registers is in
// place before Decap shows anything. The page's own script, last, is assembled from its parts, one concern each
// (browser-script.ts, src/cms/browser/).
import { collectionDefinitions, collectionNames } from '../schemas/collections.ts';
import { spelledLetters } from '../lib/letters.ts';
import { requiredWhenPrefix } from '../schemas/meta.ts';
import { factSourceFaults, factSourceMessages, faultFields, newItemWords, storyFactFields, switchedHints } from '../schemas/new-item.ts';
import { fieldNamedSentence, fieldSaying, fieldSentence, goesOnFromField, textLengthMessage } from '../schemas/messages.ts';
import { withoutRepeatedAdvice } from './refusal-lines.ts';
import { fieldErrorDetail, fieldErrorDetails, fieldRefusalHeading } from './field-refusals.ts';
import { isoFromTyped, typedDateProblem } from '../schemas/typed-date.ts';
import { monthNames } from '../schemas/common.ts';
import { maxIdLength, titleToId } from '../lib/entry-id.ts';
import { newsletterIdDate } from '../lib/newsletter-id.ts';
import { newsArchiveNote, newsKind } from '../lib/news.ts';
import { archiveLabel } from '../lib/archive-note.ts';
import { noPressContactNote, organisationAddressLines, personLine, phoneHref, pressPath, pressRoomText, readPressContact, showsPostalAddress, type PressContact } from '../lib/press-contact.ts';
import { dateFormatter, dateRangeFormatter, partialDateOf } from '../schemas/date-text.ts';
import { datesWithNote } from '../lib/events.ts';
import { afterPartialDate } from '../schemas/common.ts';
import { eventKinds } from '../schemas/event.ts';
import { citationNames } from '../schemas/source-documents.ts';
import { quoted } from '../lib/quoted.ts';
import { attributionParts, ownWordsOf } from '../lib/quote-attribution.ts';
import { siteText } from '../lib/site-text.ts';
import { occasionCollections } from '../lib/published.ts';
import { sameTitleRefusal, titleKey } from '../lib/same-title.ts';
import { groupNeeds, imageGroups } from './fields.ts';
import { bodyCheckPath, bodyField, bodyImagesPath, collectionFields, collectionFieldsSchema, contentReportPath, fieldLabel, keptFields, numberedFields, searchTextFields, sortDateField, mediaFolder, mediaPublicPath, mediaRepositoryFolder } from './config.ts';
import { englishOutsideLocale, linkedEntryTexts, missingNorwegian, newEntryNotSaved, savingStatus, savedAsDraft, savedAsDraftTitle, savedStatus, searchNames, sitePreviewTexts, widgetNames } from './locale.ts';
import { bodyLinksIn, entriesPath, entryNumbers, entryPageSections, mediaFilesIn, shownBefore } from './entry-links.ts';
import { embeddedMetadata } from './image-metadata.ts';
import { collectionLabels } from './labels.ts';
import { referenceFields } from './references.ts';
import {
  imageLimits,
  imageNotPasted,
  imagePixelProblem,
  imagePixelTexts,
  imageMetadataRemoved,
  imageShrunk,
  imageTooHeavy,
  imageTypeRefusal,
  uploadRefusedHeading,
  maxImageBytes,
  shrunkSize,
  notAnImageRefusal,
  otherImageExtensions,
  uploadableImageExtensions,
} from './media.ts';
import { numberFormatter, parseNorwegianNumber, sharedDecimals } from '../lib/number-format.ts';
import { periodLabel, periodParts, quarterIndex, spanLabel } from '../lib/periods.ts';
import { withUnit } from '../lib/with-unit.ts';
import { networkName } from '../lib/network.ts';
import { videoHost, videoLinkText } from '../lib/video-link.ts';
import { likelyPuljeNote, municipalityKindLabels, placeName } from '../lib/municipality-facts.ts';
import { counties, puljer } from '../schemas/vocabulary.ts';
import { innerQuotes } from '../lib/quoted.ts';
import { escapeDatedLines, monthPattern } from '../markdown/dated-lines.ts';
import { htmlCommentsAsMdx } from '../markdown/html-comments.ts';
import { escapeCodeSigns } from '../markdown/code-signs.ts';
import { fencedCodeLines } from '../markdown/fenced-code.ts';
import { singleBlankLines } from '../markdown/blank-lines.ts';
import { tablesEnded } from '../markdown/table-ends.ts';
import { withoutDanglingBreaks } from '../markdown/dangling-breaks.ts';
import { withoutOwnQuoteMarks } from '../lib/own-quote-marks.ts';
import { textAtCaret } from './body-breaks.ts';
import { pickListHits, respelledQuery, searchHit } from './search-spelling.ts';
import { leftTextDiffers, leftTextHeading, leftTextKey } from './left-text.ts';
import { backupIsSaved, backupKey, decapBackupStore, rememberedSaves } from './published-backup.ts';
import { quoteBankDataPath } from './quote-bank-data.ts';
import { quotesFromPages, releaseQuotesText } from '../lib/release-quotes.ts';
import { gapLabel, numberGaps, numberSeries } from '../lib/number-gaps.ts';
import { fold } from '../search/spelling.ts';
import numberWidgetScript from './number-widget.js?raw';
import textLengthWidgetScript from './text-length-widget.js?raw';
import missingChoiceWidgetScript from './missing-choice-widget.js?raw';
import previewCommentsScript from './preview-comments.js?raw';
import previewFootnotesScript from './preview-footnotes.js?raw';
import previewUnderscoresScript from './preview-underscores.js?raw';
import previewFigureTableScript from './preview-figure-table.js?raw';
import previewMunicipalityScript from './preview-municipality.js?raw';
import previewFilmScript from './preview-film.js?raw';
import previewNewsScript from './preview-news.js?raw';
import previewEventScript from './preview-event.js?raw';
import previewStoryFactsScript from './preview-story-facts.js?raw';
import previewStorySeriesScript from './preview-story-series.js?raw';
import imageShrinkScript from './image-shrink.js?raw';
import { browserScript } from './browser-script.ts';
import { pastedTextScripts } from './pasted-text-script.ts';

export const previewStylesheet = '/admin/forhandsvisning.css';

/** `checkAfterSave`: the CMS saves through `astro dev`, which answers the content check's report (reportPath). */
/**
 * Per collection with the new-item switch (schemas/new-item.ts), what a save needs by the switch, with the check's own
 * words: each fact of a story its source the way the story's kind asks (a new story's in words, an archive story's by
 * document), its field marked; and the hints shown by the switch's state. (An archive entry's sources are the
 * schema's rule, refused before a save by content-check/entry-check.ts.) The check says the same after the save; before it, the
 * form is still open at the field.
 */
function newItemRules() {
  return Object.fromEntries(
    collectionNames
      .filter((name) => collectionFields(name).some((f) => f.name === 'newItem'))
      .map((name) => [
        name,
        {
          // The field of a fact each fault is fixed in, marked at a refused save.
          faultFields,
          // Hints shown by the switch's state (only the fields the form has).
          hints: Object.fromEntries(
            Object.entries(switchedHints(newItemWords(name))).map(([state, hints]) => [
              state,
              Object.fromEntries(Object.entries(hints).filter(([field]) => hasField(collectionFields(name), field))),
            ]),
          ),
          facts: (name === 'stories' ? storyFactFields : []).map(({ field, what, list }) => ({
            field,
            list,
            label: fieldLabel(name, field),
            // Each fault's message (factSourceFaults, sent as its source, decides which).
            messages: Object.fromEntries(Object.entries(factSourceMessages).map(([fault, message]) => [fault, message(what)])),
          })),
        },
      ]),
  );
}

/** Whether `fields` (a collection's CMS fields) has a field named `name`, at any depth. */
function hasField(fields: ReturnType<typeof collectionFields>, name: string): boolean {
  return fields.some((f) => f.name === name || hasField([...(f.fields ?? []), ...(f.field ? [f.field] : []), ...(f.types ?? []).flatMap((t) => t.fields ?? [])], name));
}

/**
 * The press contact setting as the site reads it now, for a press release's preview; a setting the file does not give
 * (a file broken: the check says so) is empty there, and the CMS that can fix it still opens.
 */
function pressContactSetting(): PressContact {
  try {
    return readPressContact();
  } catch {
    return {};
  }
}

/**
 * `main`'s source for the CMS page, with the sources of the functions of its module it calls (`helpers`) in a scope of
 * its own: an expression whose value is `main`. Each calls the others by the name its source gives it.
 */
export function sentWith(main: (...args: never[]) => unknown, ...helpers: ((...args: never[]) => unknown)[]): string {
  return `(() => {\n${helpers.map((helper) => helper.toString()).join('\n')}\nreturn ${main.toString()};\n})()`;
}

export function startScript({ checkAfterSave }: { checkAfterSave: boolean }): string {
  const collections = collectionNames.filter((n) => collectionDefinitions[n].format === 'mdx');
  const settings = {
    phrases: missingNorwegian,
    monthPattern,
    newEntryNotSaved,
    savingStatus,
    savedAsDraft,
    savedAsDraftTitle,
    savedStatus,
    // Whose date is when it takes place: shown at once, never «Vises fra …» (lib/published.ts).
    occasionCollections,
    searchNames,
    sitePreviewTexts,
    widgetNames,
    englishOutsideLocale,
    spelledLetters,
    maxIdLength,
    reportPath: contentReportPath,
    bodyImagesPath,
    bodyCheckPath,
    stylesheet: previewStylesheet,
    collections,
    siteName: siteText.siteName,
    requiredWhenPrefix,
    checkAfterSave,
    // Said above the form when Decap's check of the fields refuses a save (browser/field-refusal.js).
    fieldRefusalHeading,
    newItemRules: newItemRules(),
    groupNeeds: Object.fromEntries(collectionNames.map((name) => [name, groupNeeds(collectionFields(name))])),
    imageGroups: Object.fromEntries(collectionNames.map((name) => [name, imageGroups(collectionFields(name))])),
    uploadableImageExtensions,
    maxImageBytes,
    imageLimits,
    imagePixelTexts,
    imageMetadataRemoved,
    imageShrunk,
    imageTooHeavy,
    uploadRefusedHeading,
    mediaRepositoryFolder: mediaRepositoryFolder(),
    mediaPublicPath,
    mediaFolder,
    entryFolders: Object.fromEntries(collectionNames.map((name) => [name, collectionDefinitions[name].folder])),
    imageTypeRefusal,
    notAnImageRefusal,
    imageNotPasted,
    otherImageExtensions,
    entriesPath,
    searchFields: Object.fromEntries(collectionNames.map((name) => [name, searchTextFields(name)])),
    sortDates: Object.fromEntries(collectionNames.flatMap((name) => (sortDateField(name) ? [[name, sortDateField(name)]] : []))),
    linkedEntryTexts,
    monthNames,
    // Where a text links to an entry (entry-links.ts), and the body's label, for the entries Decap has loaded.
    bodyLinks: { sections: entryPageSections(), field: bodyField.label },
    entryLabels: Object.fromEntries(collectionNames.map((name) => [name, collectionLabels[name].singular])),
    // The collections whose entries have a title, each with its refusal of a title another has (%{title}, %{other}).
    sameTitleRefusals: Object.fromEntries(
      collectionNames.filter((name) => collectionFields(name).some((f) => f.name === 'title')).map((name) => [name, sameTitleRefusal(name, '%{title}', '%{other}')]),
    ),
    // The fields whose number each entry has once: the next free one is offered, a taken one refused (entry-links.ts).
    numberedFields: Object.fromEntries(collectionNames.map((name) => [name, numberedFields(name)])),
    // The series numbered 1, 2, 3 … without a gap (lib/number-gaps.ts), refused before a save that opens one.
    numberSeries,
    // The fields whose value a saved entry keeps, with why (save-refusals.js).
    keptFields: Object.fromEntries(collectionNames.map((name) => [name, keptFields(name)])),
    // Where Decap keeps its copies of forms (published-backup.ts).
    decapBackupStore,
    // Where the quote bank is read, for a press release's preview.
    quoteBankDataPath,
    referenceFields: Object.fromEntries(
      collectionNames.map((name) => [name, referenceFields(collectionFieldsSchema(name), (field) => fieldLabel(name, field))]),
    ),
  };
  // The number field reads numbers with the site's own reader, new files are named by the site's own id
  // maker, the images an entry shows are found as the site finds them, and a year or a date at the start of
  // a line is made text as the check wants it, each sent as its source (they have no imports). Which lines are
  // fenced code is one definition (fenced-code.ts), set first, for the preview's scripts and the dates.
  return `window.kompetansebankenCms = ${JSON.stringify(settings)};
window.kompetansebankenParseNumber = ${parseNorwegianNumber.toString()};
window.kompetansebankenTextLengthMessage = ${textLengthMessage.toString()};
window.kompetansebankenFieldSaying = ${sentWith(fieldSaying, goesOnFromField)};
window.kompetansebankenFieldSentence = ${sentWith(fieldSentence, fieldNamedSentence, goesOnFromField)};
window.kompetansebankenFieldNamedSentence = ${sentWith(fieldNamedSentence, goesOnFromField)};
window.kompetansebankenInnerQuotes = ${innerQuotes.toString()};
window.kompetansebankenWithoutRepeatedAdvice = ${withoutRepeatedAdvice.toString()};
window.kompetansebankenFieldErrorDetail = ${fieldErrorDetail.toString()};
window.kompetansebankenFieldErrorDetails = ${sentWith(fieldErrorDetails, fieldErrorDetail)};
window.kompetansebankenIsoFromTyped = ${isoFromTyped.toString()};
window.kompetansebankenTypedDateProblem = ${typedDateProblem.toString()};
window.kompetansebankenTitleToId = ${titleToId.toString()};
window.kompetansebankenNewsletterIdDate = ${newsletterIdDate.toString()};
window.kompetansebankenTitleKey = ${titleKey.toString()};
window.kompetansebankenFactSourceFaults = ${factSourceFaults.toString()};
window.kompetansebankenMediaFilesIn = ${mediaFilesIn.toString()};
window.kompetansebankenBodyLinksIn = ${bodyLinksIn.toString()};
window.kompetansebankenEntryNumbers = ${entryNumbers.toString()};
window.kompetansebankenNumberGaps = ${numberGaps.toString()};
window.kompetansebankenGapLabel = ${gapLabel.toString()};
window.kompetansebankenShownBefore = ${shownBefore.toString()};
window.kompetansebankenCodeLines = ${fencedCodeLines.toString()};
window.kompetansebankenEscapeDatedLines = ${escapeDatedLines.toString()};
window.kompetansebankenHtmlCommentsAsMdx = ${htmlCommentsAsMdx.toString()};
window.kompetansebankenEscapeCodeSigns = ${escapeCodeSigns.toString()};
window.kompetansebankenSingleBlankLines = ${singleBlankLines.toString()};
window.kompetansebankenTablesEnded = ${tablesEnded.toString()};
window.kompetansebankenWithoutDanglingBreaks = ${withoutDanglingBreaks.toString()};
window.kompetansebankenWithoutOwnQuoteMarks = ${withoutOwnQuoteMarks.toString()};
window.kompetansebankenTextAtCaret = ${textAtCaret.toString()};
window.kompetansebankenRespelledQuery = ${respelledQuery.toString()};
window.kompetansebankenSearchHit = ${searchHit.toString()};
window.kompetansebankenPickListHits = ${sentWith(pickListHits, searchHit)};
window.kompetansebankenLeftTextKey = ${leftTextKey.toString()};
window.kompetansebankenLeftTextDiffers = ${leftTextDiffers.toString()};
window.kompetansebankenLeftTextHeading = ${leftTextHeading.toString()};
window.kompetansebankenBackupIsSaved = ${backupIsSaved.toString()};
window.kompetansebankenBackupKey = ${backupKey.toString()};
window.kompetansebankenRememberedSaves = ${rememberedSaves};
window.kompetansebankenFold = ${fold.toString()};
window.kompetansebankenImagePixelProblem = ${imagePixelProblem.toString()};
window.kompetansebankenShrunkSize = ${shrunkSize.toString()};
window.kompetansebankenEmbeddedMetadata = ${embeddedMetadata.toString()};
window.kompetansebankenWithUnit = ${withUnit.toString()};
window.kompetansebankenPeriodLabel = ${periodLabel.toString()};
window.kompetansebankenSpanLabel = ${sentWith(spanLabel, periodLabel, quarterIndex)};
window.kompetansebankenPeriodParts = ${periodParts.toString()};
window.kompetansebankenSharedDecimals = ${sharedDecimals.toString()};
window.kompetansebankenNumberFormatter = ${numberFormatter.toString()};
window.kompetansebankenNetworkName = ${networkName.toString()};
window.kompetansebankenVideoHost = ${videoHost.toString()};
window.kompetansebankenVideoLinkText = ${videoLinkText.toString()};
window.kompetansebankenPlaceName = ${placeName.toString()};
window.kompetansebankenMunicipalityFacts = ${JSON.stringify({ kindLabels: municipalityKindLabels, likelyPuljeNote, counties, puljer })};
window.kompetansebankenNewsKind = ${newsKind.toString()};
window.kompetansebankenQuotesFromPages = ${quotesFromPages.toString()};
window.kompetansebankenReleaseQuotesText = ${JSON.stringify(releaseQuotesText)};
window.kompetansebankenFormatDate = (${dateFormatter.toString()})();
window.kompetansebankenFormatDateRange = (${dateRangeFormatter.toString()})();
window.kompetansebankenDatesWithNote = ${datesWithNote.toString()};
window.kompetansebankenAfterPartialDate = ${afterPartialDate.toString()};
window.kompetansebankenEventKinds = ${JSON.stringify(eventKinds)};
window.kompetansebankenQuoted = ${sentWith(quoted, innerQuotes)};
window.kompetansebankenAttributionParts = ${sentWith(attributionParts, ownWordsOf)};
window.kompetansebankenDocuments = ${JSON.stringify(citationNames)};
window.kompetansebankenPartialDateOf = ${partialDateOf.toString()};
window.kompetansebankenPersonLine = ${personLine.toString()};
window.kompetansebankenShowsPostalAddress = ${showsPostalAddress.toString()};
window.kompetansebankenPhoneHref = ${phoneHref.toString()};
window.kompetansebankenNewsTexts = ${JSON.stringify({
    archiveTexts: Object.fromEntries((['nyhet', 'pressemelding'] as const).map((kind) => [kind, { label: archiveLabel(kind), note: newsArchiveNote(kind) }])),
    postalLines: organisationAddressLines,
    noPressContactNote,
    pressRoomText,
    pressPath,
    pressContact: pressContactSetting(),
  })};
${imageShrinkScript}
${numberWidgetScript}
${textLengthWidgetScript}
${missingChoiceWidgetScript}
${previewCommentsScript}
${previewFootnotesScript}
${previewUnderscoresScript}
${previewFigureTableScript}
${previewMunicipalityScript}
${previewFilmScript}
${previewNewsScript}
${previewEventScript}
${previewStoryFactsScript}
${previewStorySeriesScript}
${pastedTextScripts}
${browserScript}`;
}
