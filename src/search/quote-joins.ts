// Text the search page writes in the browser («12 treff på «Kvalitetskommuneprogrammet»») has
// none of the build's soft hyphens, so a word longer than a 320 px line is broken wherever it
// overflows, and the closing «»» was left alone on the next line. A word joiner (U+2060) does not
// hold against such a break in Chromium; a no-wrap span does. So each quote mark is kept in one
// unbreakable part with the letter beside it and the punctuation next to it («»)», «(«»).

export interface TextPart {
  text: string;
  /** Shown without a line break inside (the .nowrap class). */
  whole: boolean;
}

const quoteMarks = /[«»]/;
const space = /\s/;

/** `text` in parts, each quote mark in a whole part with its neighbouring characters; the rest may wrap. */
export function quoteJoinedParts(text: string): TextPart[] {
  const chars = [...text];
  const whole = chars.map(() => false);
  const isLetter = (index: number) => /[\p{L}\p{N}]/u.test(chars[index] ?? '');
  const isMark = (index: number) => index >= 0 && index < chars.length && !space.test(chars[index]!) && !isLetter(index);
  chars.forEach((char, index) => {
    if (!quoteMarks.test(char)) return;
    // The punctuation touching the mark on both sides, and the first letter on the side of its word.
    let start = index;
    let end = index;
    while (isMark(start - 1)) start--;
    while (isMark(end + 1)) end++;
    if (char === '«' && isLetter(end + 1)) end++;
    if (char === '»' && isLetter(start - 1)) start--;
    for (let i = start; i <= end; i++) whole[i] = true;
  });
  const parts: TextPart[] = [];
  chars.forEach((char, index) => {
    const last = parts.at(-1);
    if (last && last.whole === whole[index]) last.text += char;
    else parts.push({ text: char, whole: whole[index]! });
  });
  return parts;
}
