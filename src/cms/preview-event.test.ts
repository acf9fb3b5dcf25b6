// An event's CMS preview (preview-event.js, a browser script), with the site's functions sent as their source, as
// start-script.ts sends them.
import { beforeAll, describe, expect, it } from 'vitest';
import { all, previewParts, sent, textOf, type Node } from './preview-render.fixtures.ts';
import { datesWithNote } from '../lib/events.ts';
import { afterPartialDate } from '../schemas/common.ts';
import { dateFormatter, dateRangeFormatter, partialDateOf } from '../schemas/date-text.ts';
import { eventKinds } from '../schemas/event.ts';

type Part = (data: Record<string, unknown>) => Node | (Node | null)[] | null;
let parts: { header: Part; beforeText: Part };

beforeAll(async () => {
  parts = await previewParts('preview-event.js', 'kompetansebankenEventPreview', {
    kinds: eventKinds,
    formatDate: sent(dateFormatter)(),
    formatDateRange: sent(dateRangeFormatter)(),
    datesWithNote: sent(datesWithNote),
    readDate: sent(partialDateOf),
    after: sent(afterPartialDate),
    now: () => new Date('2026-12-05T12:00:00Z'),
  });
});

/** The facts under the ingress, as «Når: …», a line each. */
const facts = (data: Record<string, unknown>) =>
  all([parts.beforeText(data)].flat()[0] as Node, 'div').map((fact) => {
    const [term, ...values] = fact.children.filter((child): child is Node => typeof child === 'object' && child !== null);
    return `${textOf(term!)}: ${values.map(textOf).join(' / ')}`;
  });

describe("the preview of an event", () => {
  // The secretariat's finding: the preview showed no day, place or deadline of the event to be announced.
  it('says what kind it is above the title, and when, where and the deadline under the ingress, as its page does', () => {
    expect(textOf([parts.header({ kind: 'konferanse' })].flat()[0] as Node)).toBe('Konferanse');
    const event = { kind: 'konferanse', date: '2027-01-14', end: '2027-01-15', when: 'kl. 10.00–15.30 begge dager', places: ['Scandic Ishavshotel, Tromsø', 'Oslo'], registrationDeadline: '2027-01-04' };
    expect(facts(event)).toEqual(['Når: 14.–15. januar 2027 · kl. 10.00–15.30 begge dager', 'Hvor: Scandic Ishavshotel, Tromsø / Oslo', 'Påmeldingsfrist: 4. januar 2027']);
    expect(facts({ ...event, registrationDeadline: '2026-12-01' })).toContain('Påmeldingsfrist: Gikk ut 1. desember 2026');
    expect(facts({ date: '2010-03-17', end: '2010-04-29', when: '17. mars–29. april 2010' })).toEqual(['Når: 17. mars–29. april 2010']);
  });

  it('says in brackets what is not filled in yet, or is not a date', () => {
    expect(textOf([parts.header({})].flat()[0] as Node)).toBe('(type arrangement mangler)');
    expect(facts({})).toEqual(['Når: (dato mangler)']);
    expect(facts({ date: '14. januarr', registrationDeadline: 'snart' })).toEqual(['Når: («14. januarr» er ikke en dato)', 'Påmeldingsfrist: («snart» er ikke en dato)']);
  });
});
