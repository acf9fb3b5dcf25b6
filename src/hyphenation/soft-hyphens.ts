// Soft hyphens (U+00AD) at correct Norwegian hyphenation points in the long
// words of a built page, so a narrow screen breaks «Kvalitetskommuneprogrammet»
// as «Kvalitetskommune-/programmet» with a visible hyphen, never anywhere.
// Browsers only hyphenate by themselves (CSS `hyphens: auto`) where they have a
// Norwegian dictionary, which many (headless Chromium, some Android) lack.
// The points come from the TeX hyphenation patterns for Norwegian in the npm
// package `hyphen` (nb and nn; bokmål's for «no»).
import { createRequire } from 'node:module';
import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';

interface Hyphenator {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

// `hyphen` is CommonJS with one entry per language and no `exports` map.
const require = createRequire(import.meta.url);
const bokmål = require('hyphen/nb/index.js') as Hyphenator;
const nynorsk = require('hyphen/nn/index.js') as Hyphenator;
const hyphenators: Record<string, Hyphenator> = { nb: bokmål, no: bokmål, nn: nynorsk };

export const softHyphen = '\u00AD';

/**
 * Words shorter than this (in letters) are left alone: they fit on a line at
 * 320 px wherever they stand, and fewer hyphens read better on wide screens.
 */
export const minWordLength = 10;

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

function hyphenateWord(text: string, hyphenator: Hyphenator): string {
  return text.replace(/[^-/]+/g, (part) => {
    if (part.length < minWordLength || (part === part.toUpperCase() && part.length <= longestAcronym)) return part;
    // The patterns are lower case: hyphenate that, then give each letter back its own case.
    const hyphenated = hyphenator.hyphenateSync(part.toLowerCase(), { hyphenChar: softHyphen, minWordLength });
    let i = 0;
    return [...hyphenated].map((c) => (c === softHyphen ? c : [...part][i++])).join('');
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
 * references left as they are), and <wbr> break points to addresses in it.
 */
export function hyphenateText(text: string, lang: string): string {
  const hyphenator = hyphenators[lang.toLowerCase().split('-')[0] ?? ''];
  // Whitespace and character references separate the chunks.
  return text.replace(/[^\s&]+|&[#\w]+;?/g, (chunk) => {
    if (chunk.startsWith('&')) return chunk;
    const before = leading.exec(chunk)?.[0] ?? '';
    const after = trailing.exec(chunk.slice(before.length))?.[0] ?? '';
    const core = chunk.slice(before.length, chunk.length - after.length);
    if (address.test(core)) return before + addressBreaks(core) + after;
    const ending = bracketedEnding.exec(core);
    if (hyphenator && ending) return before + hyphenateWord(ending[1]!, hyphenator) + ending[2] + after;
    return hyphenator && word.test(core) ? before + hyphenateWord(core, hyphenator) + after : chunk;
  });
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function collectEdits(node: Node, lang: string, edits: Edit[]) {
  if (node instanceof TextNode) {
    const [start, end] = node.range;
    const text = hyphenateText(node.rawText, lang);
    if (text !== node.rawText) edits.push({ start, end, text });
    return;
  }
  if (!(node instanceof HTMLElement)) return;
  if (skippedElements.has(node.rawTagName?.toLowerCase() ?? '')) return;
  // Text meant to be copied (a citation) keeps its words free of soft hyphens.
  const ownLang = node.hasAttribute(noSoftHyphens) ? '' : (node.getAttribute('lang') ?? lang);
  for (const child of node.childNodes) collectEdits(child, ownLang, edits);
}

/**
 * Returns the page with soft hyphens in the long words of its body text (and
 * <wbr> in addresses written out), in the page's language (`lang` on <html> or any element; only nb, nn and no are
 * hyphenated). Attributes, the head, scripts, code, form fields and SVG are left
 * as they are; everything but the changed text stays byte for byte the same.
 */
export function hyphenatePage(html: string): string {
  const root = parse(html, { comment: true, blockTextElements: { script: true, style: true, noscript: true, pre: true, textarea: true } });
  const edits: Edit[] = [];
  collectEdits(root, '', edits);
  let result = html;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
    const original = result.slice(start, end);
    // The parser's offsets must match the source; never splice a guess.
    const plain = (t: string) => t.replaceAll(softHyphen, '').replaceAll(wordBreak, '');
    if (plain(original) !== plain(text)) throw new Error(`Hyphenation: text offsets do not match the page (${JSON.stringify(original.slice(0, 40))})`);
    result = result.slice(0, start) + text + result.slice(end);
  }
  return result;
}
