import { describe, expect, it } from 'vitest';
import { linkProblem, siteAddresses } from './site-addresses.ts';

const entries = [
  { collection: 'stories', id: 'gloppen-foreldre' },
  { collection: 'pages', id: 'om-programmet' },
  { collection: 'films', id: 'film-1' },
] as const;
const files = ['index.astro', 'sok.astro', 'eksempler/[id].astro', 'eksempler/[facet]/[value].astro', 'kilder/[slug].astro', 'sykefravaer/saertrykk.astro', 'robots.txt.ts', '[id].astro'];
const addresses = siteAddresses(entries, files);

describe('linkProblem', () => {
  it.each(['/', '/eksempler/', '/eksempler/gloppen-foreldre/', '/eksempler/gloppen-foreldre/#resultater', '/om-programmet/', '/om-programmet', '/sok/?q=barnehage', '/sykefravaer/saertrykk/', '/robots.txt', '/kilder/S002/', '/eksempler/sektor/skole/', '/filmer/#film-1', 'https://example.org/x', 'mailto:a@b.no', '#resultater'])(
    'accepts %s',
    (url) => expect(linkProblem(url, addresses)).toBeUndefined(),
  );

  // Finding 5 of the CMS test: this passed the check, gave a 404 and went out in the e-mail.
  it('reports a link to an entry that does not exist, with the nearest address', () => {
    expect(linkProblem('/eksempler/gloppen-forelder/', addresses)).toBe(
      'lenken går til «/eksempler/gloppen-forelder/», som ikke finnes på nettstedet; mente du «/eksempler/gloppen-foreldre/»?',
    );
    expect(linkProblem('/eksempler/finnes-ikke-denne-saken/', addresses)).toBe(
      'lenken går til «/eksempler/finnes-ikke-denne-saken/», som ikke finnes på nettstedet; sjekk adressen (åpne siden og kopier adressen fra nettleseren)',
    );
    expect(linkProblem('/om-programet/', addresses)).toMatch(/mente du «\/om-programmet\/»\?$/);
  });
});

// Fresh eyes (the secretariat in the CMS): a link to a draft was saved in a published newsletter and passed the check;
// the site, which has no drafts, would have had a dead link.
describe('linkProblem with a link to a draft', () => {
  const withDraft = siteAddresses([...entries, { collection: 'news', id: 'tastaturprove', file: 'news/tastaturprove.mdx', data: { draft: true } }], files);
  it('reports it from a text that is not a draft, naming the draft and what to do', () => {
    expect(linkProblem('/nyheter/tastaturprove/', withDraft)).toBe(
      'lenken går til «/nyheter/tastaturprove/», et utkast (news/tastaturprove.mdx) som ikke vises på nettstedet, så lenken ville ikke virke der; slå av «Utkast» i news/tastaturprove.mdx når den er klar, fjern lenken, eller slå på «Utkast» her også',
    );
    expect(linkProblem('/nyheter/tastaturprove', withDraft)).toMatch(/^lenken går til «\/nyheter\/tastaturprove», et utkast/);
  });
  it('takes it from another draft, and a draft no more is a page like any other', () => {
    expect(linkProblem('/nyheter/tastaturprove/', withDraft, { draft: true })).toBeUndefined();
    expect(linkProblem('/nyheter/tastaturprove/', siteAddresses([{ collection: 'news', id: 'tastaturprove', data: { draft: false } }], files))).toBeUndefined();
  });
});

describe('linkProblem with a relative link', () => {
  // Found by a fresh-eyes run in the CMS: both passed the check and gave a 404 on the page and in the e-mail.
  it('reports a web address without https:// and says what to write', () => {
    expect(linkProblem('www.ks.no', addresses)).toBe('lenken «www.ks.no» mangler https:// foran og går derfor ikke ut av nettstedet; skriv «https://www.ks.no»');
    expect(linkProblem('regjeringen.no/no/dep/kdd', addresses)).toMatch(/skriv «https:\/\/regjeringen\.no\/no\/dep\/kdd»$/);
  });

  // Fresh eyes: «[e-post](kari@ks.no)» was told to put a «/» in front, which would have broken it too.
  it('reports an e-mail address without mailto: and says what to write', () => {
    expect(linkProblem('kari@ks.no', addresses)).toBe('lenken «kari@ks.no» er en e-postadresse uten mailto: foran og virker ikke; skriv «mailto:kari@ks.no»');
    expect(linkProblem('mailto:kari@ks.no', addresses)).toBeUndefined();
  });

  it('reports a site address without / in front, with the address it most likely means', () => {
    expect(linkProblem('om-programmet/', addresses)).toMatch(/^lenken «om-programmet\/» mangler \/ foran .*; mente du «\/om-programmet\/»\?$/);
    expect(linkProblem('../eksempler/gloppen-foreldre/', addresses)).toMatch(/mente du «\/eksempler\/gloppen-foreldre\/»\?$/);
    expect(linkProblem('noe-helt-annet', addresses)).toMatch(/^lenken «noe-helt-annet» mangler \/ foran .*nettstedets navn$/);
  });

  it('leaves links with a scheme, anchors and e-mail addresses alone', () => {
    for (const url of ['https://www.ks.no', 'http://ks.no', 'mailto:post@ks.no', 'tel:+4724132600', '#kilder', '//cdn.example.org/x'])
      expect(linkProblem(url, addresses), url).toBeUndefined();
  });
});

