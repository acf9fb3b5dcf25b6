// The newsletter as plain text, the e-mail's text part.
import type { APIContext } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { newsletterEmail, newsletterEmailPaths } from '../../../email/newsletter-data.ts';
import { plainTextResponse } from '../../../lib/plain-text.ts';
import { newsletterEmailText } from '../../../email/newsletter-email.ts';

export const getStaticPaths = newsletterEmailPaths;

export async function GET({ props, site }: APIContext<{ issue: CollectionEntry<'newsletters'> }>) {
  const text = await newsletterEmailText(await newsletterEmail(props.issue, site));
  return plainTextResponse(text);
}
