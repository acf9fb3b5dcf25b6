// Layers point down: a folder of src/ may import from its own folder and from
// folders below it in this order, never from one above. A new folder must be
// placed here (the README's code map follows the same order, top first).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Lowest first. «root» is a file directly in src/ (content.config.ts). */
export const layers = [
  'schemas', // the content's shapes and the collection registry
  'types', // declarations for untyped packages
  'lib', // small helpers: routes, dates, sources, publishing rules, the menu …
  'charts',
  'spc',
  'build-cache',
  'hyphenation',
  'markdown',
  'search',
  'cms',
  'downloads',
  'email',
  'sharing',
  'press',
  'content-check',
  'scaffold',
  'integrations',
  'scripts',
  'fonts',
  'styles',
  'components',
  'layouts',
  'pages',
  'root',
] as const;

const src = resolve(import.meta.dirname);

/** Test code may reach across layers to set up what it tests. */
function isTestCode(file: string): boolean {
  return /\.test\.ts$/.test(file) || file.endsWith(`${sep}test-fixtures.ts`) || file.includes(`${sep}markdown${sep}conformance${sep}`);
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs|astro)$/.test(name) ? [path] : [];
  });
}

function layerOf(file: string): string {
  const parts = relative(src, file).split(sep);
  return parts.length === 1 ? 'root' : parts[0]!;
}

/** Relative imports of a file: static, dynamic, side-effect and re-exports. */
export function relativeImports(text: string): string[] {
  return [...text.matchAll(/\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1]!);
}

describe('layers point down', () => {
  it('every folder of src/ has a place in the order', () => {
    const folders = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory());
    expect(folders.filter((folder) => !(layers as readonly string[]).includes(folder))).toEqual([]);
  });

  it('finds the imports a file can write', () => {
    const text = `import a from '../lib/a.ts';\nimport '../styles/b.css';\nexport { c } from './c.ts';\nawait import('../press/d.ts');\nimport x from 'zod';`;
    expect(relativeImports(text)).toEqual(['../lib/a.ts', '../styles/b.css', './c.ts', '../press/d.ts']);
  });

  it('no file imports from a layer above its own', () => {
    const rank = (layer: string) => (layers as readonly string[]).indexOf(layer);
    const upward = sourceFiles(src)
      .filter((file) => !isTestCode(file))
      .flatMap((file) =>
        relativeImports(readFileSync(file, 'utf8'))
          .map((path) => ({ from: layerOf(file), to: layerOf(resolve(dirname(file), path)), file: relative(src, file), path }))
          .filter(({ from, to }) => rank(to) > rank(from))
          .map(({ file, path, from, to }) => `${file} (${from}) imports ${path} (${to})`),
      );
    expect(upward).toEqual([]);
  });
});

describe('browser scripts stay small', () => {
  /** Every file a file imports, directly or through others. */
  function reachable(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file) || !/\.(ts|js)$/.test(file)) return seen;
    seen.add(file);
    for (const path of relativeImports(readFileSync(file, 'utf8'))) reachable(resolve(dirname(file), path), seen);
    return seen;
  }

  it('no script in src/scripts/ reaches the collection registry (it would ship every zod schema)', () => {
    const scripts = readdirSync(join(src, 'scripts')).map((name) => join(src, 'scripts', name));
    const registry = join(src, 'schemas', 'collections.ts');
    expect(scripts.filter((script) => reachable(script).has(registry)).map((script) => relative(src, script))).toEqual([]);
  });
});
