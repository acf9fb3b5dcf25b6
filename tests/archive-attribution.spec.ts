// Fresh eyes: lists of the archive's news, press releases and newsletter issues still read as the programme's own
// («Nytt fra sekretariatet», «Programmets nyhetsbrev», each archive press release ending «Kontakt: KS – …»). The
// archive was written for Kompetansebanken from the programme's documents (src/lib/archive-note.ts). Checked on the
// built files, with or without new items from the secretariat in the content.
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { builtFile, readable } from './built-site.ts';

/**
 * The site's words when it claims an item as the programme's or the secretariat's own. Not the notes' words for new
 * items («nye saker fra sekretariatet bygger ikke på dem»), which the notes use once the content has one.
 */
const claimsAsOwn = /\b(Nytt fra sekretariatet|(?<!nye \p{L}+ )Fra sekretariatet|Programmets nyhetsbrev|nyhetsbrevene fra Kvalitetskommuneprogrammet|pressemeldinger fra sekretariatet for)\b/iu;
const archiveNote = 'skrevet for Kompetansebanken ut fra programmets egne dokumenter';

for (const { path, selector } of [
  { path: '/', selector: 'section[aria-labelledby="nyheter"]' },
  { path: '/nyheter/', selector: 'main' },
  { path: '/nyhetsbrev/', selector: 'main' },
  { path: '/presse/', selector: 'section[aria-labelledby="pressemeldinger"]' },
]) {
  test(`${path} says its archive items were written for Kompetansebanken, and claims none as the programme’s own`, () => {
    const document = parse(builtFile(path));
    const list = document.querySelector(selector);
    // The page's own words about the items, not the items' texts (which may well speak of the secretariat).
    for (const item of list?.querySelectorAll('li') ?? []) item.remove();
    const section = readable(list?.text ?? '');
    expect(section).toContain(archiveNote);
    expect(section).not.toMatch(claimsAsOwn);
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '').not.toMatch(claimsAsOwn);
  });
}

test('an archive press release, in the press room’s list and on its page, ends with no contact as if KS had issued it', () => {
  // The archive's releases: those whose page carries the archive note (a new one from the secretariat has a contact).
  const fromArchive = (release: { querySelector(selector: string): { getAttribute(name: string): string | undefined } | null }) =>
    parse(builtFile(release.querySelector('a')?.getAttribute('href') ?? '')).querySelector('main .archive-note') !== null;
  const releases = parse(builtFile('/presse/')).querySelectorAll('.releases > li').filter(fromArchive);
  expect(releases.length).toBeGreaterThan(0);
  for (const release of releases) expect(readable(release.text)).not.toMatch(/Kontakt:|Postboks/);
  const page = parse(builtFile('/nyheter/sluttrapport-juni-2010/'));
  expect(page.querySelector('main .archive-note')).not.toBeNull();
  expect(readable(page.querySelector('main')?.text ?? '')).not.toMatch(/Pressekontakt|Postboks/);
  expect(page.querySelector('main a[href="/presse/"]')?.text).toBe('presserommet');
  // The press room keeps its own press contact.
  expect(readable(parse(builtFile('/presse/')).querySelector('section[aria-labelledby="kontakt"] address')?.text ?? '')).toMatch(/Postboks 1378 Vika/);
});
