// An entry's «Språk» (`lang`) sets its page's language: how a screen reader reads it aloud and how words are hyphenated
// (WCAG 3.1.1), and how feeds and search mark it. Fresh eyes wrote a news item in nynorsk, left «Språk» at its default
// «Bokmål», and it was published as bokmål. The text tells which it is: words only one of the two written standards
// has, counted outside quotations and block quotes (someone's own words, marked by nynorsk-quotes.ts) and outside the
// fields that say their own language (a quote's «Sitatets språk») or are not the entry's text (sources).
import type { JsonSchema } from '../schemas/meta.ts';
import { languages, type Language } from '../schemas/vocabulary.ts';
import { nynorskWords } from '../lib/nynorsk-quotes.ts';
import { quotedWords, withoutQuotations } from './archive-voice.ts';

/**
 * Common words only nynorsk has, besides those that mark a nynorsk quote (nynorsk-quotes.ts): a short item («Det vert
 * kurs i Bergen for alle kommunane») has few of those (fresh eyes). Språkrådet's forms; none a bokmål word. Lower case.
 */
const entryNynorskWords: ReadonlySet<string> = new Set([...nynorskWords, 'kommunane', 'kommunar', 'tilsette', 'vart', 'difor', 'saman', 'meir', 'fleire', 'nokre', 'sjølv', 'fekk', 'gjekk', 'då']);

/**
 * Common words only bokmål has, each the bokmål form of a nynorsk one above (nynorsk «ikkje», «eg», «kva», «korleis»,
 * «frå», «berre», «noko», «mykje», «heile», «eit», «viss», «vart», «tilsette», «kommunane», «saman», «meir», «fleire»,
 * «nokon», «sjølv», «fekk», «gjekk», «ho»). Lower case.
 */
const bokmålWords: ReadonlySet<string> = new Set([
  ...['ikke', 'jeg', 'hva', 'hvordan', 'hvorfor', 'hvem', 'fra', 'bare', 'noe', 'mye', 'hele', 'et', 'hvis', 'ble', 'ansatte', 'kommunene'],
  ...['kommuner', 'sammen', 'mer', 'flere', 'noen', 'selv', 'fikk', 'gikk', 'hun'],
]);

/**
 * How many different words of one written standard make a text that standard: this many and more than of the other,
 * or, with none of the other's, `fewWordsNeeded` (a short item says little).
 */
export const languageWordsNeeded = 3;
const fewWordsNeeded = 2;

/** Fields whose text is not the entry's own words in its language. */
const otherFields = new Set(['quotes', 'sources', 'lang']);

/** The entry's own text: every string in `data` outside `otherFields`, and `body` without its block quotes. */
function ownText(data: unknown, body = ''): string {
  const strings = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(strings)
        : typeof value === 'object' && value !== null && !(value instanceof Date)
          ? Object.entries(value).flatMap(([key, inner]) => (otherFields.has(key) ? [] : strings(inner)))
          : [];
  const unquotedBody = body.replace(/^[ \t]*>.*$/gm, '');
  return withoutQuotations([...strings(data), unquotedBody].join('\n'));
}

/** The different words of `words` in `text`, in the order first written. */
const wordsIn = (text: string, words: ReadonlySet<string>) => [...new Set(text.toLocaleLowerCase('nb').match(/\p{L}+/gu)?.filter((word) => words.has(word)))];

/** The written standard `text` is in by its words, and the words that tell; undefined when they do not tell. */
export function writtenStandard(text: string): { lang: Language; words: string[] } | undefined {
  const nn = wordsIn(text, entryNynorskWords);
  const nb = wordsIn(text, bokmålWords);
  const tells = (own: string[], other: string[]) => (own.length >= languageWordsNeeded && own.length > other.length) || (own.length >= fewWordsNeeded && other.length === 0);
  if (tells(nn, nb)) return { lang: 'nn', words: nn };
  if (tells(nb, nn)) return { lang: 'nb', words: nb };
  return undefined;
}

/**
 * What the check says when an entry's «Språk» is not the language its text is written in (`schema`: its collection's,
 * as JSON Schema; `data`: its frontmatter, in which a missing `lang` is bokmål; `body`: an MDX entry's text). None for
 * an entry whose collection has no «Språk», or whose text does not tell.
 */
export function languageProblems(schema: JsonSchema | undefined, data: unknown, body?: string): { field: string; message: string }[] {
  if (!schema?.properties?.lang || typeof data !== 'object' || data === null) return [];
  const declared = (data as { lang?: unknown }).lang ?? 'nb';
  if (declared !== 'nb' && declared !== 'nn') return [];
  const found = writtenStandard(ownText(data, body));
  if (!found || found.lang === declared) return [];
  const name = (lang: Language) => languages[lang];
  return [
    {
      field: 'lang',
      message: `er «${name(declared)}», men teksten er skrevet på ${name(found.lang).toLocaleLowerCase('nb')} (${quotedWords(found.words.slice(0, 3))}); velg «${name(found.lang)}», så leses siden opp og orddeles riktig`,
    },
  ];
}
