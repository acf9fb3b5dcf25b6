// Social images from the build cache: a card is redrawn only when its text,
// the drawing code (social-card.ts), its fonts, or sharp (and the libvips and Pango it bundles) changed.
import { cachedFile, cacheKey } from '../build-cache/file-cache.ts';
import sharp from 'sharp';
import { renderSocialCard, type SocialCard } from './social-card.ts';
import { cardFontVersion } from './social-card-fonts.ts';
import drawingCode from './social-card.ts?raw';

let drawingVersion: string | undefined;
/** A digest of everything besides the text that decides a card's pixels; computed once per build. */
function version(): string {
  drawingVersion ??= cacheKey([
    drawingCode,
    cardFontVersion(),
    // sharp's own version and those of libvips, Pango, FreeType and libpng it bundles.
    JSON.stringify(sharp.versions),
  ]);
  return drawingVersion;
}

/** The card's PNG, as renderSocialCard draws it (`draw` and `dir` are for tests). */
export function cachedSocialCard(card: SocialCard, { draw = renderSocialCard, dir }: { draw?: typeof renderSocialCard; dir?: string } = {}): Promise<Buffer> {
  return cachedFile('social-images', [version(), card.kicker, card.title, card.note ?? ''], () => draw(card), dir);
}
