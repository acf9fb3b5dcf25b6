// The programme took its municipalities in by pools («puljer»), which the pages number in digits, in Roman numerals
// and by ordinals: «pulje 2», «Pulje II», «første pulje», «1. pulje». Users type digits: «pulje 2» did not find
// «Pulje II», nor the reverse, and a number of one digit was the start of any number to Pagefind («2» found «2009»).
// A pool is one term, as a table by number is (sections.ts: «pulje2z»), in the index and in the query.

/** The Roman numerals I–X, in order. */
const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
/** The ordinals a pool is named by before the word, 1 to 6, bokmål and nynorsk: «første pulje», «fyrste pulje». */
const ordinals = ['første|fyrste|forste', 'andre', 'tredje', 'fjerde', 'femte', 'sjette'];

/**
 * A pool's number after the word: 1 to 10 in digits, or a Roman numeral in capitals («Pulje II»), or of two letters
 * or more in small letters («pulje ii», «pulje v»; not «i», a word: «ny pulje i 2009», nor «vi»). Case-sensitive.
 */
const numeral = String.raw`(?:10|[1-9])(?![\d,.]\d|\d)|(?:VIII|VII|III|II|IV|IX|VI|I|V|X|viii|vii|iii|ii|iv|ix|v)(?![\p{L}\p{N}])`;

/** «pulje 2», «Pulje II», «puljen 3», with a list of numbers after it: «pulje 3 og 4», «pulje 1, 2 og 3». */
const after = new RegExp(String.raw`(?<![\p{L}\p{N}])[Pp]ulje(?:n)?\s+((?:${numeral})(?:\s*(?:,|og|eller)\s*(?:${numeral}))*)`, 'gu');
/** «første pulje», «1. pulje», «2. puljen»: the word alone, not «andre puljer» (other pools). */
const before = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(10|[1-9])\.|(${ordinals.join('|')}))\s+[Pp]ulje(?:n)?(?![\p{L}\p{N}])`, 'giu');

/** A numeral's number: «II» → 2, «2» → 2, «ii» → 2. */
export function poolNumber(numeral: string): number {
  return /^\d+$/.test(numeral) ? Number(numeral) : romans.indexOf(numeral.toUpperCase()) + 1;
}

/** A pool's term, as a numbered table's (sections.ts): «pulje2z». */
export const poolTerm = (number: number): string => `pulje${number}z`;

/** Each pool a text names, by its number, in the text's order: «Pulje II og pulje 3 og 4, første pulje» → 2, 3, 4, 1. */
function poolsNamed(text: string, onEach?: (numbers: number[], at: number, length: number) => void): number[] {
  const found: { at: number; length: number; numbers: number[] }[] = [];
  for (const match of text.matchAll(after))
    found.push({ at: match.index, length: match[0].length, numbers: (match[1] ?? '').split(/\s*(?:,|og|eller)\s*/u).map(poolNumber) });
  for (const match of text.matchAll(before)) {
    const number = match[1] ? Number(match[1]) : ordinals.findIndex((forms) => forms.split('|').includes((match[2] ?? '').toLocaleLowerCase('nb'))) + 1;
    found.push({ at: match.index, length: match[0].length, numbers: [number] });
  }
  found.sort((a, b) => a.at - b.at);
  for (const { numbers, at, length } of found) onEach?.(numbers, at, length);
  return found.flatMap(({ numbers }) => numbers).filter((number) => number > 0);
}

/** The terms of the pools a text names, each once: «Pulje II» → «pulje2z» (index-site.ts files them as search metadata). */
export const poolsIn = (text: string): string[] => [...new Set(poolsNamed(text).map(poolTerm))];

/**
 * The query's pools as phrases («pulje 2», in digits whatever way typed), and the rest of it: «pulje II sykefravær»
 * → «pulje 2» and « sykefravær». `join` is what sections.ts joins a phrase's word and number with.
 */
export function takePools(query: string, join: string): { pools: string[]; rest: string } {
  const pools: string[] = [];
  let rest = '';
  let from = 0;
  poolsNamed(query, (numbers, at, length) => {
    if (at < from) return;
    for (const number of numbers) if (number > 0) pools.push(`pulje${join}${number}`);
    rest += `${query.slice(from, at)} `;
    from = at + length;
  });
  return { pools: [...new Set(pools)], rest: rest + query.slice(from) };
}
