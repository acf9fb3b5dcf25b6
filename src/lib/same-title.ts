// When two entries of one collection have «the same title», and why that is refused: one rule for the content
// check (content-check/integrity.ts) and the CMS, which refuses such a save before it is made (cms/browser/save-refusals.js).
import { collectionDefinitions, type CollectionName } from '../schemas/collections.ts';
import { partialDate } from '../schemas/common.ts';
import { formatDate } from '../schemas/date-text.ts';

/**
 * A title as a reader tells titles apart: case, spaces around and between words, and a full stop or an
 * exclamation mark at its end do not count («Nye kommuner  tatt opp.» is «nye kommuner tatt opp»).
 * Import-free: the CMS page gets it as its source text.
 */
export function titleKey(title: string): string {
  return title.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '').toLocaleLowerCase('nb');
}

/** What a title says that tells two entries of `collection` apart: what to write instead of one already used. */
function titleAdvice(collection: CollectionName): string {
  return collection === 'newsletters'
    ? 'med måned, år og hva det handler om, f.eks. «Nyhetsbrev mars 2010: Lavere sykefravær»'
    : 'som sier hva som skiller dem (f.eks. kommune, år eller tema)';
}

/** Why two entries of `collection` may not share a title: «nyheter og pressemeldinger med samme tittel kan ikke skilles …». */
function titleWhy(collection: CollectionName): string {
  return `${collectionDefinitions[collection].labels.plural.toLowerCase()} med samme tittel kan ikke skilles fra hverandre i lister, søket og nedtrekkslistene i redigeringsverktøyet`;
}

/**
 * Why two entries of `collection` may not share a title, and what to write instead («nyhetsbrev med samme tittel
 * kan ikke skilles …; gi ett av nyhetsbrevene sin egen tittel, med måned, år …»). Lower case, no full stop.
 */
export function sameTitleReason(collection: CollectionName): string {
  const which = collection === 'newsletters' ? 'gi ett av nyhetsbrevene sin egen tittel' : 'gi en av dem sin egen tittel';
  return `${titleWhy(collection)}; ${which}, ${titleAdvice(collection)}`;
}

/**
 * What the CMS says of a title an entry of `collection` is saved with that `other` already has (sameTitleHolder): the
 * entry being saved is the one to change (the other can be a published archive entry), why, and what to write
 * («Endre tittelen her, så den sier hva som skiller dem …: nyheter og pressemeldinger med samme tittel …»). The title is
 * given in «» (`quotedTitle`), as the page quotes it.
 */
export function sameTitleRefusal(collection: CollectionName, quotedTitle: string, other: string): string {
  const advice = collection === 'newsletters' ? titleAdvice(collection) : `så den ${titleAdvice(collection).replace(/^som /, '')}`;
  return `Tittelen ${quotedTitle} er allerede brukt av ${other}. Endre tittelen her, ${advice}: ${titleWhy(collection)}.`;
}

/** An entry of each collection as a sentence names it («nyheten»), where a title can be the same as another's. */
const definiteKinds: Record<CollectionName, string> = {
  stories: 'eksempelet',
  municipalities: 'kommunen',
  tools: 'verktøyet',
  sickLeavePoints: 'punktet',
  templates: 'malen',
  newsletters: 'nyhetsbrevet',
  news: 'nyheten',
  events: 'arrangementet',
  films: 'filmen',
  pages: 'siden',
  figures: 'talltabellen',
};

/** A date as its file gives it (2007-10-17, 2010-03, 2009; a YAML date), as the site writes it: «17. oktober 2007». */
function writtenDate(value: unknown): string | undefined {
  const parsed = partialDate.safeParse(value);
  return parsed.success ? formatDate(parsed.data) : undefined;
}

/**
 * The entry of `collection` with `data` that has a title another is saved with, as the refusal names it: what it is
 * (a news item or a press release, not the collection's «nyhet eller pressemelding»), its title (`quotedTitle`, in «»),
 * and, where it has them, its language if nynorsk and its date: «nyheten «Nye kommunar» (nynorsk, 17. oktober 2007)».
 */
export function sameTitleHolder(collection: CollectionName, data: Record<string, unknown>, quotedTitle: string): string {
  const kind = collection === 'news' && data.kind === 'pressemelding' ? 'pressemeldingen' : definiteKinds[collection];
  const about = [data.lang === 'nn' ? 'nynorsk' : undefined, writtenDate(data.date)].filter(Boolean);
  return `${kind} ${quotedTitle}${about.length > 0 ? ` (${about.join(', ')})` : ''}`;
}
