import { describe, expect, it } from 'vitest';
import { previewDescription, previewLength } from './preview-description.ts';

// Fresh eyes: a news item's share preview began with 111 characters of archive note, and ran past 400 characters.
describe('previewDescription', () => {
  it('keeps a description a preview shows whole as it is, white space made single', () => {
    expect(previewDescription(' Fem kommuner fikk ned\n  sykefraværet. ')).toBe('Fem kommuner fikk ned sykefraværet.');
  });

  it('cuts a longer one at a word, with «…», within the preview length', () => {
    const text = `${'Kvalitetskommuneprogrammet samlet kommuner, stat og fagforeninger om bedre tjenester. '.repeat(4)}Slutt.`;
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
