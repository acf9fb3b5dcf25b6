// An archive item (a news item, press release or newsletter issue from 2007–2010, not `newItem`) is told about the
// programme, in the third person: «Sekretariatet ønsket velkommen …», «Undersøkelsen spurte blant annet om …». Fresh
// eyes read «Velkommen til det første nyhetsbrevet …», «Vi spør blant annet om …» as if the site today were the
// programme's secretariat. First-person words («vi», «oss», «vår») and words addressing the reader as the programme's
// («dere», «du», «deg»: «Ta kontakt med rådgiveren deres», «Meld deg på») in the text are reported; words inside «» or a
// block quote (> …) or a component are someone's quoted words and are left alone, as is «vår» the season («i vår»,
// «våren 2008» is another word). «nå» and «i dag» tell an old item as if it were today («Invitasjonsbrevet ligger nå på
// programmets nettsider», sites long gone) and are reported too; «nå» the verb («å nå målet», «kan nå flere») is not.
import type { BodyProblem } from './problem.ts';

/** The collections whose items are the archive's unless switched to new (schemas/new-item.ts `newItem`). */
const archiveCollections = new Set(['news', 'newsletters']);

/** Whether an entry is an archive item: a news item or an issue not marked as written now. */
export function isArchiveItem(collection: string, data: unknown): boolean {
  return archiveCollections.has(collection) && (data as { newItem?: unknown } | undefined)?.newItem !== true;
}

/** «vi» and the nynorsk «me» («Me ønskjer velkomen», fresh eyes), «oss», «vår». */
const firstPerson = /(?<![\p{L}\p{N}-])(vi|me|oss|vår|vårt|våre)(?![\p{L}\p{N}-])/giu;
/** The reader addressed as the programme's own readers: «Har dere en god historie? Ta kontakt med rådgiveren deres», «Meld deg på». Not «deres», also «their». */
const secondPerson = /(?<![\p{L}\p{N}-])(du|deg|din|ditt|dine|dere|dykk|dykkar)(?![\p{L}\p{N}-])/giu;
/** Words telling the item as if it were today: «ligger nå på nettsidene», «som i dag …», the nynorsk «no» (not «ks.no»). */
const nowWords = /(?<![\p{L}\p{N}./@-])(nå|no|i\s+dag)(?![\p{L}\p{N}./-])/giu;
/** «nå» the verb, to reach: «å nå», «kan nå», «for å nå målet». */
const reachBefore = /(?:^|[^\p{L}])(?:å|kan|kunne|skal|skulle|vil|ville|må|måtte|klarer|klarte)\s+$/iu;
/** «vår» as the season: «i vår», «til våren» is another word; «vår 2008», «neste vår». */
const seasonBefore = /(?:^|[^\p{L}])(?:i|til|fra|neste|forrige|hele|om|siden|sist|denne)\s+$/iu;
const seasonAfter = /^\s*(?:\d{4}|og\s+(?:sommer|høst|haust))/iu;

/** The text with every «…» quotation (nested ones too) blanked out, offsets kept. */
export function withoutQuotations(text: string): string {
  let depth = 0;
  let out = '';
  for (const char of text) {
    if (char === '«') depth += 1;
    out += depth > 0 && char !== '\n' ? ' '.repeat(char.length) : char;
    if (char === '»' && depth > 0) depth -= 1;
  }
  return out;
}

/** First-person words, and words addressing the reader, in a plain text outside quotations: where each stands and the word. */
export function programmeVoiceWords(text: string): { index: number; word: string }[] {
  const plain = withoutQuotations(text);
  return [...plain.matchAll(firstPerson), ...plain.matchAll(secondPerson), ...plain.matchAll(nowWords)]
    .sort((a, b) => a.index - b.index)
    .filter((match) => {
      const word = match[1]?.toLocaleLowerCase('nb');
      if (word === 'nå') return !reachBefore.test(plain.slice(Math.max(0, match.index - 20), match.index));
      if (word !== 'vår') return true;
      const before = plain.slice(Math.max(0, match.index - 20), match.index);
      const after = plain.slice(match.index + match[0].length, match.index + match[0].length + 20);
      return !seasonBefore.test(before) && !seasonAfter.test(after);
    })
    .map((match) => ({ index: match.index, word: match[0] }));
}

/** The kind of a word programmeVoiceWords finds: it tells the item as if it were today, addresses the reader, or is the programme speaking. */
const kindOf = (word: string) => (new RegExp(nowWords.source, 'iu').test(word) ? 'now' : new RegExp(secondPerson.source, 'iu').test(word) ? 'addressed' : 'told');

/** «Vi», «oss» og «våre»: each word once, as first written. */
export const quotedWords = (words: readonly string[]) => {
  const first = new Map<string, string>();
  for (const word of words) if (!first.has(word.toLocaleLowerCase('nb'))) first.set(word.toLocaleLowerCase('nb'), `«${word}»`);
  const each = [...first.values()];
  return each.length === 1 ? each[0]! : `${each.slice(0, -1).join(', ')} og ${each.at(-1)}`;
};

