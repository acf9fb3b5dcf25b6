import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './escape-markup.ts';

describe('escapeMarkup', () => {
  it('turns the characters that end text or an attribute into entities, & first so none is escaped twice', () => {
    expect(escapeMarkup(`<a href="x">Tom's & Co</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Co&lt;/a&gt;');
    expect(escapeMarkup('&amp;')).toBe('&amp;amp;');
  });

  it('leaves other text, Norwegian letters and «» included, as it is', () => {
    expect(escapeMarkup('Sykefravær «6,9 %» – Åsnes')).toBe('Sykefravær «6,9 %» – Åsnes');
  });
});
