// robots.txt: everything may be crawled except search results (/sok/ with a
// query; the search page itself is a fine landing page) and the CMS (/admin/,
// the editors' tool); where the sitemap is.
import type { APIContext } from 'astro';
import { searchPath } from '../lib/routes.ts';

export function GET({ site }: APIContext) {
  if (!site) throw new Error('robots.txt needs `site` in astro.config.mjs for the sitemap address.');
  const body = ['User-agent: *', `Disallow: ${searchPath}?`, 'Disallow: /admin/', '', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
