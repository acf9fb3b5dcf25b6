// The registry is the one place a collection is declared: every place that
// lists collections derives from it. Each test walks the registry and fails
// when a derived list lacks a collection, or when a derived list names one
// the registry does not have.
import { existsSync, readdirSync } from 'node:fs';
import type { CollectionEntry } from 'astro:content';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { z } from 'zod';
import { cmsConfig, collectionFields } from '../cms/config.ts';
import { fieldGuide } from '../cms/field-guide.ts';
import { folders } from '../content-check/integrity.ts';
import { collectionJsonSchemas } from '../content-check/json-schemas.ts';
import { collectionLabels } from '../cms/labels.ts';
import { reservedPageIds, sectionCrumb, sectionPaths, siteSections, entryUrl } from '../lib/routes.ts';
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

  it("Astro's entries keep their schema's data type (checked by `astro check`, not at run time)", () => {
    type Data = { [N in CollectionName]: CollectionEntry<N>['data'] };
    type SchemaOutput = { [N in CollectionName]: z.output<ReturnType<(typeof collectionDefinitions)[N]['schema']>> };
    expectTypeOf<Data>().toEqualTypeOf<SchemaOutput>();
    // @ts-expect-error a field the schema does not have
    expectTypeOf<CollectionEntry<'stories'>['data']>().toHaveProperty('notAField');
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

  it('breadcrumbs: the section’s one name, linking to its list', () => {
    for (const [name, definition] of withSection) {
      const section = 'section' in definition ? definition.section : undefined;
      expect(section, name).toBeTruthy();
      expect(sectionCrumb(name as Exclude<CollectionName, 'pages'>), name).toEqual({ label: section, href: definition.route });
    }
  });

  it('the content check: its folder names and field schemas', () => {
    for (const [name, { folder }] of entries) {
      expect(folders[name], name).toBe(`content/${folder}`);
      expect(Object.keys(collectionJsonSchemas[name].properties ?? {}).length, name).toBeGreaterThan(0);
    }
  });

  it('the editor’s guide: a table of fields per collection', () => {
    const guide = fieldGuide();
    for (const [name, { folder }] of entries) expect(guide, name).toContain(`(\`content/${folder}\`)`);
  });

  it('the content check: a page may not take a section’s address', () => {
    for (const [name, { route }] of withSection) expect(reservedPageIds.has(route.replaceAll('/', '')), name).toBe(true);
  });

  it('search: the content type', () => {
    for (const [name, { searchType }] of entries) expect(contentTypes[name], name).toBe(searchType);
  });

  it('the main menu: each section the registry places there, in its place', () => {
    const placed = entries.flatMap(([name, d]) => ('menuPosition' in d ? [{ label: d.section, href: d.route, position: d.menuPosition, name }] : []));
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
