// Draws a social image (1200×630 PNG): site name, a kicker, the title and
// the programme line, on the site's accent colour. Pango (in sharp's libvips)
// lays out and draws the text with Inter from node_modules (no network); the
// background with the site name and programme line is drawn once per build,
// and the text laid on it in libvips, so a card allocates no large buffer in
// JavaScript (issue 17: see TextLayer).
import sharp, { type CreateText, type OverlayOptions } from 'sharp';
import { escapeMarkup } from '../lib/escape-markup.ts';
import { siteText } from '../lib/site-text.ts';
import { registerCardFonts } from './social-card-fonts.ts';

export const socialCardSize = { width: 1200, height: 630 } as const;

export interface SocialCard {
  /** A short line above the title: «Godt eksempel fra Mandal», «Pressemelding nr. 4 · juni 2010». */
  kicker: string;
  title: string;
  /** A line above the programme line, for what the entry is not: «Skrevet for Kompetansebanken – ikke en original pressemelding …». */
  note?: string | undefined;
}

// From designsystemet.config.json: the accent and the warm support colour.
const accent = '#1b5e7a';
const warm = '#b5531c';
/** The warm border along the bottom (px). */
const border = 24;
/** Space around the text (px): above and below, left and right. */
const padding = { block: 64, inline: 72 } as const;
/** The width the text gets (px). */
export const textWidth = socialCardSize.width - 2 * padding.inline;
/** Smallest title size (px); a word too long even at this size is broken with a hyphen. */
const minTitleSize = 40;
const titleLineHeight = 1.12;
const maxTitleLines = 4;
/** Type sizes (px) of the other lines, and the space (px) between the kicker and the title. */
const siteNameSize = 34;
const programmeSize = 26;
const kickerSize = 30;
const kickerGap = 20;
/** Space (px) between the note and the programme line under it. */
const noteGap = 10;
/** drawText's line height when none is given. */
const defaultLineHeight = 1.2;

/**
 * A letter's width in Inter Bold, in em, rounded up: a little wide on
 * purpose, so a word measured here always fits (tested in social-card.test.ts).
 */
