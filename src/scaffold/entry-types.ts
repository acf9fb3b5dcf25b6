// What `npm run new` writes for each kind of entry: the frontmatter with
// placeholders where the editor must fill in, and the body's section headings.
// A kind the registry names without a builder here gets one made from its
// collection's schema, so a new collection needs no edit in this file.
import { collectionJsonSchemas } from '../content-check/json-schemas.ts';
import { sourceDocuments } from '../schemas/source-documents.ts';
import { collectionDefinitions, collectionNames, type CollectionName, type ScaffoldKind } from '../schemas/collections.ts';
import type { JsonSchema } from '../schemas/meta.ts';
import { eventKinds } from '../schemas/event.ts';
import { templateKinds } from '../schemas/template.ts';
import { levels, sectors, themes } from '../schemas/vocabulary.ts';
import { newItemWords } from '../schemas/new-item.ts';
import { placeholder } from '../lib/placeholder.ts';
import { newsletterId } from '../lib/newsletter-id.ts';

export interface ScaffoldContext {
  title: string;
  /** Today, as ÅÅÅÅ-MM-DD. */
  today: string;
  /** The next free number of a numbered kind (newsletter issue, press release). */
  nextNumber: number;
}

export interface Scaffold {
  data: Record<string, unknown>;
  /** Markdown body; absent for YAML collections. */
  body?: string;
  /** File name without extension; defaults to the title as an id. */
  id?: string;
}

export interface EntryType {
  /** From the registry: the collection whose `scaffold` names this kind. */
  collection: CollectionName;
  /** What the editor types, in Norwegian. */
  label: string;
  /** Which number `nextNumber` counts, if any. */
  numbered?: 'issue' | 'pressReleaseNumber';
  /** What the next steps say about sources, where not «Oppgi kildene under «sources»» (an entry written now cites none). */
  sourcesStep?: string;
  build: (context: ScaffoldContext) => Scaffold;
}

const list = (values: object) => Object.keys(values).join(', ');
const summary = placeholder('ingressen, to–tre setninger som sier det viktigste (20–400 tegn)');
// A source is a document and a page: a group the CMS can open, with the placeholder in its document field.
const sources = [{ doc: placeholder(`kildedokumentet (${list(sourceDocuments)}), og sidetallet i PDF-en under «page» for S002`) }];
const text = (hint: string) => `${placeholder(hint)}\n`;
const sections = (...headings: [string, string][]) => headings.map(([heading, hint]) => `## ${heading}\n\n${text(hint)}`).join('\n');

/**
 * Kinds whose entries start with more than their schema says: section headings, hints, fixed values or a
 * number. The others (see `fromSchema`) need none.
 */
