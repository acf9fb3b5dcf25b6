// The print stylesheet, with the site's address filled in so printed links
// show where they go («kompetansebanken.no/verktoy/spc/»).
import type { APIContext } from 'astro';
import printStyles from '../styles/print.css?raw';

export function GET({ site }: APIContext) {
  if (!site) throw new Error('The print stylesheet needs `site` in astro.config.mjs for link addresses.');
  const address = JSON.stringify(site.host);
  return new Response(`:root {\n  --site-address: ${address};\n}\n\n${printStyles}`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
}
