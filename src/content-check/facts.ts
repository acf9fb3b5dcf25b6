// Quotes and figures are checked against the source they cite: a quote must
// stand word for word on the cited page, and every number in a key figure
// must appear there. So a figure or quote cannot be invented or mistyped
// without the build saying so. A new story's figures and quotes cite a source of their own in words
// (schemas/new-item.ts `sourceText`), not a programme page: there is nothing here to look them up in.
import { keyFigure, quote, type KeyFigure, type Quote, type SourceRef } from '../schemas/common.ts';
import { attributionParts } from '../lib/quote-attribution.ts';
import { sourceDocuments, type SourceDocument } from '../schemas/source-documents.ts';
import type { RawEntry } from './load.ts';
import type { Problem } from './problem.ts';
import type { SourceTexts } from './source-texts.ts';
import type { ValidEntry } from './validate.ts';

/**
 * Words that give a measured figure its unit, in the value or the label. A
 * decimal number («6,9») is a measure, never a count, so it needs one; a label
 * may instead say that the source gives none («enheten er ikke oppgitt»).
 */
const unitWords = /%|‰|prosent|promille|poeng|score|skala|enhet|kroner|(?<!\p{L})kr(?!\p{L})|årsverk|timer|dager|uker|måneder|(?<!\p{L})år(?!\p{L})/iu;

/** Whether a key figure shows a decimal number without saying what it measures. */
export function lacksUnit({ value, label }: { value: string; label: string }): boolean {
  return /\d,\d/.test(value) && !unitWords.test(value) && !unitWords.test(label);
}

/** Letters and digits only, lowercase, so line breaks, emphasis and quote marks do not matter. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/\u00ad/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const numberWords = ['null', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'];

/**
 * A number as the source may write it: 4,8 or 4.8; 8 or «åtte». The PDF
 * extraction glues numbers to words («11prosent»), so only digits and
 * decimals count as a number's edges.
 */
function numberAppears(number: string, text: string): boolean {
  const digits = [number, number.replace(',', '.'), number.replace('.', ',')].map((form) => form.replace('.', '\\.'));
  if (digits.some((form) => new RegExp(`(?<![\\d.,])${form}(?!\\d|[.,]\\d)`).test(text))) return true;
  const word = /^\d+$/.test(number) ? numberWords[Number(number)] : undefined;
  const words = word ? [word, ...(number === '1' ? ['en', 'ett', 'ei'] : number === '7' ? ['syv'] : [])] : [];
  return words.some((form) => new RegExp(`(^|[^\\p{L}])${form}($|[^\\p{L}])`, 'u').test(text.toLowerCase()));
}

function where({ doc, page }: SourceRef): string {
  return page === undefined ? doc : `${doc} s. ${page}`;
}

/** An entry's quotes and key figures, each with its place in its list (1-based, as the problems name it). */
interface Cited {
  file: string;
  quotes: { item: CitedQuote; number: number }[];
  keyFigures: { item: CitedFigure; number: number }[];
}

/** A quote or figure as any collection has it: a new story's cites no programme page. */
type CitedQuote = Pick<Quote, 'text' | 'attribution'> & { source?: SourceRef | undefined };
type CitedFigure = Pick<KeyFigure, 'value' | 'label'> & { source?: SourceRef | undefined };

const numbered = <T>(items: readonly T[]) => items.map((item, i) => ({ item, number: i + 1 }));

/**
 * The quotes and key figures of an entry whose frontmatter failed its schema
 * that are whole on their own: checked in the same run, so an editor who fixes
 * the schema's problem is not told of a wrong figure only at the next save.
 */
function wellFormed(entry: RawEntry): Cited {
  const data = (entry.data ?? {}) as { quotes?: unknown; keyFigures?: unknown };
  const whole = <T>(list: unknown, schema: { safeParse: (value: unknown) => { success: boolean; data?: T } }) =>
    (Array.isArray(list) ? list : []).flatMap((value, i) => {
      const parsed = schema.safeParse(value);
      return parsed.success ? [{ item: parsed.data as T, number: i + 1 }] : [];
    });
  return { file: entry.file, quotes: whole<Quote>(data.quotes, quote), keyFigures: whole<KeyFigure>(data.keyFigures, keyFigure) };
}

/** The quotes and figures of valid entries. */
export function checkFacts(entries: readonly ValidEntry[], sources: SourceTexts): Problem[] {
  return citedProblems(
    entries.map((entry) => ({
      file: entry.file,
      quotes: numbered<CitedQuote>('quotes' in entry.data ? entry.data.quotes : []),
      keyFigures: numbered<CitedFigure>('keyFigures' in entry.data ? entry.data.keyFigures : []),
    })),
    sources,
  );
}

/** The well-formed quotes and figures of entries that failed their schema (see wellFormed). */
export function checkWellFormedFacts(invalid: readonly RawEntry[], sources: SourceTexts): Problem[] {
  return citedProblems(invalid.map(wellFormed), sources);
}

/**
 * A quote from a document that quotes others (one with `asAuthor`, the final report) is either the document's own
 * words, named by it («Sekretariatets sluttrapport»), or someone's words given in it («…, gjengitt i
 * sluttrapporten»). The quote from Hægebostad's chief executive read as if he had said it to us.
 */
