// What the CMS page is told about links between entries: the entries' titles
// as the CMS lists them, what each links to and from which field, and on the
// published site nothing it does not show.
import { describe, expect, it } from 'vitest';
import { collectionFieldsSchema } from './config.ts';
import { bodyLinksIn, entryNumbers, entryPageSections, knownEntries, mediaFilesIn, shownBefore, writtenDate } from './entry-links.ts';
import { partialDateOf } from '../schemas/date-text.ts';
import { referenceFields } from './references.ts';

describe('knownEntries', () => {
  it('gives each entry its title as the CMS lists it, and what it links to, by the label of the field', () => {
    const known = knownEntries([
      { collection: 'municipalities', id: 'gloppen', data: { name: 'Gloppen' } },
      { collection: 'municipalities', id: 'bydel-nordre-aker', data: { name: 'Bydel Nordre Aker', kind: 'bydel' } },
      { collection: 'sickLeavePoints', id: 'dialogmoter', data: { number: 6, title: 'Dialogmøter' } },
      {
        collection: 'stories',
        id: 'a',
        data: { title: 'Foreldre i barnehagen', municipalities: ['gloppen'], sameTheme: { municipalities: ['flora'] }, sickLeavePoints: [6] },
      },
      { collection: 'newsletters', id: 'nr-7-mars', data: { title: 'Mars', issue: 7, items: [{ collection: 'stories', id: 'a' }] } },
    ]);
    // With its kind (a file without one is a kommune): a film's preview says «Gloppen kommune», as /filmer/ does.
    expect(known['municipalities/gloppen']).toEqual({ title: 'Gloppen', name: 'Gloppen', links: [], images: [], kind: 'kommune' });
    expect(known['municipalities/bydel-nordre-aker']?.kind).toBe('bydel');
    expect(known['stories/a']).toEqual({
      title: 'Foreldre i barnehagen',
      name: 'Foreldre i barnehagen',
      links: [
        { to: 'municipalities/gloppen', field: 'Kommuner' },
        { to: 'municipalities/flora', field: 'Andre kommuner med samme tema' },
        // A point is named by its number: the link is to the file that has it.
        { to: 'sickLeavePoints/dialogmoter', field: 'Punkter mot sykefravær' },
      ],
      images: [],
      titleKey: 'foreldre i barnehagen',
      // As a refusal of its title for another entry names it (lib/same-title.ts sameTitleHolder).
      titleHolder: 'eksempelet «Foreldre i barnehagen»',
    });
    // A newsletter is listed with its number, but told apart from the others by its title alone.
    // Its number each issue has once: the CMS offers the next free one.
    expect(known['newsletters/nr-7-mars']).toEqual({
      title: 'Nr. 7: Mars',
      name: 'Mars',
      links: [{ to: 'stories/a', field: 'Saker i denne utgaven' }],
      images: [],
      titleKey: 'mars',
      titleHolder: 'nyhetsbrevet «Mars»',
      numbers: { issue: 7 },
    });
  });

  // A new press release opened by its address (no list loaded) was offered no number, and one counted from the
  // entries loaded alone could be taken: the site's list names every release's number.
  it('gives a press release its number, and a news item none, even with a stray number', () => {
    const known = knownEntries([
      { collection: 'news', id: 'pm', data: { title: 'Melding', date: '2010-06-01', kind: 'pressemelding', number: 4 } },
      { collection: 'news', id: 'sak', data: { title: 'Sak', date: '2010-06-02', number: 9 } },
    ]);
    expect(known['news/pm']?.numbers).toEqual({ number: 4 });
    expect(known['news/sak']?.numbers).toBeUndefined();
  });

  // The secretariat's finding: a refusal named another entry by its listed title, date first («2010-03 – …»), and its file.
  it('names each entry as the secretariat knows it, by its title alone, where the list puts its date or number first', () => {
    const known = knownEntries([
      { collection: 'news', id: 'pm', data: { title: 'Melding', date: '2010-06-01', kind: 'pressemelding', number: 4 } },
      { collection: 'newsletters', id: 'nr-7-mars', data: { title: 'Mars', issue: 7 } },
    ]);
    expect(known['news/pm']).toMatchObject({ title: '2010-06-01 – Melding', name: 'Melding' });
    expect(known['newsletters/nr-7-mars']).toMatchObject({ title: 'Nr. 7: Mars', name: 'Mars' });
  });

});

describe('entryNumbers', () => {
  it('runs from its source alone, as the CMS page runs it on the entries Decap has loaded', () => {
    const fromSource = new Function(`return ${entryNumbers.toString()}`)() as typeof entryNumbers;
    const numbered = { number: { kind: 'pressemelding' } };
    expect(fromSource({ kind: 'pressemelding', number: 3 }, numbered)).toEqual({ number: 3 });
    expect(fromSource({ kind: 'pressemelding', number: '3' }, numbered)).toEqual({});
    expect(fromSource({ issue: 7 }, { issue: {} })).toEqual({ issue: 7 });
  });
});