const builders: Partial<Record<ScaffoldKind, Omit<EntryType, 'collection'>>> = {
  eksempel: {
    label: 'godt eksempel fra en kommune',
    // A story written now is the secretariat's own (schemas/new-item.ts), as one made in the CMS is (`cmsDefaults`):
    // it cites no programme document, and each figure and quote gives its own source in words.
    sourcesStep:
      'Skriv for hvert nøkkeltall og sitat hvor det kommer fra, under «sourceText» (for eksempel «Gloppen kommunes årsmelding 2024, s. 12»). ' +
      'Bygger eksempelet på programmets dokumenter fra 2007–2010, ta bort «newItem: true» og oppgi dem under «sources», med dokument og sidetall.',
    build: ({ title }) => ({
      data: {
        title,
        summary,
        municipalities: [placeholder('kommunens id, som i content/municipalities (for eksempel gloppen)')],
        sectors: [placeholder(`sektor: ${list(sectors)}`)],
        themes: [placeholder(`tema: ${list(themes)}`)],
        levels: [placeholder(`nivå i kvalitetstrakten: ${list(levels)}`)],
        draft: true,
      },
      body: sections(
        ['Bakgrunn og behov', 'hva var utfordringen, og hvem gjaldt den?'],
        ['Dette gjorde de', 'tiltakene, gjerne som en nummerert liste'],
        ['Resultater', 'hva endret seg; tall bare slik kilden oppgir dem'],
        ['Slik kan dere gjøre det samme', 'råd til andre kommuner, som en punktliste'],
      ),
    }),
  },
  nyhet: {
    label: 'nyhet',
    build: ({ title, today }) => ({
      data: { title, summary, date: today, kind: 'nyhet', draft: true },
      body: text('selve nyheten; det viktigste først'),
    }),
  },
  pressemelding: {
    label: 'pressemelding',
    numbered: 'pressReleaseNumber',
    build: ({ title, today, nextNumber }) => ({
      data: { title, summary, date: today, kind: 'pressemelding', number: nextNumber, draft: true },
      // No «Kontakt» section: the page adds the press contact under every press release (the setting, or the
      // release's own optional `contact`, which the CMS and the editor's guide offer; the template lists no optional field).
      body: `${text('første avsnitt: hva har skjedd, hvem, når og hvor')}\n${sections([placeholder('mellomtittel'), 'bakgrunn og sitater'])}`,
    }),
  },
  nyhetsbrev: {
    label: 'nyhetsbrev',
    numbered: 'issue',
    build: ({ title, today, nextNumber }) => ({
      id: newsletterId(nextNumber, today),
      data: {
        title,
        issue: nextNumber,
        date: today,
        preheader: placeholder('linjen e-postprogrammet viser etter emnet (høyst 150 tegn)'),
        summary,
        items: [],
        draft: true,
      },
      body: sections(
        ['Leder', 'en kort hilsen fra sekretariatet'],
        [placeholder('tittelen på første sak'), 'saken; lenk til mer på nettstedet'],
      ),
    }),
  },
  verktoy: {
    label: 'verktøy eller metode',
    build: ({ title }) => ({
      data: { title, summary, draft: true },
      body: sections(
        ['Hva er det?', 'kort om verktøyet'],
        ['Når passer det?', 'hvilke situasjoner verktøyet er laget for'],
        ['Slik gjør dere det', 'trinnene, som en nummerert liste'],
        ['Erfaringer fra Kvalitetskommuneprogrammet', 'hva kommunene erfarte'],
        ['Les mer', 'lenker til eksempler og kilder'],
      ),
    }),
  },
  arrangement: {
    label: 'konferanse, samling eller kurs',
    build: ({ title, today }) => ({
      data: { title, summary, kind: placeholder(`slag: ${list(eventKinds)}`), date: today, places: [], draft: true },
      // A new event is one the secretariat announces (newItem, as in the CMS): what it is, its programme, how to sign up.
      body: sections(
        ['Om arrangementet', 'hva arrangementet handler om, og hvem det er for'],
        ['Programmet', 'hva som står på programmet'],
        ['Påmelding', 'hvordan og innen når en melder seg på'],
      ),
    }),
  },
  side: {
    label: 'frittstående side',
    build: ({ title }) => ({
      data: { title, summary, draft: true },
      body: sections(['Kort fortalt', 'det viktigste på siden']),
    }),
  },
  mal: {
    label: 'kommunikasjonsmal',
    build: ({ title }) => ({
      data: { title, summary, kind: placeholder(`slag: ${list(templateKinds)}`), draft: true },
      body: sections(
        ['Veiledning', 'når og hvordan malen brukes'],
        ['Mal til utfylling', 'selve malen'],
        ['Eksempel', 'et utfylt eksempel'],
      ),
    }),
  },
  kommune: {
    label: 'kommune eller bydel',
    build: ({ title }) => ({ data: { name: title } }),
  },
  tabell: {
    label: 'talltabell',
    build: ({ title }) => ({
      data: {
        title,
        caption: placeholder('hva tabellen viser, én setning'),
        columns: [placeholder('kolonneoverskrift')],
        rows: [{ label: placeholder('radens navn'), values: [null] }],
      },
    }),
  },
};

