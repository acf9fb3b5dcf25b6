// The numbers 1 to 12 in digits and in words, bokmål and nynorsk, are one number to search: «10 punkter» put «Ti
// punkter for et redusert sykefravær» third (fresh eyes), as «ti punkter» missed a page with «10 punkter». The index
// files a count in its other form as search metadata (index-site.ts: countForms), and the search page compares titles
// (exact-title.ts) and finds a number as written (query.ts: hasAsWritten) with the words read as digits.

/** Each number's words, 1 to 12 in order: bokmål and nynorsk, «åtte» also as fold() writes it. */
const numberWords = ['en|ett|ein|eitt', 'to', 'tre', 'fire', 'fem', 'seks', 'sju|syv', 'åtte|atte', 'ni', 'ti', 'elleve', 'tolv'];
const anyNumberWord = new RegExp(`(?<![\\p{L}\\p{N}])(?:${numberWords.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** The number a word is, 1 to 12; 0 for a word that is none. */
const numberOf = (word: string): number => numberWords.findIndex((forms) => forms.split('|').includes(word.toLocaleLowerCase('nb'))) + 1;

/** The text with its number words written in digits: «Ti punkter» → «10 punkter». */
export const withDigits = (text: string): string => text.replace(anyNumberWord, (word) => String(numberOf(word)));

/**
 * The other forms of the counts in a page's text, each once: «Ti punkter» → «10», «10 punkter» → «ti», «3 kommuner»
 * → «tre» (nynorsk forms alike; «en» for 1 is too common a word to file).
 */
export function countForms(text: string): string[] {
  // A count: a number from 2 to 12, in digits or in words, before a word (not «10 %», «10. mars», «2,5 prosent»).
  // Made here, not with the module, so the search page's bundle, which needs only withDigits, leaves it out.
  const count = new RegExp(`(?<![\\p{L}\\p{N},.])(\\d{1,2}|${numberWords.slice(1).join('|')}) (?=\\p{L}{3})`, 'giu');
  const forms = new Set<string>();
  for (const [, written = ''] of text.matchAll(count)) {
    const number = /\d/.test(written) ? Number(written) : numberOf(written);
    if (number < 2 || number > 12) continue;
    for (const form of [String(number), ...(numberWords[number - 1] ?? '').split('|').filter((word) => word !== 'atte')])
      if (form !== written.toLocaleLowerCase('nb')) forms.add(form);
  }
  return [...forms];
}
