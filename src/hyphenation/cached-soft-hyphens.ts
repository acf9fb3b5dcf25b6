// Soft hyphens from the build cache: a page whose HTML, the site's code, the
// installed packages (the hyphenation patterns and dictionaries) and the proper
// names kept whole are as in an earlier build gets the same hyphenated HTML
// without hyphenating again (issue 17: a rebuild after one edit leaves most
// pages unchanged).
import { sourceCodeVersion } from '../build-cache/code-version.ts';
import { cachedFile } from '../build-cache/file-cache.ts';
import { noProperNames, type ProperNames } from './proper-names.ts';
import { hyphenatePage } from './soft-hyphens.ts';

/** The page as hyphenatePage writes it; nothing is cached when `version` is null (`version`, `dir` and `hyphenate` are for tests). */
export async function cachedHyphenatePage(
  html: string,
  {
    names = noProperNames,
    version = sourceCodeVersion(),
    dir,
    hyphenate = hyphenatePage,
  }: { names?: ProperNames; version?: string | null; dir?: string; hyphenate?: typeof hyphenatePage } = {},
): Promise<string> {
  if (version === null) return hyphenate(html, names);
  // A new municipality in the content changes the pages that name it, not their HTML before the hyphens.
  return (await cachedFile('hyphenated-pages', [version, names.list, html], async () => Buffer.from(hyphenate(html, names)), dir)).toString('utf8');
}
