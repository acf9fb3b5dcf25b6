// Norwegian for the CMS texts Decap's own nb_no locale lacks (it falls back to
// English for them: «Add …», «Insert from URL», «Copy Name» …). The CMS page's
// script lays these over Decap's nb_no (CMS.getLocale, CMS.registerLocale);
// a unit test finds any text of Decap's English locale still missing.
import { shrinkAdvice } from './media.ts';
import { copyPathName, mediaLibraryName } from './media-names.ts';

/**
 * What the editor's toolbar says of a new entry not saved yet. Decap says «Endringer lagret» (changes saved)
 * whenever nothing has changed since the entry was loaded, a new empty entry too, which is not saved at all.
 */
export const newEntryNotSaved = 'Ikke lagret ennå';

/**
 * What the editor's toolbar says while a save is under way, instead of «Ulagrede endringer» (the save is sent), and
 * once a step away waits for it (browser/leave-while-saving.js). Short: on a phone the toolbar has room for about 20
 * characters on a line (a longer text ran out of it).
 */
export const savingStatus = { saving: 'Lagrer …', leaving: 'Lagrer … går så videre' };

/**
 * What the toolbar says of a saved entry with «Utkast» on, instead of Decap's «Publisert» (without the editorial
 * workflow Decap says that of every saved entry): a draft is not on the site. The title says how it gets there.
 */
export const savedAsDraft = 'Lagret som utkast';
export const savedAsDraftTitle = 'Lagret, men vises ikke på nettstedet før «Utkast» er slått av og oppføringen er lagret igjen.';

/**
 * What the toolbar says of other saved entries the site does not show (yet), instead of Decap's «Publisert»
 * (browser/status.js): saved while the content check has yet to answer, or has found errors (`npm run check` fails,
 * and the publish job with it, so no change reaches the site), dated in the future (the site shows it from its date,
 * lib/published.ts), and on the published site, where the CMS cannot know whether the publish job's check and build
 * will pass.
 */
export const savedStatus = {
  // In `npm run dev`, until the content check has answered for the entry just saved or opened (Decap's «Publisert»
  // stood there for a second or two while the site was held back; fresh eyes).
  checking: 'Lagret, kontrolleres …',
  checkingTitle: 'Lagret. Innholdskontrollen går gjennom innholdet; så står det her om nettstedet viser endringen.',
  withErrors: 'Lagret, ikke publisert',
  withErrorsTitle: 'Lagret, men innholdet har feil: nettstedet blir ikke oppdatert – heller ikke med andre endringer – før feilen er rettet.',
  from: 'Vises fra %{date}',
  fromTitle: 'Lagret. Nettstedet viser oppføringen fra %{date}.',
  hosted: 'Lagret',
  hostedTitle: 'Lagret. Nettstedet oppdateres når publiseringsjobben har kontrollert og bygget innholdet; har innholdet feil, blir det ikke oppdatert før feilen er rettet.',
};

/**
 * Names for the text boxes Decap names only by a placeholder, which is no name (WCAG 4.1.2, 3.3.2: it is gone
 * once something is typed): the search above the collections («Søk i alle») and the media library's («Søk...»).
 * Each starts with the words shown (WCAG 2.5.3). The Markdown text, which Decap leaves unnamed, is named by its field's label.
 */
export const searchNames = { collections: 'Søk i alle samlinger', media: 'Søk i bilder og filer' };

/**
 * The site as `npm run dev` shows it, with the drafts and, while the content has problems, the check's report on
 * every page: the editor's link to the entry's page (`page`), and the header's to the site (`site`, for Decap's
 * «/», its address without the protocol; browser/button-names.js).
 */
export const sitePreviewTexts = { page: 'Forhåndsvis siden', site: 'Forhåndsvisning av nettstedet' };

