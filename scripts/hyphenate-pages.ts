// Soft hyphens in the built pages, the step of `npm run build` between
// `astro build` and the search index (src/hyphenation/hyphenate-site.ts). A
// process of its own, like the index: run inside Astro's build it came on top
// of Astro's memory (measured at 10 000 stories: 5.2 GiB cold against 4.3 GiB
// for a rebuild that took the hyphens from the cache).
//   node scripts/hyphenate-pages.ts [site folder, default dist]
import { resolve } from 'node:path';
import { hyphenateSite } from '../src/hyphenation/hyphenate-site.ts';

const site = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
try {
  const { pages } = await hyphenateSite(site);
  console.log(`[soft hyphens] ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`Orddelingen kunne ikke legges inn i sidene i ${site}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
