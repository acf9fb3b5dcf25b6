// The cache folder's bookkeeping around `npm run build` (src/build-cache/prune-cache.ts):
//   node scripts/build-cache.ts start   first step: marks the build's start, drops a content store older code wrote
//   node scripts/build-cache.ts content-store   before `astro dev`: drops a content store older code wrote
//   node scripts/build-cache.ts prune   last step: removes what the build did not use
import { dropStaleContentStores } from '../src/build-cache/content-store.ts';
import { markBuildStart, pruneUnused } from '../src/build-cache/prune-cache.ts';

const step = process.argv[2];
if (step === 'start' || step === 'content-store') {
  dropStaleContentStores();
  if (step === 'start') markBuildStart();
}
else if (step === 'prune') {
  const { files, bytes } = pruneUnused();
  console.log(`[cache] ${files} filer som bygget ikke brukte, er fjernet (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
} else {
  console.error('Bruk: node scripts/build-cache.ts start | content-store | prune');
  process.exit(2);
}
