import { describe, expect, it } from 'vitest';
import { properNames } from './proper-names.ts';
import { hyphenatePage, hyphenateText, softHyphen } from './soft-hyphens.ts';

const shown = (text: string) => text.replaceAll(softHyphen, '|');
const page = (lang: string, body: string, head = '<title>Kvalitetskommuneprogrammet</title>') =>
  `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;

describe('hyphenateText', () => {
  it('puts soft hyphens at Norwegian hyphenation points in long words only: compound joints in running text, every point in a cell', () => {
    expect(shown(hyphenateText('Kvalitetskommuneprogrammet og styrerne', 'nb'))).toBe('Kvalitets|kommune|programmet og styrerne');
    expect(shown(hyphenateText('Kvalitetskommuneprogrammet og styrerne', 'nb', 'cell'))).toBe('Kva|li|tets|kommune|pro|gram|met og styrerne');
    expect(shown(hyphenateText('«Sykefraværsarbeidet»,', 'nb'))).toBe('«Sykefraværs|arbeidet»,');
    expect(shown(hyphenateText('«Sykefraværsarbeidet»,', 'nb', 'cell'))).toBe('«Syke|fra|værs|ar|bei|det»,');
  });

  it('hyphenates each part of words joined by a hyphen or slash, and leaves acronyms alone', () => {
    expect(shown(hyphenateText('IA-avtalen/KOSTRA-rapporteringen', 'nb'))).toBe('IA-avtalen/KOSTRA-rap|por|te|rin|gen');
    expect(shown(hyphenateText('hjelpepleiere/omsorgsarbeidere.', 'nb'))).toBe('hjelpe|pleiere/omsorgs|arbeidere.');
    expect(shown(hyphenateText('IA-sykefraværsarbeidet', 'nb'))).toBe('IA-sykefraværs|arbeidet');
  });

  it('leaves numbers, e-mail addresses, paths and character references whole', () => {
    const text = '1234567890123 post@kvalitetskommuneprogrammet.no /eksempler/kvalitetskommuneprogrammet/ &nbsp;';
    expect(hyphenateText(text, 'nb')).toBe(text);
    expect(hyphenateText('www.kvalitetskommuneprogrammet.no', 'nb')).toBe('www<wbr>.kvalitetskommuneprogrammet<wbr>.no');
  });

  it('lets an address written out break after a slash or before a dot, not inside a name', () => {
    expect(hyphenateText('Se https://kompetansebanken.no/eksempler/kvalitetskommuneprogrammet/.', 'nb')).toBe(
      'Se https://<wbr>kompetansebanken<wbr>.no/<wbr>eksempler/<wbr>kvalitetskommuneprogrammet/.',
    );
  });

  it('hyphenates a word met before anew for another room, language or list of names (results are kept per chunk)', () => {
    expect(shown(hyphenateText('Sykefraværsarbeidet.', 'nb'))).toBe('Sykefraværs|arbeidet.');
    expect(shown(hyphenateText('Sykefraværsarbeidet.', 'nb', 'cell'))).toBe('Syke|fra|værs|ar|bei|det.');
    expect(hyphenateText('Sykefraværsarbeidet.', 'en')).toBe('Sykefraværsarbeidet.');
    expect(hyphenateText('Sykefraværsarbeidet.', 'nb', 'line', properNames(['Sykefraværsarbeidet']))).toBe('Sykefraværsarbeidet.');
    expect(shown(hyphenateText('Sykefraværsarbeidet.', 'nb'))).toBe('Sykefraværs|arbeidet.');
  });

  it('hyphenates nynorsk with nynorsk patterns, and other languages not at all', () => {
    expect(shown(hyphenateText('medarbeidarundersøkinga', 'nn', 'cell'))).toBe('med|ar|bei|dar|un|der|sø|kinga');
    expect(hyphenateText('internationalisation', 'en')).toBe('internationalisation');
  });

  // A Sami name in a table cell of a scratch story broke as «Kárášjo-hka»: the Norwegian patterns do not know Sami.
  it('leaves a word with Sami letters whole, in a cell too', () => {
    expect(hyphenateText('Kárášjohka og Unjárgagielda', 'nb', 'cell')).toBe('Kárášjohka og Unjárgagielda');
    expect(shown(hyphenateText('Sykefraværsarbeidet i Kárášjohka', 'nb', 'cell'))).toBe('Syke|fra|værs|ar|bei|det i Kárášjohka');
  });
});

// Norwegian typography: at least two letters stay on the line and three go to the next, in every room
// («organisasjone-/ne» left two); a name is not broken at its syllables in running text (Språkrådet: it seldom
// looks well, «a good old rule»), only at a joint of words it is made of; a cell, a few letters wide, may.
describe('the edges of a break', () => {
  const breaks = (text: string, room: 'line' | 'cell') => shown(hyphenateText(text, 'nb', room));
  const edges = (hyphenated: string) =>
    hyphenated.split(/[\s/-]+/).flatMap((word) => {
      const pieces = word.replace(/[^\p{L}|]/gu, '').split('|');
      return pieces.length > 1 ? [pieces[0]!.length, pieces.at(-1)!.length] : [];
    });
  const text =
    'arbeidstakerorganisasjonene organisasjonene medarbeiderundersøkelsene kvalitetskommunene barnehagene avdelingslederne sykefraværet ' +
    'utviklingsarbeidet hjemmetjenestene kommunestyrene tjenesteyterne omsorgsarbeideren medarbeidarundersøkinga';
  it.each(['line', 'cell'] as const)('leaves at least two letters before the first break and three after the last, in a %s', (room) => {
    expect(breaks('arbeidstakerorganisasjonene', room)).not.toMatch(/\|ne$/);
    const [left, right] = [0, 1].map((side) => Math.min(...edges(breaks(text, room)).filter((_, i) => i % 2 === side)));
    expect(left).toBeGreaterThanOrEqual(2);
    expect(right).toBeGreaterThanOrEqual(3);
    expect(shown(hyphenateText('medarbeidarundersøkinga', 'nn', room))).not.toMatch(/\|ga$/);
  });

  it('leaves a capitalised word the site does not know as a name whole in running text, unless it is made of words, and breaks it in a cell', () => {
    expect(breaks('Kristiansund og Fredrikstad, Hægebostad og Guovdageaidnu.', 'line')).toBe('Kristiansund og Fredrikstad, Hægebostad og Guovdageaidnu.');
    expect(breaks('Kvalitetskommuneprogrammet i Lillehammer', 'line')).toBe('Kvalitets|kommune|programmet i Lille|hammer');
    expect(breaks('Kristiansund', 'cell')).toBe('Kris|tian|sund');
    // A common word is broken as before, also first in a sentence.
    expect(breaks('kommunestyrene', 'line')).toBe(breaks('Kommunestyrene', 'line').toLowerCase());
  });
});

describe('hyphenatePage', () => {
  it('changes only body text, in the language of the nearest lang attribute', () => {
    const html = page(
      'nb',
      '<h1 title="Kvalitetskommuneprogrammet">Kvalitetskommuneprogrammet</h1><p lang="en">internationalisation</p><script type="application/ld+json">{"a":"Kvalitetskommuneprogrammet"}</script><code>Kvalitetskommuneprogrammet</code><textarea>Kvalitetskommuneprogrammet</textarea><a href="/kvalitetskommuneprogrammet/">Sykefraværsarbeidet &amp; mer</a>',
      '<title>Kvalitetskommuneprogrammet</title><meta name="description" content="Kvalitetskommuneprogrammet">',
    );
    expect(shown(hyphenatePage(html))).toBe(
      page(
        'nb',
        '<h1 title="Kvalitetskommuneprogrammet">Kvalitets|kommune|programmet</h1><p lang="en">internationalisation</p><script type="application/ld+json">{"a":"Kvalitetskommuneprogrammet"}</script><code>Kvalitetskommuneprogrammet</code><textarea>Kvalitetskommuneprogrammet</textarea><a href="/kvalitetskommuneprogrammet/">Sykefraværs|arbeidet &amp; mer</a>',
        '<title>Kvalitetskommuneprogrammet</title><meta name="description" content="Kvalitetskommuneprogrammet">',
      ),
    );
  });

  it('leaves text marked for copying without soft hyphens, but lets its addresses break', () => {
    const html = page('nb', '<p data-no-soft-hyphens>«Kvalitetskommuneprogrammet». https://kompetansebanken.no/</p>');
    expect(hyphenatePage(html)).toBe(page('nb', '<p data-no-soft-hyphens>«Kvalitetskommuneprogrammet». https://<wbr>kompetansebanken<wbr>.no/</p>'));
  });

  it('leaves form labels and buttons whole, so «Grunnlagsperiode» is the name voice control and tests find', () => {
    const html = page('nb', '<label for="g">Grunnlagsperiode</label><fieldset><legend>Diagramtypen</legend></fieldset><button>Kvalitetskommuneprogrammet</button>');
    expect(hyphenatePage(html)).toBe(html);
  });

  it('hyphenates a long word in capitals and a word with an ending in brackets, but not an acronym', () => {
    expect(shown(hyphenateText('KVALITETSKOMMUNER NIBR kvalitetskommuneprosjektet(ene)', 'nb'))).toBe(
      'KVALITETS|KOMMUNER NIBR kvalitets|kommune|prosjektet(ene)',
    );
  });

  it('leaves no short syllable before a compound joint, where the next line would start a wrong word', () => {
    expect(shown(hyphenateText('kompetansemiljø', 'nb', 'cell'))).toBe('kom|pe|tanse|miljø');
  });

  it('breaks a word in a table cell, which a phone makes narrow, at every point, and in running text at its joints', () => {
    const html = page('nb', '<table><tr><th>Kvalitetskommuneprogrammet</th><td><p>Sluttrapporten</p></td></tr></table><p>Sluttrapporten</p>');
    expect(shown(hyphenatePage(html))).toBe(
      page('nb', '<table><tr><th>Kva|li|tets|kommune|pro|gram|met</th><td><p>Slutt|rap|por|ten</p></td></tr></table><p>Slutt|rapporten</p>'),
    );
  });

  it('is idempotent', () => {
    const once = hyphenatePage(page('nn', '<p>Kvalitetskommuneprogrammet</p>'));
    expect(hyphenatePage(once)).toBe(once);
  });
});
