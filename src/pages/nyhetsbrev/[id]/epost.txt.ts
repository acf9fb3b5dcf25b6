// The newsletter as plain text for readers («ren tekst» on the issue's page): «Meld deg av» goes to the site's
// section on unsubscribing (the mailing tool's text part, with its placeholder, is epost-tekst-kode.txt).
import type { APIContext } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { newsletterEmail, newsletterEmailPaths } from '../../../email/newsletter-data.ts';
import { plainTextResponse } from '../../../lib/plain-text.ts';
import { newsletterEmailText } from '../../../email/newsletter-email.ts';

export const getStaticPaths = newsletterEmailPaths;

export async function GET({ props, site }: APIContext<{ issue: CollectionEntry<'newsletters'> }>) {
  return plainTextResponse(await newsletterEmailText(await newsletterEmail(props.issue, site), 'web'));
}
