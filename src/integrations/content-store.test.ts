import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceCodeVersion } from '../build-cache/code-version.ts';
import { contentStoreFiles, staleContentStore } from './content-store.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project folder with both of Astro's stores, each recorded as written by `version`. */
function project(version: string) {
  const root = mkdtempSync(join(tmpdir(), 'content-store-project-'));
  folders.push(root);
  const config = { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(join(root, 'node_modules', '.astro/')) };
  for (const file of Object.values(contentStoreFiles(config))) {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, '{}');
    writeFileSync(`${file}.code-version`, version);
  }
  return { root, config };
}

async function start(command: 'dev' | 'build' | 'preview', config: { root: URL; cacheDir: URL }) {
  const said: string[] = [];
  const logger = { info: (message: string) => said.push(message) } as unknown as AstroIntegrationLogger;
  const setup = staleContentStore().hooks['astro:config:setup'] as unknown as (options: object) => void;
  await setup({ command, config, logger });
  return said;
}

describe('the content store integration', () => {
  it('names the files Astro reads: the build’s in the cache folder, the dev server’s in .astro/', () => {
    const { root, config } = project('x');
    expect(contentStoreFiles(config)).toEqual({ build: join(root, 'node_modules', '.astro', 'data-store.json'), dev: join(root, '.astro', 'data-store.json') });
  });

  it.each(['dev', 'build'] as const)('drops both stores older code wrote when `astro %s` starts, however it was started, and says so in Norwegian', async (command) => {
    const { config } = project('older code');
    const said = await start(command, config);
    for (const file of Object.values(contentStoreFiles(config))) {
      expect(existsSync(file), file).toBe(false);
      expect(readFileSync(`${file}.code-version`, 'utf8')).toBe(sourceCodeVersion());
    }
    expect(said).toEqual(['koden er endret siden innholdet sist ble lest: alle oppføringer leses på nytt']);
  });

  it('keeps stores the same code wrote, and leaves `astro preview` alone', async () => {
    const same = project(sourceCodeVersion()!);
    expect(await start('dev', same.config)).toEqual([]);
    for (const file of Object.values(contentStoreFiles(same.config))) expect(existsSync(file)).toBe(true);
    const older = project('older code');
    await start('preview', older.config);
    for (const file of Object.values(contentStoreFiles(older.config))) expect(existsSync(file)).toBe(true);
  });
});
