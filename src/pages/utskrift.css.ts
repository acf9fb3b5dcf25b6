// The print stylesheet, with the site's address filled in so printed links
// show where they go («kompetansebanken.no/verktoy/spc/»). Browsers fetch it on
// every first visit, so it is minified (its comments are for us: 2.5 KB before
// gzip), as the site's own stylesheet is; a story page's first visit has 50 KB
// (tests/budgets.spec.ts). esbuild is the minifier Astro's bundler uses.
import type { APIContext } from 'astro';
import { transform } from 'esbuild';
import printStyles from '../styles/print.css?raw';

export async function GET({ site }: APIContext) {
  if (!site) throw new Error('The print stylesheet needs `site` in astro.config.mjs for link addresses.');
  const address = JSON.stringify(site.host);
  const { code } = await transform(`:root {\n  --site-address: ${address};\n}\n\n${printStyles}`, { loader: 'css', minify: true });
  return new Response(code, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