/**
 * Words of one line or field, a message for each kind (programmeVoiceWords' order): one explanation names all its
 * words («Vi», «oss» og «våre» had the same 60 words three times, fresh eyes).
 */
function messagesFor(words: readonly string[], newItemLabel: string): string[] {
  const kinds = [...new Set(words.map(kindOf))];
  return kinds.map((kind) => archiveVoiceMessage(words.filter((word) => kindOf(word) === kind), newItemLabel));
}

/** What the editor reads: the words (all of one kind, see kindOf), and what to write instead. */
export function archiveVoiceMessage(words: readonly string[], newItemLabel: string): string {
  const word = quotedWords(words);
  const kind = kindOf(words[0] ?? '');
  if (kind === 'now') {
    return (
      // The example a sentence of its own: a refusal of several lines gives it once (cms/refusal-lines.ts).
      `${word} forteller som om saken gjaldt i dag; en sak fra arkivet forteller hva som skjedde da, i fortid. ` +
      `Skriv for eksempel «Invitasjonsbrevet ble lagt ut på programmets nettsider», ikke «ligger nå på programmets nettsider». ` +
      `Er det noens egne ord, sett dem i «» eller som sitat (> …). Er saken skrevet nå av sekretariatet, slå på «${newItemLabel}»`
    );
  }
  const told =
    kind === 'addressed'
    ? `${word} taler til leseren som om Kompetansebanken sendte ut programmets nyhetsbrev; en sak fra arkivet forteller om programmet i tredje person. ` +
      `Skriv hvem det gjaldt, i fortid: «kommunene», «deltakerne» (for eksempel «Sekretariatet ba kommunene ta kontakt med rådgiveren sin»). `
    : `${word} skriver som om Kompetansebanken var programmets sekretariat; en sak fra arkivet forteller om programmet i tredje person. ` +
      `Skriv hvem det var, i fortid: «sekretariatet», «programmet» eller «undersøkelsen» (for eksempel «Sekretariatet ønsket velkommen …», ` +
      `«Undersøkelsen spurte blant annet om …»). `;
  return `${told}Er det noens egne ord, sett dem i «» eller som sitat (> …). Er saken skrevet nå av sekretariatet, slå på «${newItemLabel}»`;
}

interface Node {
  type: string;
  value?: string;
  position?: { start: { line: number } };
  children?: Node[];
}

/** Parts of a body that are not the item's own telling: quotes, components, code. */
const quotedNodes = new Set(['blockquote', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'code', 'inlineCode', 'html', 'mdxFlowExpression', 'mdxTextExpression']);
/** Blocks whose text is read as one run, so a «…» across emphasis or a link is still one quotation. */
const blocks = new Set(['paragraph', 'heading', 'tableCell']);

/** The text nodes of a block, in order, leaving out what quotedNodes names. */
function textsOf(node: Node): Node[] {
  if (quotedNodes.has(node.type)) return [];
  if (node.type === 'text') return [node];
  return (node.children ?? []).flatMap(textsOf);
}

/** First-person words in a body's own telling (MDX tree), each with its line. */
export function findArchiveVoice(tree: Node, newItemLabel: string): BodyProblem[] {
  const found: { line: number | undefined; word: string }[] = [];
  const visit = (node: Node) => {
    if (quotedNodes.has(node.type)) return;
    if (!blocks.has(node.type)) {
      for (const child of node.children ?? []) visit(child);
      return;
    }
    const texts = textsOf(node);
    const joined = texts.map((t) => t.value ?? '').join('');
    for (const { index, word } of programmeVoiceWords(joined)) {
      let offset = index;
      const text = texts.find((t) => {
        const length = (t.value ?? '').length;
        if (offset < length) return true;
        offset -= length;
        return false;
      });
      const startLine = text?.position?.start.line ?? node.position?.start.line;
      const line = startLine === undefined ? undefined : startLine + ((text?.value ?? '').slice(0, offset).match(/\n/g)?.length ?? 0);
      found.push({ line, word });
    }
  };
  visit(tree);
  // One problem per line and kind, naming its words.
  const lines = [...new Set(found.map(({ line }) => line))];
  return lines.flatMap((line) => messagesFor(found.filter((f) => f.line === line).map(({ word }) => word), newItemLabel).map((message) => ({ line, message })));
}

/** The frontmatter's own text fields an archive item shows as its telling. */
const toldFields = ['title', 'summary', 'preheader'] as const;

/** First-person words (and the others programmeVoiceWords finds) in an archive item's title, ingress and preheader: a problem per field and kind. */
export function findArchiveVoiceInFields(data: unknown, newItemLabel: string): { field: string; message: string }[] {
  const record = (data ?? {}) as Record<string, unknown>;
  return toldFields.flatMap((field) => {
    const value = record[field];
    if (typeof value !== 'string') return [];
    return messagesFor(programmeVoiceWords(value).map(({ word }) => word), newItemLabel).map((message) => ({ field, message }));
  });
}
