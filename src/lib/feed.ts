// Builds a feed in RSS 2.0 or Atom 1.0 from one list of items, with the `feed`
// library, so both formats always carry the same entries.
//
// A feed claims no day its source does not give. An entry dated to the day
// («17. oktober 2007») has it as RSS pubDate and Atom published; one dated only
// to a month or a year («mai 2010», «2009») has neither, since the format would
// make it the 1st (RSS pubDate is optional), and its title and summary say the
// date in words.
// Atom's updated is required, a full date and time (RFC 4287, 3.3 and 4.2.15:
// when the entry was last changed in a way the publisher counts). It is when the
// entry's text last changed here: the only instant the site knows for an entry
// dated «mai 2010», whose text was written for this site from the programme's
// documents. A day in the entry's own month or year would be a guess that readers
// show as its date, the fault taken out of pubDate. Readers show updated where
// published is missing, so such an entry stands with the year its text changed
// here (2026); its title says its own period beside it: «Over 900 påmeldte (mai 2010)».
import { Feed } from 'feed';
import type { PartialDate } from '../schemas/common.ts';
import type { Language } from '../schemas/vocabulary.ts';
import { langAttribute } from './language-attribute.ts';
import { formatDate } from './dates.ts';
import { feedFormats, feedPath, type FeedFormat } from './feeds.ts';
import { siteText } from './site-text.ts';

export interface FeedItem {
  title: string;
  summary: string;
  /** Path on the site, e.g. /nyheter/opptak/. */
  path: string;
  /** The entry's date as its source gives it (a news item's), if it has one. */
  date?: PartialDate | undefined;
  /** When the entry's text last changed on this site: Atom's updated, and RSS pubDate for an entry without a date of its own. */
  updated: Date;
  categories?: string[];
  /** Who wrote the entry, where not the site: a new item is the secretariat's own (`newItem`, schemas/new-item.ts). */
  author?: string | undefined;
  /** The entry's written standard: a nynorsk entry is marked in a feed whose language is bokmål. */
  lang?: Language | undefined;
}

/** The feeds' language; an entry in another is marked (RSS: dc:language, Atom: xml:lang). */
const feedLanguage: Language = 'nb';
const dublinCore = 'http://purl.org/dc/elements/1.1/';

/**
 * The feed with its language and each entry in another written standard marked (WCAG 3.1.2, as on the pages): Atom's <feed> and <entry> get
 * xml:lang, RSS's <item> a <dc:language> (the library writes the latter from an extension, but neither xml:lang nor
 * the dc namespace unless an item has content). The entries are in the items' order.
 */
function markLanguages(xml: string, format: FeedFormat, items: FeedItem[]): string {
  const langs = items.map((item) => langAttribute(item.lang, feedLanguage));
  if (format === 'rss') {
    if (langs.every((lang) => lang === undefined) || xml.includes('xmlns:dc=')) return xml;
    return xml.replace('<rss version="2.0"', `<rss version="2.0" xmlns:dc="${dublinCore}"`);
  }
  // RSS says its language in <language>; Atom has xml:lang, on the feed and on an entry in another.
  let index = 0;
  return xml.replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feedLanguage}">`).replace(/<entry>/g, (tag) => {
    const lang = langs[index++];
    return lang ? `<entry xml:lang="${lang}">` : tag;
  });
}

/** The day an entry is dated, where its source gives one; for an entry without a date of its own, when its text changed. */
export function publishedDay(item: Pick<FeedItem, 'date' | 'updated'>): Date | undefined {
  if (!item.date) return item.updated;
  return item.date.precision === 'day' ? item.date.date : undefined;
}

/**
 * The title, with the date in words where the feed cannot give it as a day: «Over 900 påmeldte (mai 2010)»; not
 * where the title says it already («Fem kurs … i 2008» was «… i 2008 (2008)»).
 */
export function titleWithDate(item: Pick<FeedItem, 'date' | 'title'>): string {
  if (!item.date || item.date.precision === 'day') return item.title;
  const period = formatDate(item.date);
  if (item.title.toLocaleLowerCase('nb').includes(period.toLocaleLowerCase('nb'))) return item.title;
  return `${item.title} (${period})`;
}

/** The summary, with the date in words where the feed cannot give it as a day: «… Datert 2009 (dag ikke oppgitt i kilden).» */
export function summaryWithDate(item: Pick<FeedItem, 'date' | 'summary'>): string {
  if (!item.date || item.date.precision === 'day') return item.summary;
  return `${item.summary} Datert ${formatDate(item.date)} (dagen er ikke oppgitt i kilden).`;
}

export interface FeedDescription {
  title: string;
  description: string;
  /** The section the feed belongs to, e.g. /nyheter/. */
  section: string;
}

// The feed's author and rights holder is the site: its archive entries were written for Kompetansebanken from the
// programme's documents and say they are not the programme's own (lib/archive-note.ts), so the feed must not name
// the programme's secretariat as their author. An entry the secretariat writes now names it itself (`author`).
const publisher = siteText.siteName;

/** The secretariat, as the author of an item it writes now. */
export const secretariat = 'Sekretariatet for Kvalitetskommuneprogrammet';

export function renderFeed(site: URL | undefined, format: FeedFormat, about: FeedDescription, items: FeedItem[]): string {
  if (!site) throw new Error('The feeds need `site` in astro.config.mjs for absolute links.');
  const absolute = (path: string) => new URL(path, site).href;
  const feed = new Feed({
    id: absolute(about.section),
    title: `${about.title} – ${siteText.siteName}`,
    description: about.description,
    link: absolute(about.section),
    language: feedLanguage,
    // The newest entry, so the feed's date changes only when its content does.
    updated: items.reduce<Date | undefined>((newest, item) => (!newest || item.updated > newest ? item.updated : newest), undefined),
    generator: siteText.siteName,
    copyright: publisher,
    author: { name: publisher, link: site.href },
    favicon: absolute('/favicon.svg'),
    feedLinks: { rss: absolute(feedPath(about.section, 'rss')), atom: absolute(feedPath(about.section, 'atom')) },
  });
  for (const item of items) {
    const published = publishedDay(item);
    feed.addItem({
      title: titleWithDate(item),
      id: absolute(item.path),
      link: absolute(item.path),
      description: summaryWithDate(item),
      // The library writes `date` as RSS pubDate and Atom updated, and `published` as Atom published (and RSS pubDate).
      // Without a day, RSS gets no pubDate: the library writes none when `date` is missing.
      date: (format === 'rss' ? published : item.updated) as Date,
      ...(format === 'atom' && published && item.date ? { published } : {}),
      category: item.categories?.map((name) => ({ name, term: name })),
      // Atom only: RSS 2.0 wants an e-mail address in an item's author, and the site gives none.
      ...(format === 'atom' && item.author ? { author: [{ name: item.author }] } : {}),
      ...(format === 'rss' && langAttribute(item.lang, feedLanguage) ? { extensions: [{ name: 'dc:language', objects: { _text: item.lang } }] } : {}),
    });
  }
  return markLanguages(format === 'rss' ? feed.rss2() : feed.atom1(), format, items);
}

export function feedResponse(body: string, format: FeedFormat): Response {
  return new Response(body, { headers: { 'Content-Type': `${feedFormats[format].type}; charset=utf-8` } });
}