export const missingNorwegian = {
  // Decap's nb_no says «Media»; the library holds the entries' images.
  app: { header: { media: mediaLibraryName } },
  auth: { loginWithAzure: 'Logg inn med Azure', loginWithForgejo: 'Logg inn med Forgejo' },
  collection: {
    sidebar: { allCollections: 'Alle samlinger', searchIn: 'Søk i' },
    collectionTop: {
      viewAsList: 'Vis som liste',
      viewAsGrid: 'Vis som rutenett',
      searchResults: 'Søkeresultater for «%{searchTerm}»',
      searchResultsInCollection: 'Søkeresultater for «%{searchTerm}» i %{collection}',
      filterBy: 'Filtrer etter',
      groupBy: 'Grupper etter',
    },
    entries: { unpublishedHeader: 'Upubliserte oppføringer' },
    groups: { other: 'Annet', negateLabel: 'Ikke %{label}' },
  },
  editor: {
    // Decap's nb_no asks «Er du sikker på du vil navigere bort fra denne siden?», not saying what happens to the text.
    // It is kept in this browser and offered when the entry is opened again (left-text-offer.js): «blir de borte» was
    // not true, and then the entry offered «Hent tilbake teksten» (fresh eyes).
    editor: { onLeavePage: 'Endringene dine er ikke lagret. Denne nettleseren tar vare på dem: når du åpner innlegget igjen, kan du hente dem tilbake. Vil du gå likevel?' },
    editorControl: { field: { widgetLabel: 'Feltet %{widgetLabel}' } },
    editorControlPane: {
      widget: {
        invalidPath: '«%{path}» er ikke en gyldig sti: velg filen på nytt.',
        pathExists: 'Stien «%{path}» finnes allerede: gi filen et annet navn.',
        // Decap's nb_no says «<label> samsvarer ikke med mønsteret: <our message>.»; our messages say what to write.
        regexPattern: '%{pattern}',
        // Decap's nb_no says «Tittel er påkrevd.»: a name without «» in a sentence, unlike every other message here.
        required: '«%{fieldLabel}» må fylles ut.',
        // Decap's nb_no counts in «element(er)», which no one writes, with the name bare. A list's, a multiple
        // choice's and a number's limits in the same form as the rest; a list's label is a plural noun, which the
        // count needs no word after («Kilder» må ha minst 1).
        rangeCount: '«%{fieldLabel}» må ha fra %{minCount} til %{maxCount}.',
        rangeCountExact: '«%{fieldLabel}» må ha nøyaktig %{count}.',
        rangeMin: '«%{fieldLabel}» må ha minst %{minCount}.',
        rangeMax: '«%{fieldLabel}» kan ha høyst %{maxCount}: ta bort det som er for mye.',
        range: '«%{fieldLabel}» må være fra %{minValue} til %{maxValue}.',
        min: '«%{fieldLabel}» må være minst %{minValue}.',
        max: '«%{fieldLabel}» kan være høyst %{maxValue}.',
        processing: '«%{fieldLabel}» er ikke ferdig lastet opp ennå: vent litt, og lagre igjen.',
      },
      i18n: {
        writingInLocale: 'Skriver på %{locale}',
        copyFromLocale: 'Fyll inn fra et annet språk',
        copyFromLocaleConfirm: 'Vil du fylle inn fra %{locale}?\nAlt som står her nå, blir skrevet over.',
      },
    },
    editorInterface: {
      toggleI18n: 'Vis eller skjul språk',
      togglePreview: 'Vis eller skjul forhåndsvisning',
      toggleScrollSync: 'Rull samtidig',
      toggleNotes: 'Vis eller skjul merknader',
    },
    editorNotesPane: {
      title: 'Merknader',
      emptyState: 'Ingen merknader ennå. Skriv den første nedenfor.',
      addNote: 'Legg til merknad',
      addPlaceholder: 'Skriv en merknad …',
      editPlaceholder: 'Endre merknaden …',
      save: 'Lagre',
      cancel: 'Avbryt',
      edit: 'Endre',
      delete: 'Slett',
      resolve: 'Merk som løst',
      unresolve: 'Merk som uløst',
      confirmDelete: 'Vil du slette denne merknaden?',
      shortcut: 'Tips: Ctrl+Enter legger til merknaden',
    },
    editorToolbar: {
      // The entry's page on the dev server's site (config.ts: site_url, preview_path); Decap's nb_no says «Vis i produksjon».
      deployButtonLabel: sitePreviewTexts.page,
      statusInfoTooltipDraft: 'Oppføringen er et utkast. Sett status til «Til gjennomgang» når den er klar til å bli lest.',
      statusInfoTooltipInReview: 'Oppføringen er til gjennomgang. Du kan fortsatt gjøre endringer mens den leses.',
    },
    editorWidgets: {
      markdown: {
        bold: 'Fet',
        italic: 'Kursiv',
        strikethrough: 'Gjennomstreket',
        code: 'Kode',
        link: 'Lenke',
        linkPrompt: 'Skriv adressen lenken skal gå til',
        headings: 'Overskrifter',
        quote: 'Sitat',
        bulletedList: 'Punktliste',
        numberedList: 'Nummerert liste',
        addComponent: 'Legg til komponent',
        toggleMode: { rich: 'Bytt til rik tekst', markdown: 'Bytt til Markdown' },
      },
      image: {
        chooseMultiple: 'Velg bilder',
        chooseUrl: 'Sett inn fra adresse',
        replaceUrl: 'Erstatt med adresse',
        promptUrl: 'Skriv adressen til bildet',
        addMore: 'Legg til flere bilder',
        removeAll: 'Fjern alle bildene',
      },
      file: {
        chooseUrl: 'Sett inn fra adresse',
        chooseMultiple: 'Velg filer',
        replaceUrl: 'Erstatt med adresse',
        promptUrl: 'Skriv adressen til filen',
        addMore: 'Legg til flere filer',
        removeAll: 'Fjern alle filene',
      },
      datetime: { setToNow: 'Sett %{fieldLabel} til nå' },
      list: { add: 'Legg til: %{item}', addType: 'Legg til: %{item}' },
      object: { expand: 'Vis', collapse: 'Skjul' },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      copy: 'Kopier',
      copyUrl: 'Kopier adressen',
      // «Kopier navnet» (a file uploaded but not yet saved) copies its path too (browser/copied-path.js).
      copyPath: copyPathName,
      copyName: copyPathName,
      copied: 'Kopiert',
    },
    // Its heading was «Bilder» from an image field and «Mediebibliotek» from the menu, whose button says the name.
    mediaLibraryModal: { close: 'Lukk', images: mediaLibraryName, mediaAssets: mediaLibraryName },
    // Decap's nb_no says «Maksimal konfiguert filstørrelse er … kB», in developer's words and misspelt.
    mediaLibrary: { fileTooLarge: `Filen er for stor til å lastes opp (over %{size} kB). ${shrinkAdvice[0]!.toUpperCase()}${shrinkAdvice.slice(1)}.` },
  },
  ui: {
    settingsDropdown: { account: 'Kontovalg' },
    toast: {
      noteAdded: 'Merknaden er lagt til',
      onFailToAddNote: 'Kunne ikke legge til merknaden: %{details}',
      noteUpdated: 'Merknaden er endret',
      onFailToUpdateNote: 'Kunne ikke endre merknaden: %{details}',
      noteDeleted: 'Merknaden er slettet',
      onFailToDeleteNote: 'Kunne ikke slette merknaden: %{details}',
      noteResolved: 'Merknaden er merket som løst',
      noteReopened: 'Merknaden er åpnet igjen',
      onFailToToggleNote: 'Kunne ikke endre merknaden: %{details}',
      onLoggedOut: 'Du er logget ut. Ta vare på det du har skrevet, og logg inn igjen.',
      onBackendDown: 'Tjenesten innholdet lagres i, har driftsproblemer. Se %{details} for mer.',
      // Decap's nb_no blames a forgotten field («Oisann, ser ut som du glemte …») also when one is filled in wrongly.
      missingRequiredField: 'Noe i skjemaet mangler eller må rettes før det kan lagres. Se meldingene i rødt ved feltene.',
    },
  },
};

