import { describe, expect, it } from 'vitest';
import { isNynorsk, nynorskQuoteParts } from './nynorsk-quotes.ts';

describe('isNynorsk', () => {
  it('takes a text with two or more words only nynorsk has as nynorsk', () => {
    expect(isNynorsk('Me er utruleg stolte over at eit av våre prosjekt vart presentert')).toBe(true);
    expect(isNynorsk('Dei tilsette har gjort ein kjempejobb')).toBe(true);
  });

  it('does not take bokmål, or bokmål quoting one nynorsk word, as nynorsk', () => {
    expect(isNynorsk('Vi er utrolig stolte over at ett av prosjektene ble presentert')).toBe(false);
    expect(isNynorsk('Skiltet sa «ikkje parker her», og det gjorde vi ikke')).toBe(false);
  });
});

describe('nynorskQuoteParts', () => {
  it('cuts a text into its nynorsk quotes and the rest', () => {
    expect(nynorskQuoteParts('Hun skrev: «Me er utruleg stolte over eit av prosjekta.» Så gikk hun.')).toEqual([
      { text: 'Hun skrev: ', nynorsk: false },
      { text: '«Me er utruleg stolte over eit av prosjekta.»', nynorsk: true },
      { text: ' Så gikk hun.', nynorsk: false },
    ]);
  });

  it('gives a text quoting no nynorsk back as one part', () => {
    expect(nynorskQuoteParts('Han sa «vi fikk det til».')).toEqual([{ text: 'Han sa «vi fikk det til».', nynorsk: false }]);
    expect(nynorskQuoteParts('')).toEqual([{ text: '', nynorsk: false }]);
  });
});
