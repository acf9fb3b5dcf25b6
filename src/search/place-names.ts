// A place typed in lower case («hægebostad», or «haegebostad», read as «hægebostad») was said so in the result line:
// «18 treff på «hægebostad»». The site's word lists are in lower case; a municipality's page among the results has
// its name as the site writes it, and the page says the name so (scripts/search.ts).

/**
 * The words (a query's, with spaces between) with each one typed in lower case that a name in `names` has written
 * as the name writes it: «hægebostad» → «Hægebostad», «aurskog-høland» → «Aurskog-Høland»; «HÆGEBOSTAD» as typed.
 */
export function asNamed(words: string, names: readonly string[]): string {
  const written = new Map(names.flatMap((name) => name.replace(/[\u00ad\u200b\u2060]/g, '').split(' ')).map((word) => [word.toLocaleLowerCase('nb'), word]));
  return words
    .split(' ')
    .map((word) => written.get(word) ?? word)
    .join(' ');
}
