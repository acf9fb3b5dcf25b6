// Builds the search index as the last step of `astro build`, so the built site
// always has an index that matches its pages.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSite } from '../search/index-site.ts';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'kompetansebanken:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages } = await indexSite(fileURLToPath(dir));
        // The benchmark reads this line for the time the index takes.
        logger.info(`indexed ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
