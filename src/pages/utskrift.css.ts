// The print stylesheet, with the site's address filled in so printed links
// show where they go («kompetansebanken.no/verktoy/spc/»). Its comments are for
// us, not for a reader's browser: left out, they are about 1 KB less (gzipped) on every
// first visit, which counts against a page's 50 KB (tests/budgets.spec.ts).
import type { APIContext } from 'astro';
import printStyles from '../styles/print.css?raw';

export function GET({ site }: APIContext) {
  if (!site) throw new Error('The print stylesheet needs `site` in astro.config.mjs for link addresses.');
  const address = JSON.stringify(site.host);
  const withoutComments = printStyles.replace(/\/\*[\s\S]*?\*\//g, '');
  return new Response(`:root {\n  --site-address: ${address};\n}\n\n${withoutComments}`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
}
