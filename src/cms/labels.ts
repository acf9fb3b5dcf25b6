// The CMS's Norwegian words for collections, fields and the values of the
// controlled vocabularies. The fields themselves come from the zod schemas.
import type { CollectionName } from '../schemas/collections.ts';
import { eventKinds } from '../schemas/event.ts';
import { chartTypes } from '../schemas/figure-table.ts';
import { sourceDocuments } from '../schemas/source-documents.ts';
import { templateKinds } from '../schemas/template.ts';
import { counties, languages, levels, puljer, sectors, themes } from '../schemas/vocabulary.ts';

export const collectionLabels: Record<CollectionName, { plural: string; singular: string }> = {
  stories: { plural: 'Gode eksempler', singular: 'Godt eksempel' },
  news: { plural: 'Nyheter og pressemeldinger', singular: 'Nyhet eller pressemelding' },
  newsletters: { plural: 'Nyhetsbrev', singular: 'Nyhetsbrev' },
  tools: { plural: 'Verktøy', singular: 'Verktøy' },
  events: { plural: 'Arrangementer', singular: 'Arrangement' },
  pages: { plural: 'Sider', singular: 'Side' },
  templates: { plural: 'Kommunikasjonsmaler', singular: 'Mal' },
  municipalities: { plural: 'Kommuner', singular: 'Kommune' },
  films: { plural: 'Filmer', singular: 'Film' },
  sickLeavePoints: { plural: 'Ti punkter mot sykefravær', singular: 'Punkt' },
  figures: { plural: 'Talltabeller', singular: 'Talltabell' },
};

export const fieldLabels: Record<string, string> = {
  title: 'Tittel',
  summary: 'Ingress',
  municipalities: 'Kommuner',
  projectName: 'Prosjektnavn',
  sectors: 'Sektorer',
  themes: 'Temaer',
  levels: 'Nivå i kvalitetstrakten',
  period: 'Periode',
  from: 'Fra år',
  to: 'Til år',
  keyFigures: 'Nøkkeltall',
  value: 'Verdi',
  label: 'Tekst',
  source: 'Kilde',
  doc: 'Dokument',
  page: 'Side i PDF-en',
  quotes: 'Sitater',
  text: 'Sitat',
  attribution: 'Hvem sa det',
  sameTheme: 'Andre kommuner med samme tema',
  sickLeavePoints: 'Punkter mot sykefravær (nummer)',
  tools: 'Verktøy',
  image: 'Bilde',
  src: 'Bildefil',
  alt: 'Alt-tekst (hva bildet viser)',
  credit: 'Kreditering («Foto: Navn / Virksomhet»)',
  lang: 'Språk',
  draft: 'Utkast (vises ikke på nettstedet)',
  sources: 'Kilder',
  name: 'Navn',
  role: 'Rolle eller tittel',
  phone: 'Telefon («22 00 00 00» eller «+47 22 00 00 00»)',
  email: 'E-post',
  kind: 'Slag',
  county: 'Fylke',
  pulje: 'Pulje',
  puljeConfidence: 'Hvor sikker puljen er',
  network: 'Nettverk',
  networkGroup: 'Nettverksgruppe (rekonstruert fra vedlegg 8)',
  partOf: 'Del av',
  note: 'Merknad',
  order: 'Rekkefølge',
  related: 'Beslektede verktøy',
  issue: 'Nummer',
  date: 'Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)',
  preheader: 'Forhåndstekst i e-posten',
  items: 'Saker i denne utgaven',
  collection: 'Samling',
  id: 'Id',
  end: 'Sluttdato',
  when: 'Når (fritekst)',
  places: 'Steder',
  maker: 'Laget av',
  year: 'År',
  about: 'Handler om',
  exampleStory: 'Eksempel',
  number: 'Nummer',
  caption: 'Bildetekst',
  unit: 'Enhet',
  columns: 'Kolonner',
  rows: 'Rader',
  values: 'Verdier',
  series: 'Tallserie, vist som et lite diagram',
  periods: 'Perioder, i rekkefølge',
  chart: 'Diagram',
  type: 'Diagramtype',
  leaveOut: 'Rader som ikke tegnes (summer og differanser)',
  reference: 'Rad til sammenligning i hvert lite diagram (for eksempel snittet)',
  lowerBounds: 'Tallene er nedre grenser («over 500»)',
  axisLabels: 'Korte kolonnenavn under diagrammet',
};

const documentLabels = Object.fromEntries(Object.entries(sourceDocuments).map(([id, d]) => [id, `${id} – ${d.title}`]));

/** Labels for enum values, found by the set of values they label. */
const vocabularies: Record<string, string>[] = [
  sectors, themes, levels, counties, puljer, languages, eventKinds, templateKinds, documentLabels, chartTypes,
  { nyhet: 'Nyhet', pressemelding: 'Pressemelding' },
  { programme: 'Programmet', website: 'Nettstedet' },
  { kommune: 'Kommune', bydel: 'Bydel', samkommune: 'Samkommune' },
  { sikker: 'Sikker', sannsynlig: 'Sannsynlig' },
];

export function optionLabels(values: readonly string[]): Record<string, string> | undefined {
  const vocabulary = vocabularies.find((v) => values.length === Object.keys(v).length && values.every((value) => value in v));
  if (vocabulary) return vocabulary;
  // A link to another entry names its collection.
  if (values.every((value) => value in collectionLabels))
    return Object.fromEntries(values.map((value) => [value, collectionLabels[value as CollectionName].singular]));
  return undefined;
}

/**
 * One item of a list field, where it differs from the list's label: Decap says
 * «1 kilde» and «Legg til: kilde» with it, not «1 kilder» (label_singular).
 */
export const listItemLabels: Record<string, string> = {
  keyFigures: 'Nøkkeltall',
  periods: 'Periode',
  rows: 'Rad',
  values: 'Verdi',
  quotes: 'Sitat',
  sickLeavePoints: 'Punkt mot sykefravær (nummer)',
  sources: 'Kilde',
  items: 'Sak i denne utgaven',
  places: 'Sted',
  columns: 'Kolonne',
  leaveOut: 'Rad som ikke tegnes',
  axisLabels: 'Kort kolonnenavn',
};
