// Schema.org JSON-LD for articles: stories and tools are Articles, news items
// and press releases NewsArticles. Search engines and link previews read it.
import { sourceDocuments } from '../schemas/source-documents.ts';
import { siteText } from '../lib/site-text.ts';
import { citedDocuments, type SourceRef } from '../lib/sources.ts';
import type { Language } from '../schemas/vocabulary.ts';

export interface ArticleFacts {
  type: 'Article' | 'NewsArticle';
  headline: string;
  description: string;
  /** Absolute URLs. */
  url: string;
  image: string;
  lang: Language;
  /** ISO 8601, as precise as the source: 2010-06-15, 2010-06 or 2010. */
  datePublished?: string | undefined;
  /** Places the article is about: the story's municipalities. */
  places?: string[];
  sources: SourceRef[];
}

export function articleData(facts: ArticleFacts, site: URL) {
  const organisation = { '@type': 'Organization', name: siteText.siteName, url: new URL('/', site).href };
  return {
    '@context': 'https://schema.org',
    '@type': facts.type,
    headline: facts.headline,
    description: facts.description,
    url: facts.url,
    mainEntityOfPage: facts.url,
    image: facts.image,
    inLanguage: facts.lang === 'nn' ? 'nn-NO' : 'nb-NO',
    ...(facts.datePublished ? { datePublished: facts.datePublished } : {}),
    author: organisation,
    publisher: organisation,
    ...(facts.places?.length ? { contentLocation: facts.places.map((name) => ({ '@type': 'Place', name })) } : {}),
    // A news item the secretariat writes now cites no programme document (schemas/publication.ts): no empty list.
    ...(facts.sources.length > 0
      ? { isBasedOn: citedDocuments(facts.sources).map(({ id }) => ({ '@type': 'CreativeWork', name: sourceDocuments[id].title })) }
      : {}),
  };
}

/** JSON for a <script type="application/ld+json">: «<» escaped so the text can never close the element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
