// What each page tells the search index about itself: its content type, the
// facets a searcher can filter on, and a date to sort by. The same keys are
// the URL parameters of the search page (?q=…&sektor=…).
import { perCollection, type collectionDefinitions, type CollectionName } from '../schemas/collections.ts';
import type { PartialDate } from '../schemas/common.ts';
import { counties, languages, levels, puljer, sectors, themes, type County, type Language, type Level, type Pulje, type Sector, type Theme } from '../schemas/vocabulary.ts';
import { formatDate, machineDate } from './dates.ts';
import { newsKind } from './news.ts';
import type { FilterKey } from './search-filters.ts';

type CollectionSearchTypes = { [N in CollectionName]: (typeof collectionDefinitions)[N]['searchType'] };

/** Content types: one per collection (from the registry, schemas/collections.ts), and two kinds of page of their own. */
export const contentTypes = {
  ...(perCollection((definition) => definition.searchType) as CollectionSearchTypes),
  pressRelease: 'Pressemelding',
  hubs: 'Oversikt',
} as const;

export interface SearchFields {
  type: (typeof contentTypes)[keyof typeof contentTypes];
  /**
   * What a search result's kicker names the page, where it says more than `type` (the filter's value): a press
   * release by its number, as the lists name it («Pressemelding nr. 4»; a result said «Pressemelding · juni 2010»).
   */
  label?: string;
  filters: Partial<Record<Exclude<FilterKey, 'type'>, string[]>>;
  /** Sort key (YYYY, YYYY-MM or YYYY-MM-DD) and the date as shown in results. */
  date?: { sort: string; shown: string };
}

/** A page that is about a topic and leads on to the rest (the ten points, the særtrykk, Presse). See src/search/hubs.ts. */
export const hubFields: SearchFields = { type: contentTypes.hubs, filters: { sprak: [languages.nb] } };

export function dateFields(date: PartialDate): SearchFields['date'] {
  return { sort: machineDate(date), shown: formatDate(date) };
}

export function languageFilter(lang: Language): string[] {
  return [languages[lang]];
}

interface MunicipalityFacts {
  name: string;
  county?: County | undefined;
  pulje?: Pulje | undefined;
}

/** Filters for a case story, with its municipalities' names, counties and puljer. */
export function storyFilters(
  story: { sectors: Sector[]; themes: Theme[]; levels: Level[]; lang: Language },
  municipalities: MunicipalityFacts[],
): SearchFields['filters'] {
  const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v) => v !== undefined))];
  return {
    sektor: story.sectors.map((s) => sectors[s]),
    tema: story.themes.map((t) => themes[t]),
    niva: story.levels.map((l) => levels[l]),
    kommune: unique(municipalities.map((m) => m.name)),
    fylke: unique(municipalities.map((m) => (m.county ? counties[m.county] : undefined))),
    pulje: unique(municipalities.map((m) => (m.pulje ? puljer[m.pulje] : undefined))),
    sprak: languageFilter(story.lang),
  };
}

/** Filters for a news item or press release: the municipalities it is about, by name, as a story's «Kommune». */
export function newsFilters(lang: Language, municipalities: MunicipalityFacts[]): SearchFields['filters'] {
  return { kommune: municipalities.map((m) => m.name), sprak: languageFilter(lang) };
}

/** A news item's or press release's search fields: its type, named as the lists name it (newsKind), its filters and date. */
export function newsFields(
  data: { kind: 'nyhet' | 'pressemelding'; number?: number | undefined; lang: Language; date: PartialDate },
  municipalities: MunicipalityFacts[],
): SearchFields {
  return {
    type: data.kind === 'pressemelding' ? contentTypes.pressRelease : contentTypes.news,
    label: newsKind(data),
    filters: newsFilters(data.lang, municipalities),
    date: dateFields(data.date),
  };
}

export function municipalityFilters(m: MunicipalityFacts): SearchFields['filters'] {
  return {
    kommune: [m.name],
    fylke: m.county ? [counties[m.county]] : [],
    pulje: m.pulje ? [puljer[m.pulje]] : [],
    sprak: languageFilter('nb'),
  };
}