/**
 * Decap's widget names in its fields' labels for screen readers
 * (`editorControl.field.widgetLabel`, «Feltet %{widgetLabel}»), which Decap
 * fills with the widget's English name («Feltet string»). The CMS page's
 * script renames them (browser/translations.js).
 */
export const widgetNames: Record<string, string> = {
  string: 'tekst',
  text: 'lang tekst',
  markdown: 'Markdown-tekst',
  object: 'gruppe',
  list: 'liste',
  relation: 'valg fra innholdet',
  select: 'valg',
  number: 'tall',
  norwegianNumber: 'tall',
  boolean: 'av eller på',
  image: 'bilde',
  file: 'fil',
  datetime: 'dato',
  hidden: 'skjult',
};

/**
 * English that Decap and its pick-lists (react-select) write outside the
 * locale, as [regular expression, Norwegian with $1 for what it caught]: the
 * CMS page's script rewrites texts and labels that match (browser/translations.js).
 */
export const englishOutsideLocale: [string, string][] = [
  ['^Failed to persist media: (?:Error: )?([\\s\\S]*)$', 'Kunne ikke lagre filen: $1'],
  ['^Failed to delete media: (?:Error: )?([\\s\\S]*)$', 'Kunne ikke slette filen: $1'],
  ['^Failed to load media: (?:Error: )?([\\s\\S]*)$', 'Kunne ikke hente filene: $1'],
  // A save refused by the CMS page's own check (browser/save-refusals.js) comes as «…: Error: …».
  ['^(Kunne ikke lagre: )Error: ([\\s\\S]*)$', '$1$2'],
  // Asked (window.confirm) before an upload replaces a file of the same name, which other entries may show.
  [
    '^(.+) already exists\\. Do you want to replace it\\?$',
    'Det finnes allerede en fil som heter $1, og andre oppføringer kan bruke den. Vil du erstatte den med den nye overalt der den brukes? Velg Avbryt og gi den nye filen et annet navn for å beholde begge.',
  ],
  // A toast whose details are a script's own error («Kunne ikke laste forhåndsvisning: Cannot read properties of
  // undefined (reading 'get')»): what failed, in Norwegian, without the programmer's English.
  [
    "^([^:\\n]+): (?:(?:Type|Reference)Error: )?(?:Cannot read properties of (?:undefined|null) \\(reading '[^']*'\\)|\\S+ is not (?:a function|defined|iterable))$",
    '$1 (en feil i redigeringsverktøyet). Last siden på nytt og prøv igjen.',
  ],
  ['^Remove (.+)$', 'Fjern $1'],
  ['^No options$', 'Ingen treff'],
  // A list item whose summary is still empty (a source just added): Decap writes «No» and its first field's name («No doc»).
  ['^No [a-z][A-Za-z]*$', 'Ikke fylt ut ennå'],
  ['^Loading\\.\\.\\.$', 'Laster …'],
  // react-select's messages for screen readers.
  ['^Use Up and Down to choose options[\\s\\S]*$', 'Pil opp og ned flytter i listen, Enter velger, Escape lukker listen, Tab velger og går videre.'],
  // react-select writes «… is focused ,type to refine list, press Down …» (its comma stands before the space), or
  // without «type to refine list» where nothing can be typed: the pattern missed both, and a screen reader said them
  // in English on every pick-list (fresh eyes).
  ['^.* is focused\\s*,\\s*type to refine list[\\s\\S]*$', 'Skriv for å snevre inn listen. Pil ned åpner den, pil venstre går til det som er valgt.'],
  ['^.* is focused\\s*,\\s*press Down to open the menu[\\s\\S]*$', 'Pil ned åpner listen.'],
  ['^Use left and right to toggle between focused values[\\s\\S]*$', 'Pil venstre og høyre flytter mellom det som er valgt, Backspace fjerner det markerte.'],
  ['^option (.+), selected\\.$', 'Valgt: $1.'],
  ['^option (.+), deselected\\.$', 'Fjernet: $1.'],
  ['^(?:option|value) (.+) focused, (\\d+) of (\\d+)\\.$', '$1, $2 av $3.'],
  ['^(\\d+) results? available(?: for search term (.*))?\\.$', '$1 treff.'],
  ['^All selected options have been cleared\\.$', 'Alt som var valgt, er fjernet.'],
  // dnd-kit's, for moving list items.
  ['^To pick up a draggable item, press the space bar\\.[\\s\\S]*$', 'Trykk mellomrom for å løfte et element, flytt det med piltastene, og trykk mellomrom igjen for å slippe det eller Escape for å avbryte.'],
  ['^Picked up draggable item (.+)\\.$', 'Løftet $1.'],
  ['^Draggable item (.+) was moved over droppable area (.+)\\.$', '$1 er over $2.'],
  ['^Draggable item (.+) was dropped over droppable area (.+)$', '$1 er sluppet over $2.'],
  ['^Draggable item (.+) is no longer over a droppable area\\.$', '$1 er ikke over et sted det kan slippes.'],
  ['^Dragging was cancelled\\. Draggable item (.+) was dropped\\.$', 'Flyttingen er avbrutt. $1 er sluppet.'],
];

