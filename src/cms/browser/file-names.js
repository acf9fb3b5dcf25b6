// File names of new entries: Decap lower-cases the title with toLocaleLowerCase
// (its only use in Decap besides reading keyboard shortcuts) and then drops
// every letter its accent table lacks, ŋ among them («Porsáŋgu» → «porsa-gu»).
// Spelled out first, as `npm run new` does (src/lib/letters.ts): «porsanggu».
// A title too long for a file name (Decap made names of 240 characters) is
// made the id `npm run new` makes of it, cut after a whole word (src/lib/entry-id.ts);
// Decap's own steps after this leave such an id as it is. «_» and «~», which Decap keeps in a
// file name and the check refuses («…-prosjekt-_ny.mdx», a file the CMS cannot rename), become «-»
// as they do in `npm run new`'s ids; Decap then joins the dashes.
// A new newsletter is named by its number and its date's month and year, «nr-8-august-2026», as `npm run new` names
// one and as the archive's issues are named (lib/newsletter-id.ts), not «nr-8-» and its whole title, as before. The
// slug template gives the date as saved («2026-08-15», config.ts); Decap's own date filter names months in English only.
// Only while a new newsletter is being saved (Decap's draft says so) is a date rewritten: a title that looks like a
// date stays as it is. Its number, the template's other part, is no date (a number of four digits reads as a year,
// which stays as it is). The name is made once: Decap keeps the file name when the date is changed later.
const newsletterDate = (lower) => {
  if (!/^\d{4}(-\d{2}){0,2}$/.test(lower)) return undefined;
  const entry = decapStore()?.getState().entryDraft.get('entry');
  if (entry?.get('collection') !== 'newsletters' || !entry.get('newRecord') || !entry.get('isPersisting')) return undefined;
  return window.kompetansebankenNewsletterIdDate(lower, window.kompetansebankenCms.monthNames);
};
const toLocaleLowerCase = String.prototype.toLocaleLowerCase;
const spelled = new RegExp(`[${Object.keys(spelledLetters).join('')}]`, 'g');
// Only Decap's own call, which names no language, is a file name: the page's other code lower-cases with «nb», and the
// check's rules run before a save read «frå» as «fra» (a nynorsk text was not told) and «nå» as «na».
String.prototype.toLocaleLowerCase = function lowerCaseSpelled(...locales) {
  const lower = toLocaleLowerCase.apply(this, locales);
  if (locales.length > 0) return lower;
  const date = newsletterDate(lower);
  if (date !== undefined) return date;
  if (titleToId(lower, spelledLetters, Infinity).length > maxIdLength) return titleToId(lower, spelledLetters, maxIdLength);
  return lower.replace(spelled, (letter) => spelledLetters[letter]).replace(/[_~]/g, '-');
};
