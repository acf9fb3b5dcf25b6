import { describe, expect, it } from 'vitest';
import type { Loader } from 'astro/loaders';
import { isKeptAsWritten, keptWhenInvalid } from './kept-as-written.ts';
import { isPublished, markedTitle } from './published.ts';

const now = new Date('2010-06-15T12:00:00Z');
const day = (iso: string) => ({ date: new Date(`${iso}T00:00:00Z`), precision: 'day' as const });

describe('isPublished', () => {
  it('publishes entries that are not drafts and not dated in the future', () => {
    expect(isPublished('news', {}, now, false)).toBe(true);
    expect(isPublished('news', { draft: false, date: day('2010-06-15') }, now, false)).toBe(true);
  });

  it('holds back drafts', () => {
    expect(isPublished('news', { draft: true }, now, false)).toBe(false);
  });

  it('holds back entries dated after today until their date', () => {
    expect(isPublished('news', { date: day('2010-06-16') }, now, false)).toBe(false);
    expect(isPublished('news', { date: day('2010-06-16') }, new Date('2010-06-16T00:00:00Z'), false)).toBe(true);
  });

  // The tester's finding: an event saved with date 2027-02-10 was left out of the site until that day.
  it('shows an upcoming event at once: its date is when it takes place, not when it is published', () => {
    expect(isPublished('events', { date: day('2010-09-01') }, now, false)).toBe(true);
    expect(isPublished('events', { draft: true, date: day('2010-09-01') }, now, false)).toBe(false);
    expect(isPublished('news', { date: day('2010-09-01') }, now, false)).toBe(false);
  });

  // A review: with `collection` optional beside the data, an event passed without it was held back until its date,
  // and the callers' casts hid that from the compiler. The collection is a parameter of its own.
  it('needs the collection, which decides whether the date is a publication date', () => {
    const entry = { data: { date: day('2010-09-01') } };
    // @ts-expect-error: an entry without its collection is no longer accepted
    const withoutCollection = () => isPublished(entry, now, false);
    expect(withoutCollection).toBeTypeOf('function');
    expect(isPublished('events', entry.data, now, false)).toBe(true);
  });

  it('shows drafts and future entries while previewing', () => {
    expect(isPublished('news', { draft: true, date: day('2030-01-01') }, now, true)).toBe(true);
  });
});

describe('an entry its schema has not parsed', () => {
  // The data as the glob loader hands it to parseData: the file's YAML, the date a plain string.
  const written = { title: 'Feil dato', date: '2007-10-17' };
  /** What a loader wrapped by keptWhenInvalid stores for `written` when the schema refuses it. */
  async function stored(dev: boolean): Promise<Record<string, unknown>> {
    let data: Record<string, unknown> = {};
    const inner = { name: 'test', load: async ({ parseData }: { parseData: (props: { id: string; data: Record<string, unknown> }) => Promise<Record<string, unknown>> }) => {
      data = await parseData({ id: 'feil-dato', data: written });
    } };
    const context = { parseData: () => Promise.reject(new Error('does not match collection schema')) };
    await (keptWhenInvalid(inner as unknown as Loader, dev).load as (c: unknown) => Promise<void>)(context);
    return data;
  }

  it('is kept as written in dev, and not shown even while previewing (a stale one crashed /nyheter/ with a stack trace)', async () => {
    const data = await stored(true);
    expect(data).toMatchObject(written);
    expect(isKeptAsWritten({ data })).toBe(true);
    expect(isPublished('news', data, now, true)).toBe(false);
    // Parsed entries are not marked.
    expect(isKeptAsWritten({ data: { draft: true, date: day('2010-06-15') } })).toBe(false);
  });

  it('stops a build, as before', async () => {
    await expect(stored(false)).rejects.toThrow('does not match collection schema');
  });
});

// Fresh eyes on the CMS: with «Utkast» on, the dev preview's feed listed the item like any published one.
describe('markedTitle', () => {
  it('marks a draft, and only a draft', () => {
    expect(markedTitle({ data: { draft: true } }, 'Ny sak')).toBe('Utkast – vises ikke på nettstedet: Ny sak');
    expect(markedTitle({ data: { draft: false } }, 'Ny sak')).toBe('Ny sak');
    expect(markedTitle({ data: {} }, 'Ny sak')).toBe('Ny sak');
  });
});
