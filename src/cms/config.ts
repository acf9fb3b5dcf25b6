// The Decap CMS configuration, generated from the collection registry and the
// zod schemas (z.toJSONSchema), so the CMS's fields are never written by hand.
import { relative } from 'node:path';
import { z } from 'zod';
import { collectionDefinitions, collectionNames, contentRoot, type CollectionName } from '../schemas/collections.ts';
import type { CmsHosting } from './backend.ts';
import { isPartialDateField, objectFields, type DecapField } from './fields.ts';
import { jsonSchemaOf, type JsonSchema } from '../schemas/meta.ts';
import { pressContactFile } from '../schemas/press-contact.ts';
import { settingsCollection as settingsName, settingsFiles } from './settings-files.ts';
import { collectionDescriptions, collectionLabels } from './labels.ts';
import { fixedCollections } from './references.ts';
import { cmsLogoPath } from './logo.ts';
import { copyPathName, mediaLibraryName } from './media-names.ts';
import { entryUrl } from '../lib/routes.ts';

/** With the trailing slash the site's URLs have, so Astro's dev server lets it through. */
export const cmsApiPath = '/api/v1/';
/** Where the CMS asks `astro dev` for the content check's problems after a save (src/integrations/content-check.ts). */
export const contentReportPath = '/api/innholdskontroll/';
/** Where the CMS asks `astro dev`, before a save, what the check would say of the images in a text (POST { collection, slug, body }). */
export const bodyImagesPath = '/api/innholdskontroll/bilder/';
/** Where the CMS asks `astro dev`, before a save, what the check would say of a text (POST { collection, slug, body, data }). */
export const bodyCheckPath = '/api/innholdskontroll/tekst/';

/** The folder under content/ where the CMS puts uploaded images. */
export const mediaFolder = 'media';
/**
 * An uploaded image's path as an entry writes it. Astro resolves it like an import, from the entry's file,
 * so it must start with «.»; every collection is one folder below content/, so «../media/bilde.png».
 * The same in the media library opened from the menu, so its «Kopier stien» gives a path entries can use.
 */
export const mediaPublicPath = `../${mediaFolder}`;

/** Stands in for Astro's image(): a file chosen in the CMS, stored in the media folder. */
const imageField = () => z.string().meta({ 'x-cms-widget': 'image' });

const fieldsSchemas = new Map<CollectionName, JsonSchema>();
/**
 * A collection's frontmatter as JSON Schema, with the labels, help texts and references its fields carry.
 * Made once per collection and shared (do not change it): asked for each entry by /admin/oppforinger.json,
 * where making it anew took 5 s of a 1 000-story build (issue 17).
 */
export function collectionFieldsSchema(name: CollectionName): JsonSchema {
  const schema = fieldsSchemas.get(name) ?? jsonSchemaOf(collectionDefinitions[name].schema(imageField));
  fieldsSchemas.set(name, schema);
  return schema;
}

/** The frontmatter fields of a collection, as the CMS shows them. */
export function collectionFields(name: CollectionName): DecapField[] {
  return objectFields(collectionFieldsSchema(name));
}

const cachedFields = new Map<CollectionName, DecapField[]>();
/** collectionFields, made once per collection: asked for each entry and field, as in the CMS page's look-ups (entry-links.ts). */
function fieldsOf(collection: CollectionName): DecapField[] {
  const fields = cachedFields.get(collection) ?? collectionFields(collection);
  cachedFields.set(collection, fields);
  return fields;
}

/** The label the CMS shows for a collection's top field `name` («items» → «Saker i denne utgaven»). */
export function fieldLabel(collection: CollectionName, name: string | number | undefined): string {
  return fieldsOf(collection).find((field) => field.name === name)?.label ?? String(name);
}

/** The fields of a collection whose value a saved entry keeps (schema meta `kept`), as [name, label, reason]. */
export function keptFields(collection: CollectionName): [string, string, string][] {
  return fieldsOf(collection).flatMap((field) => (field.kept ? [[field.name, field.label, field.kept] as [string, string, string]] : []));
}

/**
 * The fields of a collection whose number each entry has once (the schema's `nextFree`: a newsletter's `issue`, a
 * press release's `number`), each with the fields and values an entry must have to be counted ({} for every entry).
 */
export function numberedFields(collection: CollectionName): Record<string, Record<string, string>> {
  return Object.fromEntries(fieldsOf(collection).flatMap((field) => (field.next_free ? [[field.name, field.next_free]] : [])));
}

/**
 * The body, edited as Markdown text so tables, task lists and the rest are kept exactly as written. Its hint says
 * how to write what a toolbar would do (Decap's is disabled in this mode and left out: admin-styles.ts) and what
 * Enter and Shift+Enter give (body-breaks.ts).
 */
