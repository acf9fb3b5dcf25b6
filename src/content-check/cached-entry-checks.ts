// The checks that read one entry alone – its MDX body (mdx.ts), its quotes and
// figures against the sources (facts.ts), passages copied from the sources
// (verbatim.ts) – from the build cache when neither the entry, the source
// texts nor the code changed, so a build re-checks only edited files (issue
// 17: compiling every body was most of the check). Parsing, the schemas (an
// image file may have gone), the rules between entries (integrity.ts) and the
// settings are not cached: they run on every build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedFile, cacheKey, fileCacheDir } from '../build-cache/file-cache.ts';
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

const srcFolder = fileURLToPath(new URL('..', import.meta.url));
/** npm's record of every installed package and version (npm writes it on each install). */
const installedPackages = [join(srcFolder, '..', 'node_modules', '.package-lock.json'), join(srcFolder, '..', 'package-lock.json')];

let codeVersion: string | null | undefined;
/**
 * A digest of the checking code: every non-test .ts file under src/ (the checks
 * reach into the schemas, the Markdown plugins and the downloads) and every
 * installed package's version. Wider than needed on purpose: a change anywhere
 * re-checks everything, a missed one would hide a problem. Null when either
 * cannot be read, and then nothing is cached.
 */
export function checkerCodeVersion(): string | null {
  if (codeVersion !== undefined) return codeVersion;
  const lock = installedPackages.map(readable).find((text) => text !== undefined);
  try {
    const files = readdirSync(srcFolder, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .sort();
    codeVersion = lock === undefined ? null : cacheKey([files.map((file) => [file, readFileSync(join(srcFolder, file))]), lock]);
  } catch {
    codeVersion = null;
  }
  return codeVersion;
}

function readable(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Each entry's problems from bodies, facts and copied passages, as
 * {@link checkEntry} finds them, from `<dir>/content-check/` where an earlier
 * check of the same entry (collection, file, parsed data, body), source texts
 * and code stored them. `version`, `dir` and `check` are for tests.
 */
export async function checkEntries(
  entries: readonly ValidEntry[],
  sources: SourceTexts,
  { version = checkerCodeVersion(), dir = fileCacheDir, check = checkEntry }: { version?: string | null; dir?: string; check?: typeof checkEntry } = {},
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
