// A minimal valid content folder, written to a temporary directory, that a
// test changes one file of to produce exactly one kind of bad input.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

export const validContent: Record<string, string> = {
  'municipalities/gloppen.yaml': `name: Gloppen
county: sogn-og-fjordane
sources:
  - { doc: S002, page: 60 }
`,
  'tools/kvalitetstrakten.mdx': `---
title: Kvalitetstrakten
summary: Tre nivåer for kvalitet i tjenestene, fra system til møtet med brukeren.
sources: [{ doc: S002, page: 20 }]
---
Tekst.
`,
  'stories/gloppen.mdx': `---
title: Barnehagen og foreldre til fremmedspråklige barn
summary: Barnehagene i Gloppen ville at foreldre med et annet morsmål skulle forstå hva som skjer i barnehagen.
municipalities: [gloppen]
sectors: [barnehage]
themes: [foreldremedvirkning]
levels: [atferd]
tools: [kvalitetstrakten]
sources:
  - { doc: S002, page: 24 }
---

## Bakgrunn og behov

| Tiltak | Resultat |
| --- | --- |
| DVD | Bedre samarbeid |
`,
  'news/opptak.mdx': `---
title: Nye kommuner tatt opp
summary: Nye kommuner er tatt opp i Kvalitetskommuneprogrammet denne høsten.
date: 2007-10-17
sources: [{ doc: S004 }]
---
Tekst.
`,
};

/** Writes the valid content with `changes` applied (null deletes a file) and returns its folder. */
export async function contentFolder(changes: Record<string, string | Buffer | null> = {}): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'kompetansebanken-content-'));
  // The source texts are the real ones: the checker reads them, and the build publishes them (/kilder/).
  await cp(join(import.meta.dirname, '..', '..', 'content', 'sources'), join(root, 'sources'), { recursive: true });
  const files = { ...validContent, ...changes };
  for (const [path, text] of Object.entries(files)) {
    if (text === null) {
      await rm(join(root, path), { force: true });
      continue;
    }
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** Replaces the first occurrence of `from` in a valid file; fails loudly if it is not there. */
export function edit(path: string, from: string, to: string): Record<string, string> {
  const text = validContent[path];
  if (text === undefined || !text.includes(from)) throw new Error(`fixture ${path} has no «${from}»`);
  return { [path]: text.replace(from, to) };
}

/**
 * Builds the site (`astro build`, the project's integrations included) from a content folder (`contentFolder`'s
 * root) with a cache of its own inside it, into a new temporary folder, whose path it returns: the test removes it.
 */
export async function buildFixtureSite(contentRoot: string): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'kompetansebanken-dist-'));
  await promisify(execFile)(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, KOMPETANSEBANKEN_CONTENT: contentRoot, KOMPETANSEBANKEN_CACHE: join(contentRoot, '.cache') },
  });
  return outDir;
}
