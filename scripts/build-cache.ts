// The cache folder's bookkeeping around `npm run build` (src/build-cache/prune-cache.ts):
//   node scripts/build-cache.ts start   first step: marks the build's start
//   node scripts/build-cache.ts prune   last step: removes what the build did not use
import { markBuildStart, pruneUnused } from '../src/build-cache/prune-cache.ts';

const step = process.argv[2];
if (step === 'start') markBuildStart();
else if (step === 'prune') {
  const { files, bytes } = pruneUnused();
  console.log(`[cache] ${files} filer som bygget ikke brukte, er fjernet (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
} else {
  console.error('Bruk: node scripts/build-cache.ts start | prune');
  process.exit(2);
}
