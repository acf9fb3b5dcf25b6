// What the CMS page is told about links between entries: the entries' titles
// as the CMS lists them, what each links to and from which field, and on the
// published site nothing it does not show.
import { afterEach, describe, expect, it } from 'vitest';
import { contentFolder, validContent } from '../content-check/test-fixtures.ts';
import { collectionFieldsSchema } from './config.ts';
import { entriesForCms, knownEntries } from './entry-links.ts';
import { referenceFields } from './references.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('knownEntries', () => {
  it('gives each entry its title as the CMS lists it, and what it links to, by the label of the field', () => {
    const known = knownEntries([
      { collection: 'municipalities', id: 'gloppen', data: { name: 'Gloppen' } },
      { collection: 'sickLeavePoints', id: 'dialogmoter', data: { number: 6, title: 'Dialogmøter' } },
      {
        collection: 'stories',
        id: 'a',
        data: { title: 'Foreldre i barnehagen', municipalities: ['gloppen'], sameTheme: { municipalities: ['flora'] }, sickLeavePoints: [6] },
      },
      { collection: 'newsletters', id: 'nr-7-mars', data: { title: 'Mars', issue: 7, items: [{ collection: 'stories', id: 'a' }] } },
    ]);
    expect(known['municipalities/gloppen']).toEqual({ title: 'Gloppen', links: [] });
    expect(known['stories/a']).toEqual({
      title: 'Foreldre i barnehagen',
      links: [
        { to: 'municipalities/gloppen', field: 'Kommuner' },
        { to: 'municipalities/flora', field: 'Andre kommuner med samme tema' },
        // A point is named by its number: the link is to the file that has it.
        { to: 'sickLeavePoints/dialogmoter', field: 'Punkter mot sykefravær' },
      ],
    });
    expect(known['newsletters/nr-7-mars']).toEqual({ title: 'Nr. 7: Mars', links: [{ to: 'stories/a', field: 'Saker i denne utgaven' }] });
  });

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

describe('referenceFields', () => {
  it('says where the ids of other entries stand, for the CMS page to find links in what it has loaded', () => {
    expect(referenceFields(collectionFieldsSchema('stories'), (name) => name)).toEqual([
      { path: ['municipalities', '*'], label: 'municipalities', collection: 'municipalities' },
      { path: ['sameTheme', 'municipalities', '*'], label: 'sameTheme', collection: 'municipalities' },
      { path: ['tools', '*'], label: 'tools', collection: 'tools' },
    ]);
    expect(referenceFields(collectionFieldsSchema('newsletters'), (name) => name)).toEqual([{ path: ['items', '*'], label: 'items' }]);
  });
});