/** A placeholder for a required value: its label (or hint) and the choices, an array's one item, an object's required fields. */
function placeholderFor(node: JsonSchema, name: string): unknown {
  if (node.type === 'array') return node.minItems ? [placeholderFor(node.items ?? {}, name)] : [];
  if (node.type === 'object') return requiredFields(node);
  const what = node.hint ?? node.label ?? name;
  return placeholder(node.enum ? `${what}: ${node.enum.join(', ')}` : what);
}

function requiredFields(node: JsonSchema): Record<string, unknown> {
  const required = new Set(node.required);
  return Object.fromEntries(
    Object.entries(node.properties ?? {}).flatMap(([name, field]) => (required.has(name) ? [[name, placeholderFor(field, name)]] : [])),
  );
}

/**
 * For a kind without a builder: the title where the schema has one (else `name`), the shared summary, a draft,
 * and for MDX one line of body to write (`withRequiredFields` adds the sources and the rest).
 */
function fromSchema(collection: CollectionName): Omit<EntryType, 'collection'> {
  const fields = collectionJsonSchemas[collection].properties ?? {};
  const titleField = 'title' in fields ? 'title' : 'name';
  return {
    label: collectionDefinitions[collection].labels.singular.toLowerCase(),
    build: ({ title }) => ({
      data: {
        [titleField]: title,
        ...('summary' in fields && { summary }),
        ...('draft' in fields && { draft: true }),
      },
      ...(collectionDefinitions[collection].format === 'mdx' && { body: text('selve teksten') }),
    }),
  };
}

/** The values the CMS gives a new entry of the collection where the schema's default is another (`cmsDefault`: a new item's switch on). */
function cmsDefaults(collection: CollectionName): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(collectionJsonSchemas[collection].properties ?? {}).flatMap(([name, field]) => (field.cmsDefault === undefined ? [] : [[name, field.cmsDefault]])),
  );
}

/** What the next steps say about sources for an entry the secretariat writes now (`newItem`, which needs none). */
function newItemSourcesStep(collection: CollectionName): string {
  const { label, definite, pronoun } = newItemWords(collection);
  return (
    `Kilder trengs ikke: ${definite} er ${pronoun === 'det' ? 'nytt' : 'ny'} fra sekretariatet («${label}», newItem: true). ` +
    `Skriver du ${pronoun} ut fra programmets dokumenter fra 2007–2010, ta bort «newItem: true» og oppgi dem under «sources», med dokument og sidetall.`
  );
}

/**
 * What the CMS would write for a new entry: the values it starts a new entry with (`cmsDefaults`), and a required
 * field the builder leaves out as a placeholder, so a new required field needs no edit here. An entry the
 * secretariat writes now (`newItem`) cites no programme document; any other starts with a source to fill in.
 */
function withRequiredFields(collection: CollectionName, { build, ...type }: Omit<EntryType, 'collection'>): EntryType {
  const schema = collectionJsonSchemas[collection];
  const defaults = cmsDefaults(collection);
  const built = (context: ScaffoldContext) => {
    const scaffold = build(context);
    const data = { ...requiredFields(schema), ...defaults, ...scaffold.data };
    const cites = data['newItem'] !== true && 'sources' in (schema.properties ?? {});
    return { ...scaffold, data: { ...data, ...(cites && { sources }) } };
  };
  const sourcesStep = type.sourcesStep ?? (defaults['newItem'] === true ? newItemSourcesStep(collection) : undefined);
  return { collection, ...type, ...(sourcesStep && { sourcesStep }), build: built };
}

/** Every kind of new entry, by its Norwegian name, in the registry's order. The ten points against sick leave are fixed, so they have none. */
export const entryTypes: Record<string, EntryType> = Object.fromEntries(
  collectionNames.flatMap((collection) =>
    collectionDefinitions[collection].scaffold.map((kind: ScaffoldKind) => [kind, withRequiredFields(collection, builders[kind] ?? fromSchema(collection))]),
  ),
);
