// The newsletter as an e-mail-ready HTML file, for pasting into the mailing tool.
import type { APIContext } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { newsletterEmail, newsletterEmailPaths } from '../../../email/newsletter-data.ts';
import { newsletterEmailHtml } from '../../../email/newsletter-email.ts';

export const getStaticPaths = newsletterEmailPaths;

export async function GET({ props, site }: APIContext<{ issue: CollectionEntry<'newsletters'> }>) {
  const html = await newsletterEmailHtml(await newsletterEmail(props.issue, site));
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
