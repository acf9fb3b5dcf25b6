// The browser script for text pasted into the CMS (pasted-text.js), with turndown, the library it turns
// the clipboard's HTML into Markdown by: its browser build as npm ships it, sent inside the CMS start
// script (start-script.ts) and run as the unit tests run it.
import turndownScript from 'turndown/lib/turndown.browser.umd.js?raw';
import pastedTextScript from './pasted-text.js?raw';
import { bulletSigns, symbolBulletSigns, tabbedBulletSigns } from '../lib/word-bullet-signs.ts';
import { norwegianQuotes } from '../lib/quoted.ts';
import { localAddress } from '../lib/local-address.ts';
import {
  byteOrderMark,
  directionControls,
  directionMarks,
  softHyphen,
  wordJoiner,
  zeroWidthJoiner,
  zeroWidthNonJoiner,
  zeroWidthSpace,
} from '../lib/invisible-characters.ts';

/** Characters as \\uXXXX escapes, so the script's source shows which they are. */
const escaped = (characters: string) => [...characters].map((c) => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join('');

/**
 * What pasted-text.js removes as invisible: soft hyphens, zero-width spaces and joiners, Word's «No-Width Optional
 * Break» (U+200C) and «No-Width Non Break» (U+200D before a letter; in an emoji it joins pictures), word joiners,
 * direction marks and controls, a BOM and the combining grapheme joiner (U+034F). No lookbehind: Safari before 16.4
 * could not read the script at all.
 */
const invisible = new RegExp(
  `[${escaped(`${softHyphen}${zeroWidthSpace}${zeroWidthNonJoiner}${wordJoiner}${byteOrderMark}${directionMarks}${directionControls}\u034F`)}]|${escaped(zeroWidthJoiner)}(?=\\p{L})`,
  'gu',
);
/** A bullet typed or pasted at the start of a line: a Word bullet sign, or a dash, «o» or «-» with Word's tab after it. */
const bullet = new RegExp(`^[ \\t\\u00A0]*(?:[${bulletSigns}]|[${tabbedBulletSigns}-](?=[ \\u00A0]*\\t))[ \\t\\u00A0]*(?=\\S)`);

/** Word's Symbol and Wingdings bullets anywhere in a line: private characters, an empty box outside those fonts. */
const symbolBullet = new RegExp(`[${escaped(symbolBulletSigns)}]`, 'g');

/** A UMD build as an expression of what it exports: the page has no module loader, and its globals stay as they are. */
const umdExports = (source: string) => `((module, exports) => {\n${source}\nreturn module.exports;\n})({ exports: {} }, {})`;

export const pastedTextScripts = `window.kompetansebankenTurndown = ${umdExports(turndownScript)};\nwindow.kompetansebankenPastedPatterns = { invisible: ${invisible}, bullet: ${bullet}, symbolBullet: ${symbolBullet}, localAddress: ${localAddress} };\nwindow.kompetansebankenNorwegianQuotes = ${norwegianQuotes.toString()};\n${pastedTextScript}`;
