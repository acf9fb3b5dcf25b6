import { describe, expect, it } from 'vitest';
import { templateText } from './template-text.ts';

const site = new URL('https://kompetansebanken.no');
const text = (body: string) =>
  templateText({ title: 'Mal for kronikk', summary: 'Slik skriver dere\n  en kronikk.', url: 'https://kompetansebanken.no/kommunikasjon/kronikk/', body, date: new Date('2020-01-01') }, site);

describe('template as plain text', () => {
  // A nynorsk template's text file said «Fotnoter» in bokmål.
  it('heads its footnotes in the template\'s written standard', () => {
    const body = 'Ei setning.[^1]\n\n[^1]: Ei fotnote.';
    expect(text(body)).toContain('Fotnoter\n--------');
    const nynorsk = templateText({ title: 'Mal', summary: 'Slik.', url: 'https://kompetansebanken.no/kommunikasjon/mal/', body, date: new Date('2020-01-01'), lang: 'nn' }, site);
    expect(nynorsk).toContain('Fotnotar\n--------');
    expect(nynorsk).not.toContain('Fotnoter');
  });

  it('starts with a byte order mark, the underlined title and the summary on one line, and ends with the address', () => {
    const out = text('Tekst.');
    expect(out.startsWith('\uFEFFMal for kronikk\n===============\n\nSlik skriver dere en kronikk.\n\nTekst.\n\n')).toBe(true);
    expect(out.endsWith('Fra Kompetansebanken: https://kompetansebanken.no/kommunikasjon/kronikk/\n')).toBe(true);
  });

  it('underlines section headings, keeps paragraphs on one line and drops emphasis marks', () => {
    const out = text('## Veiledning\n\n### Når?\n\nEn **viktig** regel som\ngår over to *linjer*.');
    expect(out).toContain('Veiledning\n==========\n\nNår?\n----\n\nEn viktig regel som går over to linjer.');
  });

  // «~~tirsdag~~ onsdag» read «tirsdag onsdag», the struck-out word as if it stood.
  it('marks struck-out text as ~~ ~~', () => {
    expect(text('Møtet er ~~tirsdag~~ onsdag.')).toContain('Møtet er ~~tirsdag~~ onsdag.');
  });

  // «www.ks.no (http://www.ks.no/)» wrote a bare address twice, and «se Kart over Porsáŋgu» read an image's alt text as words.
  it('writes a bare address once, and says where an image was', () => {
    const out = text('Se www.ks.no, https://www.nav.no/ og post@ks.no.\n\n![Kart over Porsáŋgu](/kart.png)');
    expect(out).toContain('Se www.ks.no, https://www.nav.no/ og post@ks.no.');
    expect(out).toContain('[Bilde: Kart over Porsáŋgu]');
  });

  it('writes lists with dashes, numbers from their start, nested lists indented, and checkboxes', () => {
    const out = text('- en\n- to\n  - under\n\n3. tre\n4. fire\n\n- [ ] gjøre\n- [x] gjort');
    expect(out).toContain('- en\n- to\n  - under');
    expect(out).toContain('3. tre\n4. fire');
    expect(out).toContain('- [ ] gjøre\n- [x] gjort');
  });

  it('writes out where links go, with the site address for its own pages, but not for anchors', () => {
    const out = text('Se [SPC](/verktoy/spc/), [NAV](https://www.nav.no/) og [over](#toppen).');
    expect(out).toContain('Se SPC (https://kompetansebanken.no/verktoy/spc/), NAV (https://www.nav.no/) og over.');
  });

  it('keeps the placeholders of a fill-in template as they are', () => {
    expect(text('[Kommunens navn], [Dato]')).toContain('[Kommunens navn], [Dato]');
  });

  it('stops on Markdown it cannot show rather than dropping it', () => {
    expect(() => text('<Figur src="x" />')).toThrow(/mdxJsxFlowElement/);
  });
});
