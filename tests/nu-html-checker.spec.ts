// The Nu Html Checker (the W3C validator, npm package vnu-jar) over every built
// page in one Java run. It parses as browsers do, so it catches what
// html-validate does not, e.g. a script written after </html>.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { builtPages, distDir, relativeToDist } from './built-site.ts';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

test('the Nu Html Checker finds no errors on any page', () => {
  test.setTimeout(180_000);
  const files = builtPages().map((path) => (path.endsWith('/') ? join(distDir, path, 'index.html') : join(distDir, path)));
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`The Nu Html Checker needs Java 17 or newer on the PATH: ${run.error.message}`);
  const { messages } = JSON.parse(run.stdout) as { messages: VnuMessage[] };
  const errors = messages.map(({ url = '', lastLine, message, extract }) => {
    const file = url.startsWith('file:') ? relativeToDist(new URL(url).pathname) : url;
    return `${file}:${lastLine ?? '?'}: ${message}${extract ? ` «${extract.trim().slice(0, 120)}»` : ''}`;
  });
  expect(errors).toEqual([]);
  expect(files.length).toBeGreaterThan(100);
});
