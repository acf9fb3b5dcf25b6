// The newsletter's e-mail as HTML, to look at in a browser: every link in it
// works, «Meld deg av» too (the copy for the mailing tool is epost-kode.txt).
import type { APIContext } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { newsletterEmail, newsletterEmailPaths } from '../../../email/newsletter-data.ts';
import { newsletterEmailHtml } from '../../../email/newsletter-email.ts';

export const getStaticPaths = newsletterEmailPaths;

export async function GET({ props, site }: APIContext<{ issue: CollectionEntry<'newsletters'> }>) {
  const html = await newsletterEmailHtml(await newsletterEmail(props.issue, site), 'web');
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
