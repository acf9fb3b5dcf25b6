// When two entries of one collection have «the same title», and why that is refused: one rule for the content
// check (content-check/integrity.ts) and the CMS, which refuses such a save before it is made (cms/browser/save-refusals.js).
import { collectionDefinitions, type CollectionName } from '../schemas/collections.ts';

/**
 * A title as a reader tells titles apart: case, spaces around and between words, and a full stop or an
 * exclamation mark at its end do not count («Nye kommuner  tatt opp.» is «nye kommuner tatt opp»).
 * Import-free: the CMS page gets it as its source text.
 */
export function titleKey(title: string): string {
  return title.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '').toLocaleLowerCase('nb');
}

/**
 * Why two entries of `collection` may not share a title, and what to write instead («nyhetsbrev med samme tittel
 * kan ikke skilles …; gi ett av nyhetsbrevene sin egen tittel, med måned, år …»). Lower case, no full stop.
 */
export function sameTitleReason(collection: CollectionName): string {
  const advice =
    collection === 'newsletters'
      ? 'gi ett av nyhetsbrevene sin egen tittel, med måned, år og hva det handler om, f.eks. «Nyhetsbrev mars 2010: Lavere sykefravær»'
      : 'gi en av dem sin egen tittel, som sier hva som skiller dem (f.eks. kommune, år eller tema)';
  const kind = collectionDefinitions[collection].labels.plural.toLowerCase();
  return `${kind} med samme tittel kan ikke skilles fra hverandre i lister, søket og nedtrekkslistene i redigeringsverktøyet; ${advice}`;
}