/**
 * Said when an entry other entries link to is about to be deleted or
 * unpublished (browser/entry-links.js, which refuses it): the site would show errors
 * in those others, and a build would stop. %{…} are filled in there.
 */
export const linkedEntryTexts = {
  entry: '%{kind} %{title}, i feltet «%{field}»',
  notice: 'Ikke %{done}: disse oppføringene lenker hit. Endre dem først:',
  advice:
    'Åpne hver av dem, fjern lenken eller velg en annen oppføring, og lagre. Prøv så igjen. ' +
    'Ble oppføringen %{done} nå, ville de sidene få feil, og nettstedet kunne ikke publiseres før de var rettet.',
  unchecked:
    'Oppføringen er ikke %{done}: redigeringsverktøyet fikk ikke sjekket om andre oppføringer lenker til den. ' +
    'Vent litt, og prøv igjen. Går det fortsatt ikke, kontakt den som drifter nettstedet.',
  imageEntry: '%{kind} %{title}',
  imageUnchecked:
    'Bildet er ikke slettet: redigeringsverktøyet fikk ikke sjekket om noen oppføringer viser det. ' +
    'Vent litt, og prøv igjen. Går det fortsatt ikke, kontakt den som drifter nettstedet.',
  imageNotice: 'Ikke slettet: disse oppføringene viser bildet «%{name}». Endre dem først:',
  imageAdvice:
    'Åpne hver av dem, ta bort bildet eller velg et annet, og lagre. Prøv så igjen. ' +
    'Ble bildet slettet nå, ville de sidene få feil, og nettstedet kunne ikke publiseres før de var rettet.',
  draft:
    '%{title} kan ikke lagres som utkast ennå, fordi disse viser den på nettstedet:\n%{entries}\n' +
    'Et utkast vises ikke, så de sidene ville få feil. Ta den bort fra dem først, eller slå på «Utkast» i dem også.',
  // A date later than the entries that show it are shown from (save-refusals.js refuseDateOthersShowEarlier).
  later:
    '%{title} kan ikke få datoen %{date}: den vises ikke på nettstedet før da, men disse viser den fra før:\n%{entries}\n' +
    'Der ville den mangle. Gi den en dato som ikke er senere enn %{latest}, eller ta den bort fra dem først.',
  laterEntry: '%{kind} %{title} (%{date}), i feltet «%{field}»',
  today: 'i dag (%{date})',
  // A choice of an entry the site does not show yet, in the entry being saved (save-refusals.js refuseUnshownChoices).
  chosenDraft:
    '%{kind} %{title} er et utkast og vises ikke på nettstedet, så den ville mangle her. ' +
    'Velg en annen, fjern valget, eller slå av «Utkast» i den først; skal det du lagrer nå, vente på den, slå på «Utkast» her også.',
  chosenLater:
    '%{kind} %{title} har datoen %{date} og vises ikke på nettstedet før da, så den ville mangle her. ' +
    'Velg en annen, fjern valget, eller gi det du lagrer nå, en dato som ikke er tidligere enn %{date}.',
  delete: { done: 'slettet' },
  unpublish: { done: 'avpublisert' },
};

type Phrases = { [key: string]: string | Phrases };

/** `extra` laid over `base`, nested groups merged. */
export function mergePhrases(base: Phrases, extra: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const under = merged[key];
    merged[key] = typeof value === 'object' && typeof under === 'object' ? mergePhrases(under, value) : value;
  }
  return merged;
}
