// Social images from the build cache: a card is redrawn only when its text,
// the drawing code (social-card.ts), its fonts, satori or sharp (and its libvips) changed.
import { cachedFile, cacheKey } from '../build-cache/file-cache.ts';
import { packageVersion } from '../build-cache/package-version.ts';
import sharp from 'sharp';
import { renderSocialCard, socialCardFonts, type SocialCard } from './social-card.ts';
import drawingCode from './social-card.ts?raw';

let drawingVersion: string | undefined;
/** A digest of everything besides the text that decides a card's pixels; computed once per build. */
function version(): string {
  drawingVersion ??= cacheKey([
    drawingCode,
    socialCardFonts().map((font) => [font.name, String(font.weight), font.data]),
    packageVersion('satori'),
    // sharp's own version and those of libvips, librsvg and libpng it bundles.
    JSON.stringify(sharp.versions),
  ]);
  return drawingVersion;
}

/** The card's PNG, as renderSocialCard draws it (`draw` and `dir` are for tests). */
export function cachedSocialCard(card: SocialCard, { draw = renderSocialCard, dir }: { draw?: typeof renderSocialCard; dir?: string } = {}): Promise<Buffer> {
  return cachedFile('social-images', [version(), card.kicker, card.title], () => draw(card), dir);
}
