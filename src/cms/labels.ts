// The CMS's Norwegian words for collections and the values of the controlled
// vocabularies. Fields, with their labels, come from the zod schemas.
import { newsletterEmailUrl } from '../lib/routes.ts';
import { perCollection, type CollectionName } from '../schemas/collections.ts';
import { eventKinds } from '../schemas/event.ts';
import { chartTypes } from '../schemas/figure-table.ts';
import { sourceDocuments } from '../schemas/source-documents.ts';
import { templateKinds } from '../schemas/template.ts';
import { counties, languages, levels, puljer, sectors, themes } from '../schemas/vocabulary.ts';

/** Each collection's names, from the registry (schemas/collections.ts). */
export const collectionLabels = perCollection((definition) => definition.labels);

/**
 * Text above a collection's list in the CMS. The newsletter's page shows readers the e-mail and its plain text, not
 * the HTML code for the mailing tool (a secretariat tool): the secretariat, who has no terminal, finds it here.
 */
export const collectionDescriptions: Partial<Record<CollectionName, string>> = {
  newsletters:
    'E-posten til en publisert utgave: HTML-koden til e-postverktøyet ligger på nettstedet under utgavens adresse ' +
    `med epost-kode.txt sist (for eksempel ${newsletterEmailUrl('nr-7-juni-2010', 'code')}), tekstdelen til verktøyet med epost-tekst-kode.txt. ` +
    'Se «Publiser et nyhetsbrev» i redaktørveiledningen.',
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