describe('siteAddresses on the real src/pages', () => {
  it('knows the static pages and the sections', () => {
    const real = siteAddresses([]);
    for (const path of ['/', '/sok/', '/presse/', '/presse/sitater/', '/verktoy/spc/lag-diagram/', '/sykefravaer/saertrykk/', '/a-a/', '/filmer/', '/tall/'])
      expect(real.has(path), path).toBe(true);
    expect(real.has('/eksempler/finnes-ikke/')).toBe(false);
  });

  it('knows a paged list’s later pages, not any address under it', () => {
    const real = siteAddresses([]);
    expect(real.has('/eksempler/side/2/')).toBe(true);
    expect(real.has('/eksempler/sektor/barnehage/side/3/')).toBe(true);
    expect(real.has('/eksempler/side/')).toBe(false);
  });
});

// Fresh eyes (the secretariat in `npm run dev`): a link copied from the preview's address bar, «http://127.0.0.1:4995/…»,
// passed the check and went out in the newsletter's e-mail.
describe('linkProblem with a link to the editor\'s own machine', () => {
  it.each(['http://127.0.0.1:4995/nyheter/x/', 'http://localhost:4321/eksempler/gloppen-foreldre/', 'https://localhost/', 'http://[::1]:4321/om-programmet/'])('reports %s, with the address to write', (url) => {
    expect(linkProblem(url, addresses)).toMatch(/^lenken «.+» går til din egen maskin, ikke til nettstedet, og virker ikke for andre; skriv adressen fra og med «\/»: «\/[^»]*»$/);
  });
  it('says the address from its path', () => {
    expect(linkProblem('http://localhost:4321/eksempler/gloppen-foreldre/#resultater', addresses)).toMatch(/«\/eksempler\/gloppen-foreldre\/#resultater»$/);
    expect(linkProblem('https://localhost.example.org/', addresses)).toBeUndefined();
  });
});

// Fresh eyes: a link from a text shown today to a news item dated ahead passed the check, and would be dead on the
// site until that date (a draft's was refused).
describe('linkProblem with a link to a page dated ahead', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  const withLater = siteAddresses([...entries, { collection: 'news', id: 'julehilsen', file: 'news/julehilsen.mdx', data: { date: '2026-12-20' } }, { collection: 'events', id: 'konferanse', data: { date: '2027-03-01' } }], files, now);
  it('reports it from a text shown before that date, naming the date', () => {
    expect(linkProblem('/nyheter/julehilsen/', withLater)).toBe(
      'lenken går til «/nyheter/julehilsen/» (news/julehilsen.mdx), som ikke vises på nettstedet før 20. desember 2026, så lenken ville ikke virke før da; fjern lenken til da, eller gi denne teksten en dato som ikke er tidligere',
    );
    expect(linkProblem('/nyheter/julehilsen/', withLater, { shownFrom: { date: new Date('2026-12-19T00:00:00Z'), precision: 'day' } })).toMatch(/ikke vises på nettstedet før 20\. desember 2026/);
  });
  it('takes it from a draft or a text shown from that date or later, and an event ahead is on the site at once', () => {
    expect(linkProblem('/nyheter/julehilsen/', withLater, { draft: true })).toBeUndefined();
    expect(linkProblem('/nyheter/julehilsen/', withLater, { shownFrom: { date: new Date('2026-12-20T00:00:00Z'), precision: 'day' } })).toBeUndefined();
    expect(linkProblem('/arrangementer/konferanse/', withLater)).toBeUndefined();
  });
});
