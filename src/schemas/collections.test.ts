// The registry is the one place a collection is declared: every place that
// lists collections derives from it. Each test walks the registry and fails
// when a derived list lacks a collection, or when a derived list names one
// the registry does not have.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { collectionFields } from '../cms/config.ts';
import { cmsConfig } from '../cms/config.ts';
import { collectionLabels } from '../cms/labels.ts';
import { reservedPageIds, sectionPaths, siteSections, entryUrl } from '../lib/routes.ts';
import { contentTypes } from '../lib/search-fields.ts';
import { siteMenu } from '../lib/site-menu.ts';
import { entryTypes } from '../scaffold/entry-types.ts';
import { collectionDefinitions, collectionNames, type CollectionName } from './collections.ts';

// content.config.ts needs Astro's virtual module; these stand-ins hand back what they are given.
vi.mock('astro:content', () => ({ defineCollection: (config: unknown) => config }));
vi.mock('astro/loaders', () => ({ glob: (options: unknown) => ({ glob: options }) }));

const entries = collectionNames.map((name) => [name, collectionDefinitions[name]] as const);
const withSection = entries.filter(([, definition]) => definition.route !== '/');

describe('every collection in the registry reaches every derived place', () => {
  it("Astro's content collections (content.config.ts), from the collection's folder", async () => {
    const { collections } = await import('../content.config.ts');
    expect(Object.keys(collections)).toEqual(collectionNames);
    for (const [name, { folder }] of entries) {
      const { loader } = collections[name] as unknown as { loader: { glob: { base: string } } };
      expect(loader.glob.base, name).toMatch(new RegExp(`/${folder}$`));
    }
  });

  it('the CMS: a collection with its labels and fields', () => {
    const cms = cmsConfig().collections.map((c) => c.name);
    for (const [name, { labels }] of entries) {
      expect(cms, name).toContain(name);
      expect(collectionLabels[name], name).toEqual(labels);
      expect(collectionFields(name).length, name).toBeGreaterThan(0);
    }
  });

  it('routes: the section path, and entry addresses under it', () => {
    for (const [name, { route, entryPages }] of entries) {
      expect(sectionPaths[name], name).toBe(route);
      expect(entryUrl(name, 'x'), name).toBe(entryPages ? `${route}x/` : `${route}#x`);
    }
  });

  it('the content check: a page may not take a section’s address', () => {
    for (const [name, { route }] of withSection) expect(reservedPageIds.has(route.replaceAll('/', '')), name).toBe(true);
  });

  it('search: the content type', () => {
    for (const [name, { searchType }] of entries) expect(contentTypes[name], name).toBe(searchType);
  });

  it('the main menu: each section the registry places there, in its place', () => {
    const placed = entries.flatMap(([name, d]) => ('menu' in d ? [{ label: d.menu.label, href: d.route, position: d.menu.position, name }] : []));
    expect(placed.length).toBeGreaterThan(0);
    for (const { label, href, position, name } of placed) expect(siteMenu[position - 1], name).toEqual({ label, href });
  });

  it('npm run new: each kind the registry names, and no other', () => {
    const named = entries.flatMap(([name, d]) => d.scaffold.map((kind) => [kind, name] as [string, CollectionName]));
    expect(Object.keys(entryTypes).sort()).toEqual(named.map(([kind]) => kind).sort());
    for (const [kind, name] of named) expect(entryTypes[kind]?.collection, kind).toBe(name);
  });

  it('pages: each section with entry pages has its list (paged: [...page].astro) and entry routes under src/pages', () => {
    for (const [name, { route, entryPages }] of withSection) {
      const folder = new URL(`../pages${route}`, import.meta.url);
      const list = ['index.astro', '[...page].astro'].some((file) => existsSync(new URL(file, folder)));
      expect(list, `${name}: src/pages${route}index.astro`).toBe(true);
      if (entryPages) expect(existsSync(new URL('[id].astro', folder)), `${name}: src/pages${route}[id].astro`).toBe(true);
    }
  });
});

describe('the site’s own top-level addresses', () => {
  it('every top-level route in src/pages is a collection’s section, a reserved section or a page id route', () => {
    const sections = new Set([...withSection.map(([, d]) => d.route.replaceAll('/', '')), ...siteSections]);
    const topLevel = readdirSync(new URL('../pages/', import.meta.url)).map((file) => file.replace(/\.(astro|ts)$/, ''));
    const unaccounted = topLevel.filter((name) => !sections.has(name) && !name.includes('.') && !['index', '[id]'].includes(name));
    expect(unaccounted).toEqual([]);
  });
});
