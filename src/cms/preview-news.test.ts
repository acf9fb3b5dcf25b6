// A news item's and a press release's CMS preview (preview-news.js, a browser script), with the site's functions and
// words sent as their source and values, as start-script.ts sends them.
import { beforeAll, describe, expect, it } from 'vitest';
import { all, previewParts, sent, textOf, type Node } from './preview-render.fixtures.ts';
import { archiveLabel } from '../lib/archive-note.ts';
import { noPressContactNote, organisationAddressLines, personLine, phoneHref, pressPath, pressRoomText, showsPostalAddress, type PressContact } from '../lib/contact.ts';
import { newsArchiveNote, newsKind } from '../lib/news.ts';
import { isoFromTyped } from '../schemas/typed-date.ts';
import { monthNames } from '../schemas/common.ts';
import { dateFormatter, partialDateOf } from '../schemas/date-text.ts';
import { quotesFromPages, releaseQuotesText } from '../lib/release-quotes.ts';

type Part = (data: Record<string, unknown>) => Node | (Node | null)[] | null;
let parts: { header: Part; beforeText: Part; afterText: Part };
/** The press contact setting, as the CMS knows it when the preview is drawn. */
let setting: PressContact = {};

beforeAll(async () => {
  const readDate = sent(partialDateOf);
  const typedDate = sent(isoFromTyped);
  parts = await previewParts('preview-news.js', 'kompetansebankenNewsPreview', {
    newsKind: sent(newsKind),
    formatDate: sent(dateFormatter)(),
    // As browser/preview.js reads a date: the Norwegian way of typing it first, as the field writes it when left.
    readDate: (value: unknown) => readDate(typeof value === 'string' ? (typedDate(value, monthNames) ?? value) : value),
    ...JSON.parse(
      JSON.stringify({
        archiveTexts: Object.fromEntries((['nyhet', 'pressemelding'] as const).map((kind) => [kind, { label: archiveLabel(kind), note: newsArchiveNote(kind) }])),
        postalLines: organisationAddressLines,
        noPressContactNote,
        pressRoomText,
        pressPath,
      }),
    ),
    personLine: sent(personLine),
    showsPostalAddress: sent(showsPostalAddress),
    phoneHref: sent(phoneHref),
    pressContact: () => setting,
    quoteBank: () => bank,
    quotesFromPages: sent(quotesFromPages),
    releaseQuotesText,
    // The story's quote as its own preview draws it (preview-story-facts.js): its words, and the slot's story after it.
    quoteFigure: (quote: { text: string }, after: (Node | string)[]) => ({ tag: 'figure', props: null, children: [quote.text, ...after] }),
  });
});
/** The quote bank as the CMS reads it (/admin/sitater.json), or undefined before it has come. */
let bank: { bankPath: string; quotes: Record<string, unknown>[] } | undefined;

const nodes = (drawn: ReturnType<Part>): Node[] => [drawn].flat().filter((node): node is Node => node !== null);
/** The header's lines: the kicker, and an archive item's label. */
const header = (data: Record<string, unknown>) => nodes(parts.header(data)).map(textOf);
/** The contact's address, a line each (as the page's `<br>`s part them). */
const addressLines = (data: Record<string, unknown>) => {
  const address = all(nodes(parts.afterText(data))[0]!, 'address')[0];
  if (!address) return [];
  const lines: string[] = [''];
  for (const child of address.children) {
    if (typeof child === 'object' && child?.tag === 'br') lines.push('');
    else lines[lines.length - 1] += textOf(child);
  }
  return lines;
};
const newRelease = { kind: 'pressemelding', number: 4, date: '2010-03-17', newItem: true };

