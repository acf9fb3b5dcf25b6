// Every text of Decap's English interface has a Norwegian one: Decap's nb_no
// with ours laid over it.
import { expect, it } from 'vitest';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import nb from 'decap-cms-locales/dist/esm/nb_no/index.js';
import { englishOutsideLocale, mergePhrases, missingNorwegian, widgetNames } from './locale.ts';

type Phrases = { [key: string]: string | Phrases };
const keys = (phrases: Phrases, prefix = ''): string[] =>
  Object.entries(phrases).flatMap(([key, value]) => (typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`]));

it('leaves no text of the CMS in English', () => {
  const norwegian = new Set(keys(mergePhrases(nb as Phrases, missingNorwegian)));
  expect(keys(en as Phrases).filter((key) => !norwegian.has(key))).toEqual([]);
  // The ones editors met: «Add …» on lists, «Insert from URL», «Copy Name».
  const merged = mergePhrases(nb as Phrases, missingNorwegian) as { editor: { editorWidgets: { list: { add: string }; image: { chooseUrl: string } } } };
  expect(merged.editor.editorWidgets.list.add).toBe('Legg til: %{item}');
  expect(merged.editor.editorWidgets.image.chooseUrl).toBe('Sett inn fra adresse');
  // A file over the upload limit: what to do, not «Maksimal konfiguert filstørrelse».
  const tooLarge = (merged as unknown as { mediaLibrary: { mediaLibrary: { fileTooLarge: string } } }).mediaLibrary.mediaLibrary.fileTooLarge;
  expect(tooLarge).toContain('Gjør bildet mindre, helst 1440–2500 piksler bredt');
  expect(tooLarge).not.toMatch(/konfigu/);
});

it('adds only texts Decap has, so none is a typo', () => {
  const english = new Set(keys(en as Phrases));
  expect(keys(missingNorwegian as Phrases).filter((key) => !english.has(key))).toEqual([]);
});

it('names every widget the CMS uses in Norwegian, for the labels Decap gives fields («Feltet string»)', async () => {
  const { cmsConfig } = await import('./config.ts');
  const widgets = new Set<string>();
  const walk = (fields: { widget?: string; fields?: unknown[]; field?: unknown; types?: unknown[] }[] = []): void => {
    for (const f of fields) {
      if (f.widget) widgets.add(f.widget);
      walk([...((f.fields ?? []) as []), ...(f.field ? [f.field as never] : []), ...((f.types ?? []) as [])]);
    }
  };
  for (const c of cmsConfig().collections) walk('files' in c ? c.files.flatMap((file) => file.fields) : c.fields);
  expect([...widgets].filter((w) => !widgetNames[w])).toEqual([]);
});

it('says in Norwegian what Decap and its libraries write in English outside the locale', () => {
  const translate = (text: string) => {
    const rule = englishOutsideLocale.find(([pattern]) => new RegExp(pattern).test(text));
    return rule ? text.replace(new RegExp(rule[0]), rule[1]) : text;
  };
  expect(translate('Failed to persist media: Error: Payload Too Large')).toBe('Kunne ikke lagre filen: Payload Too Large');
  expect(translate('Remove Askim')).toBe('Fjern Askim');
  // A list item not filled in yet is summed up by its first field's name: «No doc» for a new source.
  expect(translate('No doc')).toBe('Ikke fylt ut ennå');
  expect(translate('No attribution')).toBe('Ikke fylt ut ennå');
  expect(translate('No options')).toBe('Ingen treff');
  expect(translate('img_0001.jpg already exists. Do you want to replace it?')).toMatch(/^Det finnes allerede en fil som heter img_0001\.jpg, og andre oppføringer kan bruke den\. .*Avbryt/);
  // A script's own error in a toast's details, never shown as it is (after Back and «gjenopprette»).
  expect(translate("Kunne ikke laste forhåndsvisning: Cannot read properties of undefined (reading 'get')")).toBe(
    'Kunne ikke laste forhåndsvisning (en feil i redigeringsverktøyet). Last siden på nytt og prøv igjen.',
  );
  expect(translate('Kunne ikke lagre: TypeError: e.map is not a function')).toBe('Kunne ikke lagre (en feil i redigeringsverktøyet). Last siden på nytt og prøv igjen.');
  expect(translate('option Askim, selected.')).toBe('Valgt: Askim.');
  expect(translate('option Askim focused, 2 of 356.')).toBe('Askim, 2 av 356.');
  // react-select's own words when a pick-list gets the focus, as it writes them (a comma before the space): they were
  // said in English (fresh eyes).
  expect(translate('Select is focused ,type to refine list, press Down to open the menu,  press left to focus selected values')).toMatch(/^Skriv for å snevre inn listen\./);
  expect(translate('Select is focused , press Down to open the menu, ')).toBe('Pil ned åpner listen.');
  expect(translate('To pick up a draggable item, press the space bar.\n    While dragging …')).toMatch(/^Trykk mellomrom/);
});

it('shows a field’s own message when its text does not have the right form, not «samsvarer ikke med mønsteret»', () => {
  const merged = mergePhrases(nb as Phrases, missingNorwegian) as { editor: { editorControlPane: { widget: { regexPattern: string } } } };
  expect(merged.editor.editorControlPane.widget.regexPattern).toBe('%{pattern}');
});

// Decap's nb_no said «Kilder må minst ha 1 element(er).»: no one writes «element(er)», and the name stood bare where
// every other message has it in «».
it('says a list’s, a choice’s and a number’s limits without «element(er)», the field’s name in «»', () => {
  const merged = mergePhrases(nb as Phrases, missingNorwegian) as { editor: { editorControlPane: { widget: Record<string, string> } } };
  const limits = ['rangeCount', 'rangeCountExact', 'rangeMin', 'rangeMax', 'range', 'min', 'max', 'processing'].map((key) => merged.editor.editorControlPane.widget[key]!);
  for (const message of limits) {
    expect(message).not.toMatch(/\(er\)|element/);
    expect(message).toMatch(/^«%\{fieldLabel\}» /);
  }
});

// A field with two errors is described by both (browser/invalid-fields.js): without a full stop, a screen reader read
// them as one sentence.
it('ends every message of a field\'s own as a sentence', () => {
  const merged = mergePhrases(nb as Phrases, missingNorwegian) as { editor: { editorControlPane: { widget: Record<string, string> } } };
  for (const [key, message] of Object.entries(merged.editor.editorControlPane.widget))
    if (key !== 'regexPattern' && key !== 'processing' && /Label|path|Count|Value/.test(message)) expect(message, key).toMatch(/[.!?]$/);
});

it('asks, on leaving with unsaved changes, in words that say they are kept in this browser and offered again, not lost', () => {
  const merged = mergePhrases(nb as Phrases, missingNorwegian) as { editor: { editor: { onLeavePage: string; confirmLoadBackup: string } } };
  expect(merged.editor.editor.onLeavePage).toMatch(/ikke lagret.*nettleseren tar vare på dem.*åpner innlegget igjen.*hente dem tilbake/);
  expect(merged.editor.editor.onLeavePage).not.toMatch(/borte|mist/);
  // The rest of the group stays Decap's.
  expect(merged.editor.editor.confirmLoadBackup).toBe((nb as { editor: { editor: { confirmLoadBackup: string } } }).editor.editor.confirmLoadBackup);
});

// Fresh eyes: the hint under «Tekst (Markdown)» said «Kopier stien» where the button said «Kopier navnet», and the
// library was «Bilder og filer» in the menu but «Bilder» or «Mediebibliotek» as its own heading.
it('names the media library and its copy button as the hints do, wherever Decap shows them', async () => {
  const { cmsConfig } = await import('./config.ts');
  const merged = mergePhrases(nb as Phrases, missingNorwegian) as unknown as {
    app: { header: { media: string } };
    mediaLibrary: { mediaLibraryCard: { copyPath: string; copyName: string }; mediaLibraryModal: { images: string; mediaAssets: string } };
  };
  const library = merged.app.header.media;
  const { copyPath, copyName } = merged.mediaLibrary.mediaLibraryCard;
  expect([merged.mediaLibrary.mediaLibraryModal.images, merged.mediaLibrary.mediaLibraryModal.mediaAssets]).toEqual([library, library]);
  expect(copyName).toBe(copyPath);
  const hints = JSON.stringify(cmsConfig().collections).match(/trykk «[^»]+»/g) ?? [];
  expect(hints.length).toBeGreaterThan(0);
  expect(hints.filter((hint) => hint !== `trykk «${copyPath}»` && /Kopier/.test(hint))).toEqual([]);
  expect(JSON.stringify(cmsConfig().collections)).toContain(`last det opp i «${library}»`);
});