describe('mediaFilesIn', () => {
  it('finds the images of the media folder an entry shows: its image field, Markdown images and <img> in its text', () => {
    const story = { image: { src: '../media/barnehage.png', alt: 'Barn' }, title: 'Tittel' };
    const body = 'Tekst.\n\n![Klasserom](../media/klasserom.jpg "Foto")\n\n<img src="./../media/mappe/kart.webp" alt="" />\n';
    expect(mediaFilesIn('stories', [story, body], 'media').sort()).toEqual(['barnehage.png', 'klasserom.jpg', 'mappe/kart.webp']);
  });

  it('finds an image however the text points at it: alt text with brackets, a reference, a link to the file', () => {
    const body = '![Bilde [foto: Ola]](../media/a.png)\n\n![Kart][kart]\n\n[kart]: ../media/b.webp\n\nSe [bildet](<../media/c.jpg>).';
    expect(mediaFilesIn('news', body, 'media').sort()).toEqual(['a.png', 'b.webp', 'c.jpg']);
  });

  it('leaves out images elsewhere: beside the entry, in the public folder, on another site', () => {
    const body = '![a](./bilde.png) ![b](/bilde.png) ![c](https://example.org/media/c.png)';
    expect(mediaFilesIn('news', [{ src: 'bilde.png' }, body], 'media')).toEqual([]);
  });

  it('runs from its source alone, as the CMS page runs it', () => {
    const fromSource = new Function(`return ${mediaFilesIn.toString()}`)() as typeof mediaFilesIn;
    expect(fromSource('stories', { image: { src: '../media/x.png' } }, 'media')).toEqual(['x.png']);
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

describe('links in the text', () => {
  it('are links to the entries whose pages the text links to, named by the body’s label', () => {
    const known = knownEntries([
      { collection: 'news', id: 'molde-innstilt', data: { title: 'Molde innstilt' } },
      { collection: 'municipalities', id: 'gloppen', data: { name: 'Gloppen' } },
      { collection: 'stories', id: 'sola-solrommet', data: { title: 'Solrommet' } },
      {
        collection: 'news',
        id: 'b',
        data: { title: 'B' },
        body: 'Les [saken](/nyheter/molde-innstilt/ "Molde") og [Gloppen](/kommuner/gloppen#tall).\n\n[ref]: /eksempler/sola-solrommet/\n\nIkke [søk](/sok/?q=x) eller [filmer](/filmer/#a).\n',
      },
    ]);
    expect(known['news/b']?.links).toEqual([
      { to: 'news/molde-innstilt', field: 'Tekst (Markdown)' },
      { to: 'municipalities/gloppen', field: 'Tekst (Markdown)' },
      { to: 'stories/sola-solrommet', field: 'Tekst (Markdown)' },
    ]);
    // Only entries there are: /sok/ would be a page under the front page, /filmer/#a no entry page.
    expect(bodyLinksIn('[søk](/sok/?q=x) [filmer](/filmer/#a)', entryPageSections())).toEqual(['pages/sok', 'pages/filmer']);
  });

  it('finds a page under the front page and an <a href>, but no other site’s address', () => {
    expect(bodyLinksIn('<a href="/om-programmet/">Om</a> og [KS](https://www.ks.no/nyheter/x/) og /nyheter/y/ som tekst', entryPageSections())).toEqual(['pages/om-programmet']);
  });
});

// Fresh eyes: a news item a newsletter lists was saved dated «1. januar 2027», and the check then held the whole site
// back, reported on the newsletter. The CMS refuses it before the save with the check's rule (integrity.ts).
describe('the date an entry others show may have', () => {
  it('is told the CMS page for each entry the site shows from a date, as precise as written; not for an event', () => {
    const known = knownEntries([
      { collection: 'news', id: 'sak', data: { title: 'Sak', date: new Date('2008-12-01T00:00:00Z') } },
      { collection: 'newsletters', id: 'nr-1', data: { title: 'Nr. 1', issue: 1, date: '2008-12', items: [{ collection: 'news', id: 'sak' }] } },
      { collection: 'events', id: 'konferanse', data: { title: 'Konferanse', date: '2027-01-14' } },
    ]);
    expect(known['news/sak']?.date).toBe('2008-12-01');
    expect(known['newsletters/nr-1']?.date).toBe('2008-12');
    expect(known['events/konferanse']?.date).toBeUndefined();
    expect(writtenDate({ date: new Date('2009-01-01T00:00:00Z'), precision: 'year' })).toBe('2009');
  });

  const now = new Date('2026-12-04T12:00:00Z');
  const day = (text: string) => partialDateOf(text);
  it('is no later than today where those showing it are dated before today, and names those', () => {
    const showing = [{ date: '2008-12' }, { date: '2009-01-15', draft: true }, { date: '2010-06' }];
    expect(shownBefore(day('2027-01-01'), showing, now, partialDateOf)).toEqual({ before: [0, 2], latest: now, today: true });
    // Today, or a day before it, is shown at once.
    expect(shownBefore(day('2026-12-04'), showing, now, partialDateOf)).toBeUndefined();
    expect(shownBefore(day('2008-12'), showing, now, partialDateOf)).toBeUndefined();
    // A draft shows nothing: it may name what it likes.
    expect(shownBefore(day('2027-01-01'), [{ date: '2008-12', draft: true }], now, partialDateOf)).toBeUndefined();
  });

  it('is no later than the earliest date of those showing it that are dated after today', () => {
    const showing = [{ date: '2027-02' }, { date: '2027-03-15' }];
    expect(shownBefore(day('2027-02-01'), showing, now, partialDateOf)).toBeUndefined();
    expect(shownBefore(day('2027-02-02'), showing, now, partialDateOf)).toEqual({ before: [0], latest: new Date('2027-02-01T00:00:00Z'), today: false });
    expect(shownBefore(day('2027-04'), showing, now, partialDateOf)).toEqual({ before: [0, 1], latest: new Date('2027-02-01T00:00:00Z'), today: false });
    // One without a date shows it from today.
    expect(shownBefore(day('2027-04'), [{}, ...showing], now, partialDateOf)).toEqual({ before: [0, 1, 2], latest: now, today: true });
  });
});