describe('the preview of a news item or a press release', () => {
  // The secretariat's finding: the preview showed neither the number, the date nor the contact to be published.
  it('says above the title what it is, its number and its date, as its page does', () => {
    expect(header(newRelease)).toEqual(['Pressemelding nr. 4 · 17. mars 2010']);
    expect(header({ kind: 'nyhet', date: '2010-06', newItem: true })).toEqual(['Nyhet · juni 2010']);
    // A file without `kind` is a news item; a year alone is a year.
    expect(header({ date: 2010, newItem: true })).toEqual(['Nyhet · 2010']);
    // A date typed the Norwegian way, as the field writes it when it is left.
    expect(header({ ...newRelease, date: '17.3.2010' })).toEqual(['Pressemelding nr. 4 · 17. mars 2010']);
  });

  it('says what is not filled in yet where the page would have it, and a date that is none as typed', () => {
    expect(header({ kind: 'pressemelding', newItem: true })).toEqual(['Pressemelding nr. (mangler) · (dato mangler)']);
    expect(header({ ...newRelease, number: '', date: ' ' })).toEqual(['Pressemelding nr. (mangler) · (dato mangler)']);
    // Text the number field refuses, as the form holds it until it is fixed: said to be no number (it read «nr. nr 4»).
    expect(header({ ...newRelease, number: 'nr 4' })).toEqual(['Pressemelding nr. («nr 4» er ikke et tall) · 17. mars 2010']);
    expect(header({ ...newRelease, date: '2010-1' })).toEqual(['Pressemelding nr. 4 · («2010-1» er ikke en dato)']);
    expect(header({ ...newRelease, date: '2010-02-31' })).toEqual(['Pressemelding nr. 4 · («2010-02-31» er ikke en dato)']);
  });

  it('gives an archive item its label and note, as its page does, and a new one neither', () => {
    expect(header({ kind: 'pressemelding', number: 2, date: '2008-10' })).toEqual(['Pressemelding nr. 2 · oktober 2008', archiveLabel('pressemelding')]);
    expect(textOf(nodes(parts.beforeText({ kind: 'nyhet', date: '2008' }))[0]!)).toBe(newsArchiveNote('nyhet'));
    expect(nodes(parts.beforeText(newRelease))).toEqual([]);
  });

  it('shows a new press release’s own contact person, with links to call and write', () => {
    setting = { name: 'Kari Nordmann', phone: '22 00 00 00' };
    const data = { ...newRelease, contact: { name: 'Ola Nordmann', role: 'Rådgiver', phone: '+47 22 12 34 56', email: '' } };
    expect(textOf(all(nodes(parts.afterText(data))[0]!, 'h2')[0]!)).toBe('Pressekontakt');
    expect(addressLines(data)).toEqual(['Ola Nordmann, Rådgiver', 'Telefon: +47 22 12 34 56']);
    expect(all(nodes(parts.afterText(data))[0]!, 'a').map((a) => a.props?.href)).toEqual(['tel:+4722123456', pressPath]);
  });

  it('shows the site’s press contact under a new press release without its own, and the postal address while that has no phone or e-mail', () => {
    setting = { name: 'Kari Nordmann', role: 'Kommunikasjonsrådgiver', email: 'presse@example.no' };
    // A contact group opened and left empty is no contact (the save leaves it out).
    const data = { ...newRelease, contact: { name: ' ', phone: '' } };
    expect(addressLines(data)).toEqual(['Kari Nordmann, Kommunikasjonsrådgiver', 'E-post: presse@example.no']);
    setting = { role: '', name: '', phone: '', email: '' };
    expect(addressLines(newRelease)).toEqual(organisationAddressLines);
    expect(all(nodes(parts.afterText(newRelease))[0]!, 'p').map(textOf)).toEqual([noPressContactNote, `${pressRoomText} presserommet.`]);
  });

  it('says what a new release’s own contact person lacks, never the postal address in its place', () => {
    expect(addressLines({ ...newRelease, contact: { name: 'Ola Nordmann' } })).toEqual(['Ola Nordmann', '(telefon eller e-post mangler)']);
    expect(addressLines({ ...newRelease, contact: { email: 'ola@example.no' } })).toEqual(['(navn mangler)', 'E-post: ola@example.no']);
  });

  it('shows only the press room under an archive release, and nothing under a news item', () => {
    const archive = nodes(parts.afterText({ kind: 'pressemelding', number: 2, date: '2008-10' }));
    expect(archive.map(textOf)).toEqual([`${pressRoomText} presserommet.`]);
    expect(all(archive[0]!, 'address')).toEqual([]);
    expect(nodes(parts.afterText({ kind: 'nyhet', date: '2010', newItem: true }))).toEqual([]);
  });
});

// Fresh eyes: a press release's preview lacked «Sitater fra de samme kildesidene», the quotes its page shows.
describe("the preview of a press release's quotes from the same source pages", () => {
  const story = { id: 'mandal-sykefravaer', title: 'Mandal halverte sykefraværet', lang: 'nb', url: '/eksempler/mandal-sykefravaer/' };
  const quotes = [
    { text: 'Takk til Mandal.', attribution: 'Rådmannen', source: { doc: 'S002', page: 3 }, story },
    { text: 'Ikke her.', attribution: 'Ordføreren', source: { doc: 'S002', page: 9 }, story },
  ];
  const release = { ...newRelease, sources: [{ doc: 'S002', page: 3 }, { doc: 'S004' }] };

  it('shows the quotes on a page the release cites, with their story, above the contact, as its page does', () => {
    bank = { bankPath: '/presse/sitater/', quotes };
    const [section, contact] = nodes(parts.afterText(release));
    expect(section!.props?.className).toBe('release-quotes');
    expect(all(section!, 'h2').map(textOf)).toEqual([releaseQuotesText.heading]);
    expect(textOf(all(section!, 'p')[0]!)).toBe(`${releaseQuotesText.lead} ${releaseQuotesText.bankLink}.`);
    expect(all(section!, 'figure').map(textOf)).toEqual(['Takk til Mandal.. Fra eksempelet Mandal halverte sykefraværet']);
    expect(all(section!, 'a').map((a) => a.props?.href)).toEqual(['/presse/sitater/', '/eksempler/mandal-sykefravaer/']);
    expect(contact!.props?.className).toBe('press-contact');
  });

  it('shows none where no quote stands on a cited page, or before the bank has come', () => {
    bank = { bankPath: '/presse/sitater/', quotes };
    expect(nodes(parts.afterText({ ...release, sources: [{ doc: 'S002', page: 4 }] })).map((node) => node.props?.className)).toEqual(['press-contact']);
    // A page typed as text in the form is the same page.
    expect(nodes(parts.afterText({ ...release, sources: [{ doc: 'S002', page: '3' }] }))[0]!.props?.className).toBe('release-quotes');
    bank = undefined;
    expect(nodes(parts.afterText(release)).map((node) => node.props?.className)).toEqual(['press-contact']);
  });
});
