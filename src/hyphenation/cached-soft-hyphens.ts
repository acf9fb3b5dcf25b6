// Soft hyphens from the build cache: a page whose HTML, the site's code and
// the installed packages (the hyphenation patterns and dictionaries) are as in
// an earlier build gets the same hyphenated HTML without hyphenating again
// (issue 17: a rebuild after one edit leaves most pages unchanged).
import { sourceCodeVersion } from '../build-cache/code-version.ts';
import { cachedFile } from '../build-cache/file-cache.ts';
import { hyphenatePage } from './soft-hyphens.ts';

/** The page as hyphenatePage writes it; nothing is cached when `version` is null (`version`, `dir` and `hyphenate` are for tests). */
export async function cachedHyphenatePage(
  html: string,
  { version = sourceCodeVersion(), dir, hyphenate = hyphenatePage }: { version?: string | null; dir?: string; hyphenate?: typeof hyphenatePage } = {},
): Promise<string> {
  if (version === null) return hyphenate(html);
  return (await cachedFile('hyphenated-pages', [version, html], async () => Buffer.from(hyphenate(html)), dir)).toString('utf8');
}
