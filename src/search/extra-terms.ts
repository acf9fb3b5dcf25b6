// What we add to a page's search index beyond its own text: compound parts,
// synonyms and ASCII spellings. It is added to the index only, never to the
// page a visitor sees.
import { compoundParts } from './compounds.ts';
import { asciiSpellings } from './folding.ts';
import { synonymsIn } from './synonyms.ts';
import { words } from './words.ts';

export function extraTerms(text: string, vocabulary: ReadonlySet<string>): string[] {
  const own = new Set(words(text));
  const extra = new Set<string>();
  for (const word of own) for (const part of compoundParts(word, vocabulary)) extra.add(part);
  for (const synonym of synonymsIn(text)) extra.add(synonym);
  for (const word of [...own, ...extra]) for (const spelling of asciiSpellings(word)) extra.add(spelling);
  for (const word of own) extra.delete(word);
  return [...extra].sort();
}
