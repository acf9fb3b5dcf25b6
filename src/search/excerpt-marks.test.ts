import { describe, expect, it } from 'vitest';
import { withMarksOnWords } from './excerpt-marks.ts';

describe('withMarksOnWords', () => {
  it('leaves punctuation after a word outside its mark', () => {
    expect(withMarksOnWords('Tønsberg og <mark>Nøtterøy,</mark> to kommuner')).toBe('Tønsberg og <mark>Nøtterøy</mark>, to kommuner');
    // A slash too: the word before it in «hjelpepleiere/omsorgsarbeidere», which the index breaks after the slash (extra-terms.ts).
    for (const mark of ['.', ',', ':', ';', '!', '?', '»', ')', ']', '”', '’', '…', '?»', ').', '],', '/'])
      expect(withMarksOnWords(`<mark>Nøtterøy${mark}</mark>`), mark).toBe(`<mark>Nøtterøy</mark>${mark}`);
  });

  it('leaves punctuation before a word outside its mark', () => {
    for (const mark of ['«', '(', '[', '“', '„', '‘', '(«'])
      expect(withMarksOnWords(`<mark>${mark}Nøtterøy</mark>`), mark).toBe(`${mark}<mark>Nøtterøy</mark>`);
    expect(withMarksOnWords('<mark>«sykefravær»,</mark>')).toBe('«<mark>sykefravær</mark>»,');
  });

  it('keeps a hyphenated compound, signs inside a term and a number whole', () => {
    expect(withMarksOnWords('<mark>Aurskog-Høland,</mark>')).toBe('<mark>Aurskog-Høland</mark>,');
    expect(withMarksOnWords('<mark>K</mark> <mark>=</mark> <mark>O/F.</mark>')).toBe('<mark>K</mark> <mark>=</mark> <mark>O/F</mark>.');
    expect(withMarksOnWords('<mark>10,2</mark> prosent')).toBe('<mark>10,2</mark> prosent');
    expect(withMarksOnWords('<mark>sykefraværs-</mark> og nærværsarbeid')).toBe('<mark>sykefraværs-</mark> og nærværsarbeid');
  });

  it('keeps a mark that is punctuation only, and an escaped < or > whole', () => {
    expect(withMarksOnWords('<mark>…</mark>')).toBe('<mark>…</mark>');
    expect(withMarksOnWords('<mark>&gt;</mark> 5')).toBe('<mark>&gt;</mark> 5');
    expect(withMarksOnWords('<mark>a&lt;b;</mark>')).toBe('<mark>a&lt;b</mark>;');
  });

  it('leaves an excerpt without marks as it is', () => {
    expect(withMarksOnWords('Nøtterøy, Tønsberg.')).toBe('Nøtterøy, Tønsberg.');
  });
});