function letterWidth(letter: string): number {
  if (/[iljtfrı.,:;'’!|\s-]/.test(letter)) return 0.4;
  if (/[mwMWÆæŋŊ]/.test(letter)) return 0.98;
  if (letter !== letter.toLowerCase()) return 0.78;
  return 0.64;
}
const wordWidth = (word: string) => [...word].reduce((sum, letter) => sum + letterWidth(letter), 0);

/** Long titles get a smaller size so they fit in four lines, and long words one that fits the width. */
export function titleSize(title: string): number {
  const length = [...title].length;
  const byLength = length <= 45 ? 72 : length <= 80 ? 60 : 50;
  const longest = Math.max(0, ...title.split(/\s+/).map(wordWidth));
  return Math.max(minTitleSize, Math.min(byLength, Math.floor(textWidth / longest)));
}

/** Words too long for one line even at the smallest size are broken with a hyphen, never cut off. */
export function breakLongWords(title: string, size: number): string {
  const room = textWidth / size;
  return title
    .split(/(\s+)/)
    .map((word) => {
      if (wordWidth(word) <= room) return word;
      const parts: string[] = [];
      let part = '';
      for (const letter of word) {
        if (wordWidth(`${part}${letter}-`) > room) {
          parts.push(part);
          part = '';
        }
        part += letter;
      }
      return [...parts, part].join('-');
    })
    .join('');
}

/**
 * White text drawn by Pango, as sharp's composite input, and its size (px).
 * Drawn inside libvips, never copied into JavaScript: the RGBA copies and the
 * canvas a card took (4 MB) made V8 collect its whole heap again and again in
 * the build, where it is large, and a card cost 58 ms instead of 8 (issue 17).
 */
interface TextLayer {
  input: { text: CreateText };
  width: number;
  height: number;
}

/**
 * `text` in Inter at `size` px with lines `lineHeight` sizes apart (as in CSS),
 * wrapped to the text width (a word too wide is broken at a letter, never cut
 * off), at `opacity` (0–1).
 */
async function drawText(text: string, size: number, { bold = false, lineHeight = defaultLineHeight, oneLine = false, opacity = 1 } = {}): Promise<TextLayer> {
  const markup = `<span foreground="white" alpha="${Math.round(opacity * 100)}%" font_family="Inter" weight="${bold ? 700 : 400}" size="${Math.round(size * 1024)}" line_height="${Math.round(lineHeight * size * 1024)}">${escapeMarkup(text)}</span>`;
  await registerCardFonts();
  // dpi 72: a point is a pixel.
  const input = { text: { text: markup, width: textWidth, dpi: 72, rgba: true, wrap: oneLine ? 'none' : 'word-char' } } as const;
  const { width, height } = await sharp(input).metadata();
  return { input, width, height };
}

/** The layer placed at (left, top), cut to `width` × `height` px where it is larger (what falls outside is left out). */
async function place(layer: TextLayer, left: number, top: number, width: number, height: number): Promise<OverlayOptions> {
  if (layer.width <= width && layer.height <= height) return { input: layer.input, left, top };
  const cut = { left: 0, top: 0, width: Math.min(layer.width, width), height: Math.min(layer.height, height) };
  return { input: await sharp(layer.input).extract(cut).png().toBuffer(), left, top };
}

const rawRgb = { raw: { ...socialCardSize, channels: 3 } } as const;

let background: Promise<Buffer> | undefined;
/** The card without kicker and title: colours, site name and programme line, as RGB pixels. */
function drawBackground(): Promise<Buffer> {
  background ??= (async () => {
    const { width, height } = socialCardSize;
    const name = await drawText(siteText.siteName, siteNameSize, { bold: true, oneLine: true });
    const programme = await drawText(`${siteText.programme} ${siteText.years}`, programmeSize, { oneLine: true });
    const textHeight = height - border - padding.block;
    return sharp({ create: { ...socialCardSize, channels: 3, background: accent } })
      .composite([
        { input: { create: { width, height: border, channels: 3, background: warm } }, left: 0, top: height - border },
        await place(name, padding.inline, padding.block, textWidth, textHeight),
        await place(programme, padding.inline, textHeight - programme.height, textWidth, programme.height),
      ])
      .removeAlpha()
      .raw()
      .toBuffer();
  })();
  return background;
}

// The drawn text is as tall as its ink: about one size for the first line, then the line height for each further line.
const fitsTitle = (image: TextLayer, size: number) => image.height <= Math.ceil(size * (1.1 + (maxTitleLines - 1) * titleLineHeight));

/**
 * The title at the largest size from titleSize down that fits in four lines; a title too long for
 * four lines even at the smallest size ends in «…» after the last word that fits.
 */
async function drawTitle(title: string): Promise<TextLayer> {
  const draw = (text: string, size: number) => drawText(breakLongWords(text, size), size, { bold: true, lineHeight: titleLineHeight });
  for (let size = titleSize(title); size - 4 >= minTitleSize; size -= 4) {
    const image = await draw(title, size);
    if (fitsTitle(image, size)) return image;
  }
  const whole = await draw(title, minTitleSize);
  if (fitsTitle(whole, minTitleSize)) return whole;
  // Fewer words until it fits, found by halving (a long title takes a few drawings, not one per word);
  // one word is drawn however long (the card crops it).
  const words = title.split(/\s+/);
  const shortened = (count: number) => draw(`${words.slice(0, count).join(' ')} …`, minTitleSize);
  let [fits, over] = [1, words.length];
  let best = await shortened(1);
  while (over - fits > 1) {
    const middle = Math.floor((fits + over) / 2);
    const image = await shortened(middle);
    if (fitsTitle(image, minTitleSize)) [fits, best] = [middle, image];
    else over = middle;
  }
  return best;
}

/** `line` on one line at `size`: a line too long for it ends in «…» after the last word that fits. */
async function drawLine(line: string, size: number): Promise<TextLayer> {
  const words = line.split(/\s+/);
  for (let count = words.length; ; count--) {
    const text = count === words.length ? line : `${words.slice(0, count).join(' ')} …`;
    const image = await drawText(text, size, { oneLine: true, opacity: 0.9 });
    if (image.width <= textWidth || count <= 1) return image;
  }
}

/** The kicker on one line. */
const drawKicker = (kicker: string) => drawLine(kicker, kickerSize);

/**
 * The text without emoji, which the card's fonts do not have: «Nærvær 🚀» was drawn with a missing-glyph box (fresh
 * eyes). An emoji is a character shown as one by default, or any pictograph with the emoji variation selector, with
 * what joins or modifies it; «©», «™» and arrows, which Inter has, stay.
 */
export const withoutEmoji = (text: string): string =>
  text
    .replace(/\p{Extended_Pictographic}\uFE0F|\p{Emoji_Presentation}|[\u200D\uFE0F\u20E3\u{E0020}-\u{E007F}]/gu, '')
    .replace(/\s{2,}/g, ' ')
    .trim();

/** The card as a PNG; the same bytes for the same card (no metadata or time is written). */
export async function renderSocialCard(card: SocialCard): Promise<Buffer> {
  const kicker = withoutEmoji(card.kicker);
  const title = withoutEmoji(card.title);
  const note = card.note === undefined ? undefined : withoutEmoji(card.note);
  const kickerImage = await drawKicker(kicker);
  const titleImage = await drawTitle(title);
  // The note is one line, over the programme line, in its size (a note too long for it ends in «…», as a kicker).
  const noteImage = note ? await drawLine(note, programmeSize) : undefined;
  const programmeTop = socialCardSize.height - border - padding.block - programmeSize * defaultLineHeight;
  const noteTop = Math.round(programmeTop - noteGap - (noteImage?.height ?? 0));
  // Kicker and title sit in the middle of the space between the site name and the programme line (or the note), as one block.
  const space = {
    top: padding.block + siteNameSize * defaultLineHeight,
    bottom: noteImage ? noteTop - kickerGap : programmeTop,
  };
  const block = kickerImage.height + kickerGap + Math.min(titleImage.height, space.bottom - space.top);
  const top = Math.round(space.top + Math.max(0, (space.bottom - space.top - block) / 2));
  const titleTop = top + kickerImage.height + kickerGap;
  return sharp(await drawBackground(), rawRgb)
    .composite([
      await place(kickerImage, padding.inline, top, textWidth, kickerImage.height),
      await place(titleImage, padding.inline, titleTop, textWidth, Math.floor(space.bottom) - titleTop),
      ...(noteImage ? [await place(noteImage, padding.inline, noteTop, textWidth, noteImage.height)] : []),
    ])
    .removeAlpha()
    // Level 4: 2.7 ms a card to encode instead of 3.8 ms (level 6), for 5 % more bytes.
    .png({ compressionLevel: 4 })
    .toBuffer();
}
