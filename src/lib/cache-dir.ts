// Where builds keep what survives between them: Astro's content store and our
// generated-file cache. Builds of other content (test fixtures, the benchmark)
// set KOMPETANSEBANKEN_CACHE, so they never share a cache with the site.
export const cacheDir = process.env.KOMPETANSEBANKEN_CACHE ?? './node_modules/.astro';
