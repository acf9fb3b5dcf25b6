// Soft hyphens in the built pages, the step of `npm run build` between
// `astro build` and the search index (src/hyphenation/hyphenate-site.ts). A
// process of its own, like the index: run inside Astro's build it came on top
// of Astro's memory (measured at 10 000 stories: 5.2 GiB cold against 4.3 GiB
// for a rebuild that took the hyphens from the cache). The municipalities' and
// the events' place names are left whole (src/hyphenation/proper-names.ts).
//   node scripts/hyphenate-pages.ts [site folder, default dist]
import { resolve } from 'node:path';
import { cachedHyphenatePage } from '../src/hyphenation/cached-soft-hyphens.ts';
import { contentNames } from '../src/content-check/content-names.ts';
import { hyphenateSite } from '../src/hyphenation/hyphenate-site.ts';
import { properNames } from '../src/hyphenation/proper-names.ts';
import { contentRoot } from '../src/schemas/collections.ts';

const site = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
try {
  const names = properNames(await contentNames(contentRoot));
  const { pages } = await hyphenateSite(site, (html) => cachedHyphenatePage(html, { names }));
  console.log(`[soft hyphens] ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`Orddelingen kunne ikke legges inn i sidene i ${site}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
