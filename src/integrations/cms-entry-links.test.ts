// The entries the CMS page is told about, read from the files: on the
// published site nothing the site does not show.
import { afterEach, describe, expect, it } from 'vitest';
import { contentFolder, validContent } from '../content-check/test-fixtures.ts';
import { entriesForCms } from './cms-entry-links.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('entriesForCms', () => {
  it('holds every entry in `astro dev`, and on the published site only those the site shows', async () => {
    const draft = validContent['news/opptak.mdx']!.replace('title: Nye kommuner tatt opp', 'title: Hemmelig pressemelding\ndraft: true');
    const folder = await contentFolder({ 'news/utkast.mdx': draft });
    cleanup = folder.cleanup;
    const dev = await entriesForCms(folder.root, true);
    const built = await entriesForCms(folder.root, false);
    expect(dev['news/utkast']?.title).toBe('2007-10-17 – Hemmelig pressemelding');
    expect(built['news/utkast']).toBeUndefined();
    expect(JSON.stringify(built)).not.toContain('Hemmelig');
    expect(built['stories/gloppen']?.links).toContainEqual({ to: 'municipalities/gloppen', field: 'Kommuner' });
  });
});
