// The checks that read one entry alone – its MDX body (mdx.ts), its quotes and
// figures against the sources (facts.ts), passages copied from the sources
// (verbatim.ts) – from the build cache when neither the entry, the source
// texts nor the code changed, so a build re-checks only edited files (issue
// 17: compiling every body was most of the check). Parsing, the schemas (an
// image file may have gone), the rules between entries (integrity.ts) and the
// settings are not cached: they run on every build. A body's links and images
// depend on more than the entry: the key holds the site's addresses and the
// size and time of every file beside the entry.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sourceCodeVersion } from '../build-cache/code-version.ts';
import { cacheKey, cachedFile, fileCacheDir } from '../build-cache/file-cache.ts';
import { sourceDocumentIds } from '../schemas/source-documents.ts';
import { checkFacts } from './facts.ts';
import { checkBodies } from './mdx.ts';
import type { Problem } from './problem.ts';
import type { SiteAddresses } from './site-addresses.ts';
import type { SourceTexts } from './source-texts.ts';
import type { ValidEntry } from './validate.ts';
import { checkVerbatim } from './verbatim.ts';

/** One entry's problems (or all entries', concatenated in entry order), by the check that found them. */
export interface EntryProblems {
  bodies: Problem[];
  facts: Problem[];
  copied: Problem[];
}

/** The three checks, uncached. */
export async function checkEntry(entry: ValidEntry, sources: SourceTexts, addresses?: SiteAddresses): Promise<EntryProblems> {
  return { bodies: await checkBodies([entry], addresses), facts: checkFacts([entry], sources), copied: checkVerbatim([entry], sources) };
}

/**
 * Each entry's problems from bodies, facts and copied passages, as
 * {@link checkEntry} finds them, from `<dir>/content-check/` where an earlier
 * check of the same entry (collection, file, parsed data, body), source texts
 * and code ({@link sourceCodeVersion}) stored them, with the same site
 * `addresses` and the same files beside the entry (name, size, time: an image
 * replaced by a broken one is checked again); nothing is cached when `version`
 * is null. `version`, `dir` and `check` are for tests.
 */
export async function checkEntries(
  entries: readonly ValidEntry[],
  sources: SourceTexts,
  {
    addresses,
    version = sourceCodeVersion(),
    dir = fileCacheDir,
    check = checkEntry,
  }: { addresses?: SiteAddresses; version?: string | null; dir?: string; check?: typeof checkEntry } = {},
): Promise<EntryProblems> {
  const all: EntryProblems = { bodies: [], facts: [], copied: [] };
  const folderStates = new Map<string, string>();
  const filesBeside = (file: string): string => {
    const folder = dirname(file);
    let state = folderStates.get(folder);
    if (state === undefined) {
      try {
        const files = readdirSync(folder, { withFileTypes: true }).filter((f) => f.isFile() && !/\.(mdx?|ya?ml)$/.test(f.name));
        state = JSON.stringify(
          files
            .map((f) => {
              const { size, mtimeMs } = statSync(join(folder, f.name));
              return [f.name, size, mtimeMs];
            })
            .sort(),
        );
      } catch {
        state = '';
      }
      folderStates.set(folder, state);
    }
    return state;
  };
  // Hashed once, not into every entry's key: the source texts (~240 KB) and the site's addresses (~100 KB at 1 000
  // stories), hashed anew for each of 1 000 entries, took ~1 s of every build.
  const sourcesDigest = cacheKey(sourceDocumentIds.map((doc) => sources.around(doc, undefined) ?? ''));
  const addressesDigest = cacheKey([addresses?.key ?? '']);
  for (const entry of entries) {
    const found =
      version === null
        ? await check(entry, sources, addresses)
        : (JSON.parse(
            (
              await cachedFile(
                'content-check',
                [version, sourcesDigest, addressesDigest, filesBeside(entry.file), entry.collection, entry.file, JSON.stringify(entry.data), entry.body ?? '\0none', String(entry.bodyStartLine)],
                async () => Buffer.from(JSON.stringify(await check(entry, sources, addresses))),
                dir,
              )
            ).toString('utf8'),
          ) as EntryProblems);
    all.bodies.push(...found.bodies);
    all.facts.push(...found.facts);
    all.copied.push(...found.copied);
  }
  return all;
}
