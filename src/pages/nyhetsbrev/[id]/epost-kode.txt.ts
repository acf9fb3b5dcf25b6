// The newsletter's e-mail as HTML code, for the secretariat to copy into the
// mailing tool: the same HTML as epost.html, with the unsubscribe placeholder
// the tool fills in for each recipient. Served as text, so the browser shows
// the code to copy, and the placeholder is never a link on the site.
import type { APIContext } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { newsletterEmail, newsletterEmailPaths } from '../../../email/newsletter-data.ts';
import { plainTextResponse } from '../../../lib/plain-text.ts';
import { newsletterEmailHtml } from '../../../email/newsletter-email.ts';

export const getStaticPaths = newsletterEmailPaths;

export async function GET({ props, site }: APIContext<{ issue: CollectionEntry<'newsletters'> }>) {
  const html = await newsletterEmailHtml(await newsletterEmail(props.issue, site), 'tool');
  return plainTextResponse(html);
}
