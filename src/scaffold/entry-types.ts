// What `npm run new` writes for each kind of entry: the frontmatter with
// placeholders where the editor must fill in, and the body's section headings.
import { sourceDocuments } from '../schemas/source-documents.ts';
import { perCollection, type CollectionName, type ScaffoldKind } from '../schemas/collections.ts';
import { eventKinds } from '../schemas/event.ts';
import { templateKinds } from '../schemas/template.ts';
import { levels, sectors, themes } from '../schemas/vocabulary.ts';
import { placeholder } from '../lib/placeholder.ts';

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
  build: (context: ScaffoldContext) => Scaffold;
}

const list = (values: object) => Object.keys(values).join(', ');
const summary = placeholder('ingressen, to–tre setninger som sier det viktigste (20–400 tegn)');
// A source is a document and a page: a group the CMS can open, with the placeholder in its document field.
const sources = [{ doc: placeholder(`kildedokumentet (${list(sourceDocuments)}), og sidetallet i PDF-en under «page» for S002`) }];
const text = (hint: string) => `${placeholder(hint)}\n`;
const sections = (...headings: [string, string][]) => headings.map(([heading, hint]) => `## ${heading}\n\n${text(hint)}`).join('\n');
const months = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** One per kind the registry names (schemas/collections.ts `scaffold`), in the order `npm run new` lists them. */
const builders = {
  eksempel: {
    label: 'godt eksempel fra en kommune',
    build: ({ title }) => ({
      data: {
        title,
        summary,
        municipalities: [placeholder('kommunens id, som i content/municipalities (for eksempel gloppen)')],
        sectors: [placeholder(`sektor: ${list(sectors)}`)],
        themes: [placeholder(`tema: ${list(themes)}`)],
        levels: [placeholder(`nivå i kvalitetstrakten: ${list(levels)}`)],
        draft: true,
        sources,
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
      data: { title, summary, date: today, kind: 'nyhet', draft: true, sources },
      body: text('selve nyheten; det viktigste først'),
    }),
  },
  pressemelding: {
    label: 'pressemelding',
    numbered: 'pressReleaseNumber',
    build: ({ title, today, nextNumber }) => ({
      data: { title, summary, date: today, kind: 'pressemelding', number: nextNumber, draft: true, sources },
      // No «Kontakt» section: the page adds the press contact setting under every press release.
      body: `${text('første avsnitt: hva har skjedd, hvem, når og hvor')}\n${sections([placeholder('mellomtittel'), 'bakgrunn og sitater'])}`,
    }),
  },
  nyhetsbrev: {
    label: 'nyhetsbrev',
    numbered: 'issue',
    build: ({ title, today, nextNumber }) => {
      const [year, month] = today.split('-');
      return {
        id: `nr-${nextNumber}-${months[Number(month) - 1]}-${year}`,
        data: {
          title,
          issue: nextNumber,
          date: today,
          preheader: placeholder('linjen e-postprogrammet viser etter emnet (høyst 150 tegn)'),
          summary,
          items: [],
          draft: true,
          sources,
        },
        body: sections(
          ['Leder', 'en kort hilsen fra sekretariatet'],
          [placeholder('tittelen på første sak'), 'saken; lenk til mer på nettstedet'],
        ),
      };
    },
  },
  verktoy: {
    label: 'verktøy eller metode',
    build: ({ title }) => ({
      data: { title, summary, draft: true, sources },
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
      data: { title, summary, kind: placeholder(`slag: ${list(eventKinds)}`), date: today, places: [], draft: true, sources },
      body: sections(
        ['Bakgrunn', 'hvorfor arrangementet ble holdt'],
        ['Programmet', 'hva som sto på programmet'],
        ['Hvordan gikk det?', 'deltakelse og evaluering, slik kildene oppgir dem'],
      ),
    }),
  },
  side: {
    label: 'frittstående side',
    build: ({ title }) => ({
      data: { title, summary, draft: true, sources },
      body: sections(['Kort fortalt', 'det viktigste på siden']),
    }),
  },
  mal: {
    label: 'kommunikasjonsmal',
    build: ({ title }) => ({
      data: { title, summary, kind: placeholder(`slag: ${list(templateKinds)}`), draft: true, sources },
      body: sections(
        ['Veiledning', 'når og hvordan malen brukes'],
        ['Mal til utfylling', 'selve malen'],
        ['Eksempel', 'et utfylt eksempel'],
      ),
    }),
  },
  kommune: {
    label: 'kommune eller bydel',
    build: ({ title }) => ({ data: { name: title, sources } }),
  },
  film: {
    label: 'film',
    build: ({ title }) => ({
      data: { title, summary, maker: placeholder('hvem som laget filmen'), municipalities: [], draft: true, sources },
    }),
  },
  tabell: {
    label: 'talltabell',
    build: ({ title }) => ({
      data: {
        title,
        caption: placeholder('hva tabellen viser, én setning'),
        columns: [placeholder('kolonneoverskrift')],
        rows: [{ label: placeholder('radens navn'), values: [null] }],
        sources,
      },
    }),
  },
} satisfies Record<ScaffoldKind, Omit<EntryType, 'collection'>>;

const collectionOf = new Map(
  Object.entries(perCollection((definition) => definition.scaffold)).flatMap(([name, kinds]) =>
    kinds.map((kind) => [kind, name as CollectionName] as const),
  ),
);

/** Every kind of new entry, by its Norwegian name. The ten points against sick leave are fixed, so they have none. */
export const entryTypes: Record<string, EntryType> = Object.fromEntries(
  Object.entries(builders).map(([kind, type]) => [kind, { collection: collectionOf.get(kind)!, ...type }]),
);
