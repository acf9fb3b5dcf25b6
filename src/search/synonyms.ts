// A small, curated list of words that mean the same to a searcher. A page that
// uses one of them is also indexed under the others, so a search for either
// finds it. Each group is a list of words or phrases, all lowercase.
import { escapeRegExp } from '../lib/escape-regexp.ts';

export const synonymGroups: readonly (readonly string[])[] = [
  ['spc', 'statistisk prosesskontroll'],
  // «fravær» alone needs no entry: compound splitting finds it in «sykefravær».
  ['nærvær', 'sykefravær'],
  ['ia', 'inkluderende arbeidsliv', 'ia-avtale'],
  ['trepartssamarbeid', 'partssamarbeid'],
  ['pleie og omsorg', 'plo', 'eldreomsorg', 'omsorgstjenesten'],
  ['hjemmetjenesten', 'hjemmebaserte tjenester', 'hjemmesykepleie'],
  ['sykehjem', 'institusjon', 'institusjonstjenesten'],
  ['barnehage', 'bhg'],
  ['skole', 'grunnskole'],
  ['brukermedvirkning', 'brukerinvolvering'],
  ['omdømme', 'omdømmebygging', 'profilering'],
  ['ledelse', 'lederutvikling'],
  ['deltid', 'uønsket deltid', 'heltid'],
  ['turnus', 'arbeidstidsordning', 'turnussystem'],
  ['medarbeidersamtale', 'utviklingssamtale'],
  ['tillitsvalgt', 'tillitsvalgte', 'fagforening'],
  // Both spellings are bokmål, and the site has both: «sykemelding» was read as «syke» and «melding», and found the
  // guide to press releases (fresh eyes).
  ['sykmelding', 'sykemelding', 'sykmeldingen', 'sykemeldingen', 'sykmelde', 'sykemelde', 'sykmeldt', 'sykemeldt', 'sykmeldte', 'sykemeldte'],
];

/** Each phrase as a whole word or words, made once (once per page cost as much as the search itself; issue 17). */
const phrasePatterns = new Map(
  synonymGroups.flat().map((phrase) => [phrase, new RegExp(`[^\\p{L}\\p{N}]${escapeRegExp(phrase)}[^\\p{L}\\p{N}]`, 'u')]),
);

/** The synonyms of every group the text mentions, except the words it already uses. */
export function synonymsIn(text: string): string[] {
  const lower = ` ${text.toLowerCase().replace(/\s+/g, ' ')} `;
  const mentions = (phrase: string) => phrasePatterns.get(phrase)!.test(lower);
  const found = new Set<string>();
  for (const group of synonymGroups) {
    const used = group.filter(mentions);
    if (used.length === 0) continue;
    for (const synonym of group) if (!used.includes(synonym)) found.add(synonym);
  }
  return [...found];
}
