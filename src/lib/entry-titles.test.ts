import { afterEach, describe, expect, it, vi } from 'vitest';

const entries: Record<string, { data: object }> = {
  'news/ute': { data: { title: 'Ute', summary: 'Publisert.', date: { date: new Date('2007-10-17T00:00:00Z'), precision: 'day' } } },
  'news/utkast': { data: { title: 'Utkast', summary: 'Ikke klar.', draft: true } },
  'films/kystbarnehagen': { data: { title: 'Kystbarnehagen', maker: 'Gunhild Asting', year: 2009 } },
  'news/nynorsk': { data: { title: '49 nye kommunar', summary: 'Fleire kommunar.', lang: 'nn' } },
  'news/senere': { data: { title: 'Senere', summary: 'Datert fram i tid.', date: { date: new Date('2999-01-01T00:00:00Z'), precision: 'day' } } },
};
vi.mock('astro:content', () => ({ getEntry: async (collection: string, id: string) => entries[`${collection}/${id}`] }));
const { describeLinks } = await import('./entry-titles.ts');

afterEach(() => vi.unstubAllEnvs());

// Fresh eyes on the CMS: a draft news item picked in a newsletter showed, with title and ingress, on the
// newsletter page and in its e-mail, linking to an address the build never made.
describe('describeLinks', () => {
  const links = [
    { collection: 'news' as const, id: 'utkast' },
    { collection: 'news' as const, id: 'ute' },
    { collection: 'news' as const, id: 'senere' },
  ];

  it('leaves out drafts and entries dated in the future in a build', async () => {
    vi.stubEnv('DEV', false);
    expect(await describeLinks(links)).toEqual([{ title: 'Ute', summary: 'Publisert.', href: '/nyheter/ute/', draft: false, lang: 'nb' }]);
  });

  it('gives a nynorsk entry’s language, so a newsletter marks its title and summary lang="nn"', async () => {
    vi.stubEnv('DEV', false);
    expect((await describeLinks([{ collection: 'news', id: 'nynorsk' }]))[0]?.lang).toBe('nn');
  });

  it('keeps them in the dev preview, which shows drafts', async () => {
    vi.stubEnv('DEV', true);
    expect((await describeLinks(links)).map((link) => link.title)).toEqual(['Utkast', 'Ute', 'Senere']);
  });
});

// A film the sources give only the title of has no summary (the /filmer/ page says what its maker's films share
// once): a newsletter item naming it still says what it is.
describe('a film without a summary', () => {
  it('is described by its maker and year', async () => {
    vi.stubEnv('DEV', false);
    expect(await describeLinks([{ collection: 'films', id: 'kystbarnehagen' }])).toEqual([
      { title: 'Kystbarnehagen', summary: 'Film av Gunhild Asting, 2009.', href: '/filmer/#kystbarnehagen', draft: false, lang: 'nb' },
    ]);
  });
});