function printedInProblem(attribution: string, document: SourceDocument): string | undefined {
  if (document.asAuthor === undefined) return undefined;
  const { name, rest } = attributionParts(attribution, document.shortName, document.asAuthor);
  if (name !== undefined || rest !== undefined) return undefined;
  const inReport = `gjengitt i ${document.shortName.toLocaleLowerCase('nb')}`;
  return (
    `sitatet er hentet fra ${document.shortName.toLocaleLowerCase('nb')}, men det står ikke hvor det er gjengitt; er det noens ord, ` +
    `skriv «, ${inReport}» etter hvem som sa dem (for eksempel «Rådmannen i Hægebostad kommune, ${inReport}»); ` +
    `er ordene rapportens egne, skriv «${document.asAuthor}»`
  );
}

/**
 * The names an attribution could give the cited document by: its short name, the «…» in it («Veien videre»), and
 * the parts of its title of three words or more («Hvorfor, hvordan og for hvem?»). A shorter part of a title is often
 * who made it («Innherred samkommune», «Kvalitetskommuneprogrammet») and may well be who said the words.
 */
function documentNames(document: SourceDocument): string[] {
  const quotedInName = [...document.shortName.matchAll(/«([^»]+)»/g)].map((match) => match[1]!);
  const titleParts = document.title
    .replace(/\([^)]*\)/g, '')
    .split(/\s+[–-]\s+/)
    .map((part) => part.trim())
    .filter((part) => part.split(/\s+/).length >= 3);
  return [document.shortName, ...quotedInName, ...titleParts];
}

/**
 * The citation after a quote names the document: «– Effektmål … i Verdal, fra Innherred samkommunes presentasjon
 * «Kvalitetskommune – Hvorfor, hvordan og for hvem?» (Innherred-presentasjonen)» named it twice (fresh eyes). Who said
 * the words is the attribution's; where they stand is the citation's, or a note «gjengitt i …» the citation takes in.
 */
function namedTwiceProblem(attribution: string, document: SourceDocument): string | undefined {
  const { who, rest } = attributionParts(attribution, document.shortName, document.asAuthor);
  if (rest !== undefined) return undefined;
  const flat = who.replace(/\s+/g, ' ').toLocaleLowerCase('nb');
  const named = documentNames(document).find((name) => flat.includes(name.toLocaleLowerCase('nb')));
  if (named === undefined) return undefined;
  return (
    `attribusjonen nevner dokumentet («${named}»), og henvisningen etter den nevner det igjen («(${document.shortName})»); ` +
    `skriv bare hvem ordene er fra (for eksempel «Effektmål for kvalitetsutvikling i oppvekstsektoren i Verdal»), ` +
    `og er det noens ord som dokumentet gjengir, «…, gjengitt i ${document.shortName}» etter hvem som sa dem`
  );
}

function citedProblems(cited: readonly Cited[], sources: SourceTexts): Problem[] {
  const problems: Problem[] = [];
  for (const entry of cited) {
    entry.quotes.forEach(({ item: { text, attribution, source }, number }) => {
      if (source === undefined) return;
      const printedIn = printedInProblem(attribution, sourceDocuments[source.doc]);
      if (printedIn !== undefined) problems.push({ file: entry.file, field: `quotes (nr. ${number}) → attribution`, message: printedIn });
      const namedTwice = namedTwiceProblem(attribution, sourceDocuments[source.doc]);
      if (namedTwice !== undefined) problems.push({ file: entry.file, field: `quotes (nr. ${number}) → attribution`, message: namedTwice });
      const page = sources.around(source.doc, source.page);
      if (page === undefined) {
        problems.push({ file: entry.file, field: `quotes (nr. ${number})`, message: `dokumentet ${source.doc} har ingen tekst i content/sources: sjekk at dokumentet er riktig, eller legg tekstfilen dit` });
        return;
      }
      // An ellipsis marks words left out; every part must be in the source.
      const parts = text.split(/…|\.\.\./).map(normalise).filter(Boolean);
      if (!parts.every((part) => normalise(page).includes(part)))
        problems.push({
          file: entry.file,
          field: `quotes (nr. ${number}) → text`,
          message: `sitatet står ikke ordrett i ${where(source)}; et sitat må gjengis nøyaktig slik kilden har det (bruk … for utelatte ord)`,
        });
    });
    entry.keyFigures.forEach(({ item: { value, label, source }, number }) => {
      if (lacksUnit({ value, label }))
        problems.push({
          file: entry.file,
          field: `keyFigures (nr. ${number}) → value`,
          message: `${value} står uten enhet; skriv enheten slik kilden eller tallets tabell oppgir den (for eksempel «6,9 prosent»), eller skriv i teksten at kilden ikke oppgir enheten`,
        });
      if (source === undefined) return;
      const page = sources.around(source.doc, source.page);
      if (page === undefined) {
        problems.push({ file: entry.file, field: `keyFigures (nr. ${number})`, message: `dokumentet ${source.doc} har ingen tekst i content/sources: sjekk at dokumentet er riktig, eller legg tekstfilen dit` });
        return;
      }
      const missing = (value.match(/\d+(?:[.,]\d+)?/g) ?? []).filter((n) => !numberAppears(n, page));
      if (missing.length > 0)
        problems.push({
          file: entry.file,
          field: `keyFigures (nr. ${number}) → value`,
          message: `${missing.join(', ')} står ikke i ${where(source)}; et tall må stå slik kilden oppgir det, på siden det vises til`,
        });
    });
  }
  return problems;
}
