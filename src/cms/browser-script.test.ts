// The CMS page's own script, joined from its parts (browser-script.ts, src/cms/browser/): each part in it once,
// and the whole one script a browser reads (a name declared in two parts would stop it, and Decap would never start).
import { readdir, readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { browserParts, browserScript } from './browser-script.ts';

const folder = new URL('browser/', import.meta.url);

it('joins every part in src/cms/browser/, each once', async () => {
  const files = (await readdir(folder)).filter((name) => name.endsWith('.js'));
  expect(files.length).toBeGreaterThan(1);
  for (const name of files) {
    const text = await readFile(new URL(name, folder), 'utf8');
    expect(browserParts.filter((part) => part === text), name).toHaveLength(1);
  }
  expect(browserParts).toHaveLength(files.length);
});

it('is one script that runs its parts at DOMContentLoaded and starts Decap last', () => {
  const listeners: Record<string, unknown> = {};
  const window: Record<string, unknown> = {};
  const document = { addEventListener: (type: string, listener: unknown) => (listeners[type] = listener) };
  new Function('window', 'document', browserScript)(window, document);
  expect(window.CMS_MANUAL_INIT).toBe(true);
  expect(typeof listeners.DOMContentLoaded).toBe('function');
  expect(browserScript.trimEnd().endsWith('CMS.init();\n});')).toBe(true);
});
