// File names of new entries: Decap lower-cases the title with toLocaleLowerCase
// (its only use in Decap besides reading keyboard shortcuts) and then drops
// every letter its accent table lacks, ŋ among them («Porsáŋgu» → «porsa-gu»).
// Spelled out first, as `npm run new` does (src/lib/letters.ts): «porsanggu».
// A title too long for a file name (Decap made names of 240 characters) is
// made the id `npm run new` makes of it, cut after a whole word (src/lib/entry-id.ts);
// Decap's own steps after this leave such an id as it is. «_» and «~», which Decap keeps in a
// file name and the check refuses («…-prosjekt-_ny.mdx», a file the CMS cannot rename), become «-»
// as they do in `npm run new`'s ids; Decap then joins the dashes.
const toLocaleLowerCase = String.prototype.toLocaleLowerCase;
const spelled = new RegExp(`[${Object.keys(spelledLetters).join('')}]`, 'g');
// Only Decap's own call, which names no language, is a file name: the page's other code lower-cases with «nb», and the
// check's rules run before a save read «frå» as «fra» (a nynorsk text was not told) and «nå» as «na».
String.prototype.toLocaleLowerCase = function lowerCaseSpelled(...locales) {
  const lower = toLocaleLowerCase.apply(this, locales);
  if (locales.length > 0) return lower;
  if (titleToId(lower, spelledLetters, Infinity).length > maxIdLength) return titleToId(lower, spelledLetters, maxIdLength);
  return lower.replace(spelled, (letter) => spelledLetters[letter]).replace(/[_~]/g, '-');
};