export const bodyField: DecapField = {
  name: 'body',
  label: 'Tekst (Markdown)',
  widget: 'markdown',
  modes: ['raw'],
  // Decap shows a hint as Markdown: the examples in `…` are shown as written.
  hint:
    'Enter gir nytt avsnitt (i en liste nytt punkt; Enter på et tomt punkt avslutter listen, på et tomt underpunkt går det ett nivå opp), Shift+Enter linjeskift. Skriv «`**fet**`», «`## Mellomtittel`», «`- punkt`», «`1. nummerert`» og «`[lenketekst](/eksempler/gloppen/)`». Underpunkt: to mellomrom foran «-» (Tab går videre til neste felt). ' +
    `Bilde: last det opp i «${mediaLibraryName}», trykk «${copyPathName}» og skriv «\`![hva bildet viser](${mediaPublicPath}/bilde.png)\`» med den stien. ` +
    'Tekst limt inn fra Word blir skrevet slik av seg selv.',
};

const identifierField = (fields: DecapField[]) => (fields.some((f) => f.name === 'title') ? 'title' : 'name');

/**
 * The dev server's file API (src/integrations/decap-local-backend.ts), and the dev server's site as the preview:
 * while the content has problems, each of its pages is the check's report of them all (content-report-page.ts).
 */
export const devBackend: CmsHosting = { backend: { name: 'proxy', proxy_url: cmsApiPath, branch: 'main' }, siteUrl: '/' };

/**
 * File names of new entries, as the site's own follow: newsletters «nr-12-august-2026», by number and date, like
 * `npm run new` and the archive's issues (lib/newsletter-id.ts; the CMS page writes the date's month in Norwegian,
 * browser/file-names.js, where Decap's own date filter has English only); the rest from the title (or name). Decap
 * folds æ, ø, å and other accents to a–z (slug settings below).
 */
const slugs: Partial<Record<CollectionName, string>> = {
  newsletters: 'nr-{{issue}}-{{date}}',
  municipalities: '{{name}}',
};

/** How each entry is listed in the CMS, where its title alone says too little. */
const summaries: Partial<Record<CollectionName, string>> = {
  newsletters: 'Nr. {{issue}}: {{title}}',
  news: '{{date}} – {{title}}',
  events: '{{date}} – {{title}}',
  sickLeavePoints: '{{number}}. {{title}}',
};

/**
 * The date a collection's list is sorted by, newest first, if its entries have one (news, events, newsletters).
 * YAML reads a year alone as a number and the other forms as text, which Decap's sort keeps apart: the CMS
 * page makes each listed date text first (browser/date-sorting.js).
 */
export function sortDateField(name: CollectionName): string | undefined {
  return fieldsOf(name).find(isPartialDateField)?.name;
}

/** content/ as the CMS names it: relative to the repository (the working directory). */
const contentFolder = () => relative(process.cwd(), contentRoot).split('\\').join('/') || '.';

/** The media folder as the CMS names it, from the repository's root: «content/media». */
export const mediaRepositoryFolder = () => `${contentFolder()}/${mediaFolder}`;

/**
 * Fields Decap's search of all collections reads besides the title, where a collection has them: it reads only
 * the title and the fields its list's summary names (backend.search; `search_fields` is not read there). A story
 * naming its place only in its ingress or its municipalities («tromso», the municipality's id) was not found; nor
 * (fresh eyes) an event by its «Steder» («Tromsø»), a story by its «Andre kommuner med samme tema», a newsletter by
 * its preheader, or any entry by a word of its text («desembernummeret»). Each is named in the summary with a filter
 * that shows nothing («ternary('', '')»), so the list is as before. A field in a group is named by its path.
 */
export const searchedFields = ['summary', 'municipalities', 'places', 'sameTheme.municipalities', 'preheader', 'body'] as const;

/** Whether `fields` has the field at `path` («sameTheme.municipalities»: a field of a group). */
const hasFieldAt = (fields: readonly DecapField[], path: string): boolean => {
  const [name, ...rest] = path.split('.');
  const found = fields.find((f) => f.name === name);
  return Boolean(found && (rest.length === 0 || hasFieldAt(found.fields ?? [], rest.join('.'))));
};

/** A collection's fields in the CMS's form: its frontmatter's, and the text (body) of an MDX collection. */
function formFields(name: CollectionName): DecapField[] {
  return collectionDefinitions[name].format === 'mdx' ? [...collectionFields(name), bodyField] : collectionFields(name);
}

/** The summary Decap lists a collection's entries by (as `summaries`, or the title or name), naming `searchedFields` unseen. */
function listedSummary(name: CollectionName, fields: DecapField[]): string {
  const searched = searchedFields.filter((field) => hasFieldAt(fields, field));
  return `${summaries[name] ?? `{{${identifierField(fields)}}}`}${searched.map((field) => `{{${field} | ternary('', '')}}`).join('')}`;
}

/**
 * The fields Decap's search reads in a collection's entries (its title or name, the fields its summary names, and
 * `searchedFields`): the CMS page keeps only the hits whose fields hold each word searched for (browser/search.js).
 */
