// The newsletter's plain-text part for the mailing tool: the same text as epost.txt, with the unsubscribe placeholder
// the tool fills in for each recipient. Not linked from the site (a secretariat tool, like epost-kode.txt).
import type { APIContext } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { newsletterEmail, newsletterEmailPaths } from '../../../email/newsletter-data.ts';
import { plainTextResponse } from '../../../lib/plain-text.ts';
import { newsletterEmailText } from '../../../email/newsletter-email.ts';

export const getStaticPaths = newsletterEmailPaths;

export async function GET({ props, site }: APIContext<{ issue: CollectionEntry<'newsletters'> }>) {
  return plainTextResponse(await newsletterEmailText(await newsletterEmail(props.issue, site), 'tool'));
}
