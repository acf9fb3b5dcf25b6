// The checks that read one entry alone – its MDX body (mdx.ts), its quotes and
// figures against the sources (facts.ts), passages copied from the sources
// (verbatim.ts) – from the build cache when neither the entry, the source
// texts nor the code changed, so a build re-checks only edited files (issue
// 17: compiling every body was most of the check). Parsing, the schemas (an
// image file may have gone), the rules between entries (integrity.ts) and the
// settings are not cached: they run on every build.
import { sourceCodeVersion } from '../build-cache/code-version.ts';
import { cachedFile, fileCacheDir } from '../build-cache/file-cache.ts';
import { sourceDocumentIds } from '../schemas/source-documents.ts';
import { checkFacts } from './facts.ts';
import { checkBodies } from './mdx.ts';
import type { Problem } from './problem.ts';
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
export async function checkEntry(entry: ValidEntry, sources: SourceTexts): Promise<EntryProblems> {
  return { bodies: await checkBodies([entry]), facts: checkFacts([entry], sources), copied: checkVerbatim([entry], sources) };
}

/**
 * Each entry's problems from bodies, facts and copied passages, as
 * {@link checkEntry} finds them, from `<dir>/content-check/` where an earlier
 * check of the same entry (collection, file, parsed data, body), source texts
 * and code ({@link sourceCodeVersion}) stored them; nothing is cached when `version` is null. `version`, `dir` and `check` are for tests.
 */
export async function checkEntries(
  entries: readonly ValidEntry[],
  sources: SourceTexts,
  { version = sourceCodeVersion(), dir = fileCacheDir, check = checkEntry }: { version?: string | null; dir?: string; check?: typeof checkEntry } = {},
): Promise<EntryProblems> {
  const all: EntryProblems = { bodies: [], facts: [], copied: [] };
  const sourceTexts = sourceDocumentIds.map((doc) => sources.around(doc, undefined) ?? '');
  for (const entry of entries) {
    const found =
      version === null
        ? await check(entry, sources)
        : (JSON.parse(
            (
              await cachedFile(
                'content-check',
                [version, sourceTexts, entry.collection, entry.file, JSON.stringify(entry.data), entry.body ?? '\0none'],
                async () => Buffer.from(JSON.stringify(await check(entry, sources))),
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
