// A story's press pack as plain text: what a journalist pastes into their own
// notes. Everything in it is on the story page already; nothing is added.
import { contactLines, noPressContact, pressContact, showsPostalAddress, type PressContact } from '../lib/contact.ts';
import { yearSpan } from '../lib/dates.ts';
import { attributionParts } from '../lib/quote-attribution.ts';
import { quoted } from '../lib/quoted.ts';
import { citeDocument, citeFactSource, citeSource, citedDocuments } from '../lib/sources.ts';
import type { FactSource } from '../schemas/new-item.ts';
import { sourceDocuments, type SourceDocument } from '../schemas/source-documents.ts';
import type { Story } from '../schemas/story.ts';
import { siteText } from '../lib/site-text.ts';

/** The story's frontmatter as it is (the ingress is the lede), with what the page knows besides. */
export interface PressPackStory extends Pick<Story, 'title' | 'summary' | 'projectName' | 'period' | 'keyFigures' | 'quotes' | 'sources'> {
  /** The municipalities by name, with their county's name where known (not their ids). */
  municipalities: { name: string; county?: string | undefined }[];
  /** Absolute, permanent address of the story. */
  url: string;
  /** Absolute address of the press room. */
  pressRoomUrl: string;
  /** A story the secretariat writes now (schemas/new-item.ts): its facts cite their own sources, none of the programme's. */
  newItem?: boolean | undefined;
}

const { siteName } = siteText;
const programme = `${siteText.programme} ${siteText.years}`;

/** «Mandal (Vest-Agder)», «Levanger og Verdal». */
export function municipalityList(municipalities: PressPackStory['municipalities']): string {
  const names = municipalities.map(({ name, county }) => (county ? `${name} (${county})` : name));
  return new Intl.ListFormat('nb', { type: 'conjunction' }).format(names);
}

/** How to cite the story: title, site and permanent address; the reader adds the date they read it. */
export function citation({ title, url }: Pick<PressPackStory, 'title' | 'url'>): string {
  return `${quoted(title)}. ${siteName} – ${programme}. ${url} (lest [dato]).`;
}

function section(heading: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : ['', heading.toUpperCase(), ...lines];
}

/**
 * Who said it and where it stands: «– Rådmannen. Kilde: …, s. 42.». The cited document's own words name it once, as
 * the page does (lib/quote-attribution.ts): «– Kvalitetskommuneprogrammet – sekretariatets sluttrapport (juni 2010),
 * s. 3, forordet.», not «– Sekretariatets sluttrapport, forordet. Kilde: Kvalitetskommuneprogrammet – sekretariatets …».
 */
function attributionLine(attribution: string, { source, sourceText }: FactSource): string {
  if (source === undefined) return `– ${attribution.replace(/\s+/g, ' ').trim()}. Kilde: ${(sourceText ?? '').trim()}.`;
  const document: SourceDocument = sourceDocuments[source.doc];
  const { rest } = attributionParts(attribution, document.shortName, document.asAuthor);
  return rest === undefined ? `– ${attribution.replace(/\s+/g, ' ').trim()}. Kilde: ${citeSource(source)}.` : `– ${citeSource(source)}${rest}.`;
}

/** The pack; `contact` is the press contact setting (tests pass their own). */
export function pressPackText(story: PressPackStory, contact: PressContact = pressContact): string {
  const facts = [
    `Kommune: ${municipalityList(story.municipalities)}`,
    ...(story.projectName ? [`Prosjekt: ${quoted(story.projectName)}`] : []),
    ...(story.period ? [`Periode: ${yearSpan(story.period)}`] : []),
  ];
  const figures = story.keyFigures.map(
    (figure) => `- ${figure.value}: ${figure.label}${figure.period ? ` (${figure.period})` : ''}. Kilde: ${citeFactSource(figure)}.`,
  );
  const quotes = story.quotes.flatMap((quote, i) => [...(i > 0 ? [''] : []), quoted(quote.text.trim()), attributionLine(quote.attribution, quote)]);
  const sources = citedDocuments(story.sources).map((document) => `- ${citeDocument(document)}`);
  return [
    story.title,
    // A new story is the secretariat's own, not one of the programme's 2007–2010: no programme years on it.
    story.newItem ? `Et godt eksempel i ${siteName}` : `Et godt eksempel i ${siteName} (${programme})`,
    '',
    ...facts,
    ...section('Kort fortalt', [story.summary.trim()]),
    ...section(story.newItem ? 'Nøkkeltall' : 'Tall fra kildene', figures),
    ...section('Sitater', quotes),
    ...(sources.length === 0
      ? []
      : section('Kilder', [...sources, 'Sidetallene viser til sidene i PDF-utgaven av dokumentet; i sluttrapporten er det trykte sidetallet to lavere.'])),
    ...section('Les hele eksempelet', [story.url]),
    ...section('Slik siterer du', [citation(story)]),
    // Without a press contact, said first that there is none (a journalist took the 2010 post box for one); short, for
    // the pack is on every story page (tests/budgets.spec.ts).
    ...section('Pressekontakt', [...(showsPostalAddress(contact) ? [noPressContact] : []), ...contactLines(contact), `Presserom: ${story.pressRoomUrl}`]),
    '',
  ].join('\n');
}
