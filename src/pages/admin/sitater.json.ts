// /admin/sitater.json (cms/quote-bank-data.ts): the quote bank as a press release's page reads it
// (PressReleaseQuotes.astro), each quote's story with its address, for the release's preview in the CMS (cms/preview-news.js).
import { byTitle, getPublished } from '../../lib/content.ts';
import { entryUrl } from '../../lib/routes.ts';
import { quoteBank, quoteBankPath } from '../../press/quote-bank.ts';

export async function GET() {
  const quotes = quoteBank((await getPublished('stories')).sort(byTitle)).map((quote) => ({ ...quote, story: { ...quote.story, url: entryUrl('stories', quote.story.id) } }));
  return new Response(JSON.stringify({ bankPath: quoteBankPath, quotes }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
