// The search index, the step of `npm run build` after `astro build`: Pagefind
// reads the built pages in dist/ and writes dist/pagefind/. A process of its
// own, so Astro's memory is freed before Pagefind's is taken: measured at
// 10 000 stories, Astro's process peaked at 4.2 GiB and the index at 3.5 GiB
// (Node 0.8, the Pagefind binary 2.7); in one process they added up to 8.4 GiB.
//   node scripts/index-search.ts [site folder, default dist]
import { resolve } from 'node:path';
import { indexSite } from '../src/search/index-site.ts';

const site = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
try {
  const { pages } = await indexSite(site);
  // The benchmark reads this line for the time the index takes.
  console.log(`[search index] indexed ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`Søkeindeksen kunne ikke bygges av sidene i ${site}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
