// Gathers what a newsletter's e-mail shows from its entry, for the e-mail routes.
import type { CollectionEntry } from 'astro:content';
import { getPublished } from '../lib/content.ts';
import { archiveNote, isFromArchive } from '../lib/archive-note.ts';
import { formatDate } from '../lib/dates.ts';
import { describeLinks } from '../lib/entry-titles.ts';
import { entryUrl, newsletterUnsubscribeInfoPath } from '../lib/routes.ts';
import type { NewsletterEmail } from './newsletter-email.ts';
import { uploadedImageAddress } from './newsletter-images.ts';

export async function newsletterEmail(issue: CollectionEntry<'newsletters'>, site: URL | undefined): Promise<NewsletterEmail> {
  if (!site) throw new Error('The newsletter e-mail needs `site` in astro.config.mjs for absolute links.');
  const items = await describeLinks(issue.data.items);
  return {
    lang: issue.data.lang,
    title: issue.data.title,
    kicker: `Nyhetsbrev nr. ${issue.data.issue} · ${formatDate(issue.data.date)}`,
    preheader: issue.data.preheader,
    summary: issue.data.summary,
    note: isFromArchive(issue.data) ? archiveNote('nyhetsbrev', 'på nettsiden') : undefined,
    webUrl: new URL(entryUrl('newsletters', issue.id), site),
    unsubscribeInfoUrl: new URL(newsletterUnsubscribeInfoPath, site),
    markdown: issue.body ?? '',
    imageAddress: (src) => uploadedImageAddress(src, site),
    items: items.map((item) => ({ title: item.title, summary: item.summary, url: new URL(item.href, site) })),
  };
}

/** One e-mail file per published newsletter. */
export async function newsletterEmailPaths() {
  return (await getPublished('newsletters')).map((issue) => ({ params: { id: issue.id }, props: { issue } }));
}
