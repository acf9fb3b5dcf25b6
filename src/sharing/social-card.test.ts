import { describe, expect, it } from 'vitest';
import { pngSize } from './png-size.ts';
import { renderSocialCard, titleSize } from './social-card.ts';

describe('social card', () => {
  it('is a 1200×630 PNG, also for a long title with Norwegian letters', async () => {
    const png = await renderSocialCard({
      kicker: 'Pressemelding nr. 3 · mars 2010',
      title: '«Lavere sykefravær? Klart vi kan!» – fem regionale konferanser om sykefravær i Tromsø, Trondheim, Bergen, Oslo og Kristiansand',
    });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeGreaterThan(10_000);
  });

  it('refuses to read a file that is not a PNG', () => {
    expect(() => pngSize(new TextEncoder().encode('GIF89a not a png at all'))).toThrow(/Not a PNG/);
  });

  it('sets long titles smaller', () => {
    expect(titleSize('Kort tittel')).toBeGreaterThan(titleSize('En tittel som er lang nok til å trenge mer enn to linjer på kortet'));
    expect(titleSize('x'.repeat(120))).toBeLessThan(titleSize('x'.repeat(60)));
  });
});
