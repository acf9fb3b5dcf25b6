import { describe, expect, it } from 'vitest';
import { previewDescription, previewLength, shortestSentences } from './preview-description.ts';

// Fresh eyes: a news item's share preview began with 111 characters of archive note, and ran past 400 characters.
describe('previewDescription', () => {
  it('keeps a description a preview shows whole as it is, white space made single', () => {
    expect(previewDescription(' Fem kommuner fikk ned\n  sykefraværet. ')).toBe('Fem kommuner fikk ned sykefraværet.');
  });

  it('cuts a longer one at a word, with «…», within the preview length', () => {
    const text = `${'Kvalitetskommuneprogrammet samlet kommuner, stat og fagforeninger om bedre tjenester, '.repeat(4)}og mer.`;
    const shown = previewDescription(text);
    expect(shown.length).toBeLessThanOrEqual(previewLength);
    expect(shown.endsWith('…')).toBe(true);
    expect(text.startsWith(shown.slice(0, -1))).toBe(true);
    // At a word: what follows the cut in the text is a space.
    expect(text[shown.length - 1]).toBe(' ');
  });

  it('leaves no comma or dash before the «…»', () => {
    expect(previewDescription('Ordførerne, rådmennene, tillitsvalgte og verneombud møttes', 25)).toBe('Ordførerne, rådmennene…');
  });

  it('cuts inside one word longer than the preview rather than give nothing', () => {
    expect(previewDescription('a'.repeat(30), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});

// Fresh eyes: descriptions cut at a word ended «… med til sammen 137…», «… på en skala fra 1…», «… og hvor du…».
describe('previewDescription at a sentence', () => {
  it('keeps the whole sentences that fit rather than cut inside the next one', () => {
    const text =
      'Hver pulje startet med en oppstartsamling for styringsgruppene i kommunene. Én samling ble holdt i Trondheim og fire på Gardermoen, med til sammen 137 deltakere fra kommunene.';
    expect(previewDescription(text)).toBe('Hver pulje startet med en oppstartsamling for styringsgruppene i kommunene.');
  });

  it('keeps a closing quote with its sentence', () => {
    expect(previewDescription('Rådmannen sa det slik: «Vi fikk det til sammen.» Etterpå gikk alle hjem til sine egne kommuner igjen.', 80)).toBe(
      'Rådmannen sa det slik: «Vi fikk det til sammen.»',
    );
  });

  it('does not end a sentence at an abbreviation or an initial', () => {
    const text = 'Flere kommuner, bl.a. Molde og Askim, fikk hjelp av K. Olsen i arbeidet med sykefraværet gjennom hele programperioden';
    expect(previewDescription(text, 60)).toBe('Flere kommuner, bl.a. Molde og Askim, fikk hjelp av K…');
  });

  it('cuts at a word when the whole sentences that fit are too short to describe the page', () => {
    const text = `Kompetansebanken er for alle. ${'Her står hvilke krav vi arbeider etter, hvordan vi tester, '.repeat(3)}og mer.`;
    const shown = previewDescription(text);
    expect(shown.length).toBeGreaterThan(shortestSentences + 20);
    expect(shown.endsWith('…')).toBe(true);
  });

  it('leaves no number at the end of a cut', () => {
    expect(previewDescription('Kurset fikk 4,8 i snitt på en skala fra 1 til 6 blant alle deltakerne', 45)).toBe('Kurset fikk 4,8 i snitt på en skala…');
    expect(previewDescription('Det ble holdt 36 lokale samlinger i løpet av året', 20)).toBe('Det ble holdt…');
  });

  // Fresh eyes, second round: «… arbeidet med…», «… sykefraværet, og…», «… på Gimle…» is fine, «… og et…» not.
  it('leaves no word at the end that only leads on to the next', () => {
    expect(previewDescription('Programmet samlet kommunene om arbeidet med kvalitet i tjenestene', 46)).toBe('Programmet samlet kommunene om arbeidet…');
    expect(previewDescription('Kommunene fikk ned sykefraværet, og de fikk bedre tjenester', 40)).toBe('Kommunene fikk ned sykefraværet…');
    expect(previewDescription('Rapporten kom etter høsten 2009, og den ble godt mottatt', 40)).toBe('Rapporten kom etter høsten 2009…');
    expect(previewDescription('Samlingene hadde til sammen 137 og flere deltakere', 35)).toBe('Samlingene hadde til sammen…');
  });
});
