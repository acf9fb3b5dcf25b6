// Soft hyphens (U+00AD) at correct Norwegian hyphenation points in the long
// words of a built page, so a narrow screen breaks «Kvalitetskommuneprogrammet»
// as «Kvalitetskommune-/programmet» with a visible hyphen, never anywhere.
// Browsers only hyphenate by themselves (CSS `hyphens: auto`) where they have a
// Norwegian dictionary, which many (headless Chromium, some Android) lack.
// The points come from the TeX hyphenation patterns for Norwegian in the npm
// package `hyphen` (nb and nn; bokmål's for «no»), applied to each part of a
// compound on its own: the joints come first (./compounds.ts), since the
// patterns alone break some compounds across the joint («slut-trapporten»).
import { createRequire } from 'node:module';
import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';
import { compoundParts, vocabularyFor } from './compounds.ts';
import { keepUnitsAcross, keepUnitsWithNumbers } from './number-units.ts';
import { noProperNames, type ProperNames } from './proper-names.ts';

interface Hyphenator {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

// `hyphen` is CommonJS with one entry per language and no `exports` map.
const require = createRequire(import.meta.url);
const bokmål = require('hyphen/nb/index.js') as Hyphenator;
const nynorsk = require('hyphen/nn/index.js') as Hyphenator;
const hyphenators: Record<string, Hyphenator> = { nb: bokmål, no: bokmål, nn: nynorsk };
const dictionaries: Record<string, 'nb' | 'nn'> = { nb: 'nb', no: 'nb', nn: 'nn' };

export const softHyphen = '\u00AD';

/**
 * Words shorter than this (in letters) are left alone: they fit on a line at
 * 320 px wherever they stand, and fewer hyphens read better on wide screens.
 */
export const minWordLength = 10;

/**
 * Where a word is set: a line of running text (at least 288 px wide, on a
 * 320 px phone) or a table cell, which a phone can make a few letters wide.
 */
export type Room = 'line' | 'cell';

/**
 * A part of a compound shorter than this is kept whole: the joints around it
 * are the better breaks. In running text a compound breaks at its joints, as
 * Norwegian style prefers: a browser takes the last break that fits, so a
 * syllable break inside a part wins over the joint before it
 * («Kvalitetskommunepro-/grammet», not «Kvalitetskommune-/programmet»), and a
 * part of up to 11 letters fits a line even in a heading. A cell needs every
 * point, and keeps only short parts whole («inn-sats-kom-mu-ne-ne», not «inns-ats-…»).
 */
export const minPartLength: Record<Room, number> = { line: 12, cell: 8 };

/**
 * Words the dictionary split and the patterns still get wrong, hyphenated by
 * hand (lowercase, «-» at each break point).
 */
export const exceptions: readonly string[] = ['be-stil-ler-en-he-ten', 'be-stil-ler-en-he-tene'];
const exceptionMap = new Map(exceptions.map((word) => [word.replaceAll('-', ''), word.replaceAll('-', softHyphen)]));

/** Marks an element whose text is copied rather than read (a citation): no soft hyphens, since copies keep them. */
export const noSoftHyphens = 'data-no-soft-hyphens';

/** Elements whose text is not running text: code, form values, drawings, the head. */
// Form labels and buttons too: short, and their text is what voice control and find-in-page match.
const skippedElements = new Set(['head', 'script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp', 'var', 'textarea', 'select', 'option', 'svg', 'math', 'title', 'label', 'legend', 'button']);

// A word is letters, optionally joined by hard hyphens or slashes («IA-avtalen»,
// «hjelpepleiere/omsorgsarbeidere»). Chunks with digits, dots, @ or entities
// inside (numbers, addresses, e-mail, file names) are left whole.
const word = /^[\p{L}\p{M}]+(?:[-/][\p{L}\p{M}]+)*$/u;
const leading = /^[(«"“‘'[]+/u;
const trailing = /[)»"”’'\].,;:!?…]+$/u;

/** Acronyms («KS», «NIBR») are short; a long word in capitals («KVALITETSKOMMUNER») is a word. */
const longestAcronym = 6;

/**
 * Letters that stay before a word's first break and go after its last, in every room: Norwegian typography
 * moves no two-letter ending to the next line («organisasjone-/ne»), as TeX's \\righthyphenmin 3; the
 * patterns themselves stop at two on each side.
 */
export const edgeMinimum = { left: 2, right: 3 } as const;

function withinEdges(hyphenated: string): string {
  const length = hyphenated.replaceAll(softHyphen, '').length;
  let letters = 0;
  let kept = '';
  for (const c of hyphenated) {
    if (c !== softHyphen) letters++;
    else if (letters < edgeMinimum.left || length - letters < edgeMinimum.right) continue;
    kept += c;
  }
  return kept;
}

/**
 * A name the site knows (`ProperNames`: «Kristiansund», «Lillehammer») is not broken at all. Another capitalised
 * word («Hægebostad» in a story) is not broken at its syllables in running text, only where it is made of words
 * («Kvalitets-kommune-programmet»): Språkrådet calls not dividing simple names «a good old typographic rule» and a
 * divided name seldom looks well. A capitalised word up to this length fits any line
 * of 288 px, headings included (Norway's longest one-word municipality names have 13 letters); longer ones, and
 * every word in a table cell, keep their syllable breaks. A common word first in a sentence counts as a name:
 * up to this length it fits the line whole.
 */
export const longestWholeName = 14;

/**
 * A lowercase word with soft hyphens at its compound joints and, inside parts long enough, at the patterns'
 * points (`jointsOnly`: at its joints alone), never nearer its edges than `edgeMinimum`.
 */
function hyphenateLower(lower: string, language: string, room: Room, jointsOnly = false): string {
  return withinEdges(breakPoints(lower, language, room, jointsOnly));
}

function breakPoints(lower: string, language: string, room: Room, jointsOnly: boolean): string {
  const exception = exceptionMap.get(lower);
  if (exception) return exception;
  const hyphenator = hyphenators[language]!;
  const patterns = (part: string) => hyphenator.hyphenateSync(part, { hyphenChar: softHyphen, minWordLength: 1 });
  const whole = patterns(lower);
  const breaks = new Set<number>();
  let letters = 0;
  for (const c of whole) {
    if (c === softHyphen) breaks.add(letters);
    else letters++;
  }
  const parts = compoundParts(lower, vocabularyFor(dictionaries[language]!), breaks);
  if (jointsOnly) return parts.join(softHyphen);
  if (parts.length === 1) return whole;
  return parts
    .map((part, i) => (part.length < minPartLength[room] ? part : i === parts.length - 1 ? patterns(part) : awayFromJoint(patterns(part))))
    .join(softHyphen);
}

/**
 * A part's pattern breaks, without those that leave fewer than `jointMargin`
 * letters before the joint that follows: «kompetan-semiljø» reads as «semiljø»
 * on the next line; «kompetanse-miljø» is the break a reader expects.
 */
const jointMargin = 3;
function awayFromJoint(hyphenated: string): string {
  const lastBreak = hyphenated.lastIndexOf(softHyphen);
  if (lastBreak === -1 || hyphenated.length - lastBreak - 1 >= jointMargin) return hyphenated;
  return hyphenated.slice(0, lastBreak) + hyphenated.slice(lastBreak + 1);
}

/**
 * Letters of Sami (á č đ ŋ š ŧ ž) that Norwegian does not write: a word with one is Sami or another language, which
 * the Norwegian patterns do not know, and is left whole. They broke «Kárášjohka» as «Kárášjo-hka» in a table cell.
 */
const foreignLetters = /[áčđŋšŧž]/iu;

/** Hyphenated words, per language and room: the same words come back on page after page. */
const madeWords = new Map<string, Map<string, string>>();

function hyphenateWord(text: string, language: string, room: Room, names: ProperNames): string {
  const key = `${language} ${room}`;
  const known = madeWords.get(key) ?? new Map<string, string>();
  madeWords.set(key, known);
  return text.replace(/[^-/]+/g, (part) => {
    if (part.length < minWordLength || (part === part.toUpperCase() && part.length <= longestAcronym) || names.has(part) || foreignLetters.test(part)) return part;
    // Hyphenate the word in lower case, then give each letter back its own case.
    const lower = part.toLowerCase();
    const name = room === 'line' && /^\p{Lu}\p{Ll}/u.test(part) && [...part].length <= longestWholeName;
    const key = name ? `${lower} name` : lower;
    if (!known.has(key)) known.set(key, hyphenateLower(lower, language, room, name));
    const letters = [...part];
    let i = 0;
    return [...known.get(key)!].map((c) => (c === softHyphen ? c : letters[i++])).join('');
  });
}

// A word with an ending in brackets («prosjektet(ene)»): the word is hyphenated, the ending kept.
const bracketedEnding = /^([\p{L}\p{M}]+)(\([\p{L}\p{M}]+\)?)$/u; // the closing bracket may be trailing punctuation

// An address written out («https://kompetansebanken.no/eksempler/…») may break
// after a slash or before a dot, as style guides advise, never inside a name.
const address = /^(?:https?:\/\/|www\.)[^\s<>"]+$/;
const wordBreak = '<wbr>';

function addressBreaks(core: string): string {
  return core.replace(/(?<=\/)(?=[^/])|(?<=[^/.])(?=\.[^.])/g, wordBreak);
}

/**
 * Adds soft hyphens to the long words of a run of raw HTML text (character
 * references left as they are), and <wbr> break points to addresses in it;
 * `names` are left whole (proper-names.ts).
 */
export function hyphenateText(text: string, lang: string, room: Room = 'line', names: ProperNames = noProperNames): string {
  if (!names.phrases) return hyphenateChunks(text, lang, room, names);
  // A name of several words stands as written («Innherred samkommune»); the text around it is hyphenated.
  let hyphenated = '';
  let at = 0;
  for (const match of text.matchAll(names.phrases)) {
    hyphenated += hyphenateChunks(text.slice(at, match.index), lang, room, names) + match[0];
    at = match.index + match[0].length;
  }
  return hyphenated + hyphenateChunks(text.slice(at), lang, room, names);
}

/**
 * Hyphenated chunks, per proper names, language and room: a chunk's result depends on nothing else, and most
 * chunks («kommunene», «(2009).») come back on page after page (issue 17: their regular expressions and letter
 * copies were half the hyphenation step's time).
 */
const madeChunks = new WeakMap<ProperNames, Map<string, Map<string, string>>>();

function hyphenateChunks(text: string, lang: string, room: Room, names: ProperNames): string {
  const language = lang.toLowerCase().split('-')[0] ?? '';
  const hyphenated = language in hyphenators;
  const byRoom = madeChunks.get(names) ?? new Map<string, Map<string, string>>();
  madeChunks.set(names, byRoom);
  const roomKey = `${hyphenated ? language : ''} ${room}`;
  const made = byRoom.get(roomKey) ?? new Map<string, string>();
  byRoom.set(roomKey, made);
  // Whitespace and character references separate the chunks.
  return text.replace(/[^\s&]+|&[#\w]+;?/g, (chunk) => {
    let result = made.get(chunk);
    if (result === undefined) {
      result = hyphenateChunk(chunk, language, hyphenated, room, names);
      made.set(chunk, result);
    }
    return result;
  });
}

function hyphenateChunk(chunk: string, language: string, hyphenated: boolean, room: Room, names: ProperNames): string {
  if (chunk.startsWith('&')) return chunk;
  const before = leading.exec(chunk)?.[0] ?? '';
  const after = trailing.exec(chunk.slice(before.length))?.[0] ?? '';
  const core = chunk.slice(before.length, chunk.length - after.length);
  if (address.test(core)) return before + addressBreaks(core) + after;
  const ending = bracketedEnding.exec(core);
  if (hyphenated && ending) return before + hyphenateWord(ending[1]!, language, room, names) + ending[2] + after;
  return hyphenated && word.test(core) ? before + hyphenateWord(core, language, room, names) + after : chunk;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Elements whose text is set in a cell's room. */
const cellElements = new Set(['td', 'th']);

/** Elements inside a line of text: the texts before, in and after one run on, so a number and its unit can be split by one. */
const inlineElements = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);

/** A text of the page, where it is set, and which run of inline text it belongs to. */
interface Text {
  node: TextNode;
  lang: string;
  room: Room;
  run: number;
  text: string;
  /** In an element the page keeps on one line (`.nowrap`): no soft hyphen or <wbr> there, which would break it. */
  whole: boolean;
}

function collectTexts(node: Node, lang: string, room: Room, texts: Text[], runs: { at: number }, whole = false) {
  if (node instanceof TextNode) {
    texts.push({ node, lang, room, run: runs.at, text: keepUnitsWithNumbers(node.rawText), whole });
    return;
  }
  if (!(node instanceof HTMLElement)) return;
  const tag = node.rawTagName?.toLowerCase() ?? '';
  // Any other element (a cell, a paragraph, <br>, code) ends the run of text before it and begins a new one after it.
  const inline = inlineElements.has(tag);
  if (!inline) runs.at++;
  if (!skippedElements.has(tag)) {
    // Text meant to be copied (a citation) keeps its words free of soft hyphens.
    const ownLang = node.hasAttribute(noSoftHyphens) ? '' : (node.getAttribute('lang') ?? lang);
    const ownRoom = cellElements.has(tag) ? 'cell' : room;
    // Fresh eyes: «www<wbr>.kvalitetskommuner<wbr>.no» in a .nowrap broke before its dot on /filmer/ at 375 px.
    const ownWhole = whole || node.classList.contains('nowrap');
    for (const child of node.childNodes) collectTexts(child, ownLang, ownRoom, texts, runs, ownWhole);
  }
  if (!inline) runs.at++;
}

function collectEdits(root: Node, names: ProperNames, edits: Edit[]) {
  const texts: Text[] = [];
  collectTexts(root, '', 'line', texts, { at: 0 });
  // A number at the end of one text and its unit at the start of the next, on one line (number-units.ts).
  for (let i = 1; i < texts.length; i++) {
    const [before, after] = [texts[i - 1]!, texts[i]!];
    if (before.run === after.run) [before.text, after.text] = keepUnitsAcross(before.text, after.text);
  }
  for (const { node, lang, room, text, whole } of texts) {
    const [start, end] = node.range;
    const hyphenated = whole ? text : hyphenateText(text, lang, room, names);
    if (hyphenated !== node.rawText) edits.push({ start, end, text: hyphenated });
  }
}

/**
 * Returns the page with soft hyphens in the long words of its body text (in a
 * table cell at every point, elsewhere at compound joints first: see Room) (and
 * <wbr> in addresses written out), in the page's language (`lang` on <html> or any element; only nb, nn and no are
 * hyphenated). The `names` the site knows are not hyphenated (proper-names.ts). A number keeps its unit on its
 * line («95 %» with a no-break space: number-units.ts).
 * Attributes, the head, scripts, code, form fields and SVG are left
 * as they are; everything but the changed text stays byte for byte the same.
 */
export function hyphenatePage(html: string, names: ProperNames = noProperNames): string {
  const root = parse(html, { comment: true, blockTextElements: { script: true, style: true, noscript: true, pre: true, textarea: true } });
  const edits: Edit[] = [];
  collectEdits(root, names, edits);
  // Spliced in one pass, in page order: copying the page once per edit was the slow part.
  const pieces: string[] = [];
  let at = 0;
  for (const { start, end, text } of edits.sort((a, b) => a.start - b.start)) {
    const original = html.slice(start, end);
    // The parser's offsets must match the source; never splice a guess.
    // (A number's space before its unit may have become a no-break space: number-units.ts.)
    const plain = (t: string) => t.replaceAll(softHyphen, '').replaceAll(wordBreak, '').replace(/\s/g, ' ');
    if (plain(original) !== plain(text)) throw new Error(`Hyphenation: text offsets do not match the page (${JSON.stringify(original.slice(0, 40))})`);
    pieces.push(html.slice(at, start), text);
    at = end;
  }
  pieces.push(html.slice(at));
  return pieces.join('');
}