export function searchTextFields(name: CollectionName): string[] {
  const fields = formFields(name);
  const named = [...(summaries[name] ?? '').matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map(([, field]) => field!);
  return [...new Set([identifierField(fields), ...named, ...searchedFields.filter((field) => hasFieldAt(fields, field))])];
}

/** An entry as the secretariat names it: its title, or a municipality's name («Nyhetsbrev juni 2010», not «Nr. 7: …»). */
export function entryName(name: CollectionName, data: Record<string, unknown>): string {
  return String(data[identifierField(fieldsOf(name))] ?? '');
}

/** An entry as the CMS lists it (`summary` above, or its title or name): «Nr. 7: Nyhetsbrev …». */
export function listedTitle(name: CollectionName, data: Record<string, unknown>): string {
  const template = summaries[name] ?? `{{${identifierField(fieldsOf(name))}}}`;
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, field: string) => String(data[field] ?? ''));
}

/** The CMS configuration; `hosting` is where it saves (the dev server's API unless a hosted backend is given). */
export function cmsConfig(hosting: CmsHosting = devBackend) {
  const root = contentFolder();
  return {
    locale: 'nb_no',
    // The login page shows the site's name (Decap's own logo otherwise).
    logo: { src: cmsLogoPath, show_in_header: false },
    backend: hosting.backend,
    ...(hosting.publishMode && { publish_mode: hosting.publishMode }),
    ...(hosting.siteUrl && { site_url: hosting.siteUrl }),
    // Every image in one folder, content/media/, whichever entry it was uploaded from (see each collection).
    media_folder: mediaRepositoryFolder(),
    public_folder: mediaPublicPath,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [...collectionNames.map((name) => entryCollection(name, root)), settingsCollection(root)],
  };
}

/** A collection of entries: one file per entry in the collection's folder. */
export type EntryCollection = ReturnType<typeof entryCollection>;

function entryCollection(name: CollectionName, root: string) {
  const { folder, format } = collectionDefinitions[name];
  const fields = collectionFields(name);
  const withBody = formFields(name);
  return {
    name,
    label: collectionLabels[name].plural,
    label_singular: collectionLabels[name].singular,
    ...(collectionDescriptions[name] && { description: collectionDescriptions[name] }),
    folder: `${root}/${folder}`,
    extension: format,
    // Read and written as content-check/format.ts expects (the canonical form).
    format: format === 'mdx' ? 'yaml-frontmatter' : 'yaml',
    // The ten points are fixed; every other collection can grow and shrink.
    create: !fixedCollections.includes(name),
    delete: !fixedCollections.includes(name),
    identifier_field: identifierField(fields),
    slug: slugs[name] ?? '{{slug}}',
    summary: listedSummary(name, withBody),
    // The entry's page on the site (site_url), for the editor's «Vis forhåndsvisning».
    preview_path: entryUrl(name, '{{slug}}'),
    ...(sortDateField(name) && { sortable_fields: sortableFields(name, sortDateField(name)!, identifierField(fields)) }),
    // Not beside the entries: Decap's media library lists every file in its folder, so entries would be
    // listed as files there and could be deleted from it. The folder is the site's one media folder.
    media_folder: mediaPublicPath,
    public_folder: mediaPublicPath,
    fields: withBody,
  };
}

/** A dated collection's list: newest first, or sorted by title (or name) if the editor chooses. */
function sortableFields(name: CollectionName, date: string, identifier: string) {
  return [
    { field: date, label: 'Dato', default_sort: 'desc' },
    { field: identifier, label: fieldLabel(name, identifier) },
  ];
}

/**
 * The settings under content/settings/: single files, not folders of entries.
 * Every field may be left empty (src/schemas/press-contact.ts).
 */
function settingsCollection(root: string) {
  const fields = objectFields(jsonSchemaOf(settingsFiles.pressContact));
  return {
    // Checked before a save by the files' own schemas (content-check/entry-check.ts), as the entries are by theirs.
    name: settingsName,
    label: 'Innstillinger',
    files: [
      {
        name: 'pressContact' satisfies keyof typeof settingsFiles,
        label: 'Pressekontakt',
        file: `${root}/${pressContactFile}`,
        format: 'yaml',
        fields: fields.map((field, index) => ({
          ...field,
          required: false,
          // The guidance, under the first field. Not as a comment in the file: Decap writes a field's `comment`
          // only in folder collections (selectFieldsComments looks the field up in the collection's own fields).
          ...(index === 0 && { hint: pressContactHint }),
        })),
      },
    ],
  };
}

/** What the press contact is and where it shows; the file itself is kept as the CMS writes it, without comments. */
export const pressContactHint =
  'Pressekontakten vises i presserommet, i pressepakken på hvert eksempel og under hver ny pressemelding fra sekretariatet som ikke har sin egen ' +
  '«Kontaktperson for pressemeldingen». Alle feltene kan stå ' +
  'tomme. Så lenge verken telefon eller e-post er fylt ut, vises programmets postadresse (KS, Postboks 1378 Vika).';
