// The build itself refuses bad content, with the same editor-friendly report.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import { contentFolder, edit } from '../content-check/test-fixtures.ts';

const run = promisify(execFile);
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

it('astro build fails on bad content and names the file, the field and what is expected', { timeout: 120_000 }, async () => {
  const folder = await contentFolder({
    ...edit('stories/gloppen.mdx', 'municipalities: [gloppen]', 'municipalities: [glopen]'),
    ...edit('news/opptak.mdx', 'date: 2007-10-17', 'date: 17.10.2007'),
  });
  cleanup = folder.cleanup;
  const build = run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, KOMPETANSEBANKEN_CONTENT: folder.root, KOMPETANSEBANKEN_CACHE: join(folder.root, '.cache') },
  });
  const failure = await build.then(
    () => undefined,
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  expect(failure, 'the build should have failed').toBeDefined();
  const output = `${failure?.stdout}\n${failure?.stderr}`;
  expect(output).toContain("Fant 2 feil i innholdet");
  // The report alone: no stack trace, no English error from Astro.
  expect(output).not.toMatch(/Stack trace|unhandled|Error:|    at /i);
  expect(failure?.code).toBe(1);
  // Each field by its name in the file and by its label in the CMS (the schema's).
  expect(output).toMatch(/stories\/gloppen\.mdx:\d+\s+felt «Kommuner \(nr\. 1\)» \(municipalities \(nr\. 1\)\): «glopen» finnes ikke/);
  expect(output).toMatch(/news\/opptak\.mdx:\d+\s+felt «Dato \(ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ\)» \(date\): er skrevet «17\.10\.2007»; skriv datoen som ÅÅÅÅ-MM-DD: 2007-10-17/);
});
