// Characters that stand in a text unseen: Word, PDFs and web pages bring them along inside words and around them,
// and our own pages carry soft hyphens. One list, named, for every place that finds or removes them: the content
// check (which names them in Norwegian), the CMS's paste and field cleaning (pasted-text-script.ts) and the numbers
// the SPC tool reads (spc/parse.ts); the words the search reads (search/words.ts) write invisibleInWords out, for the
// first search's weight, and its test holds the two the same. Each takes the ones it needs.

/** Soft hyphen: a break point shown only at a line's end (the pages' hyphenation, src/hyphenation/). */
export const softHyphen = '\u00AD';
/** Zero-width space: a break point without a hyphen. */
export const zeroWidthSpace = '\u200B';
/** Zero-width non-joiner: Word's «No-Width Optional Break». */
export const zeroWidthNonJoiner = '\u200C';
/** Zero-width joiner: Word's «No-Width Non Break»; in an emoji («👩‍💻») it joins the pictures. */
export const zeroWidthJoiner = '\u200D';
/** Word joiner: keeps the characters around it on one line. */
export const wordJoiner = '\u2060';
/** Byte order mark (also the old zero-width no-break space). */
export const byteOrderMark = '\uFEFF';
/** Left-to-right and right-to-left marks. */
export const directionMarks = '\u200E\u200F';
/** Embeddings, overrides and isolates of text direction, and what ends them (U+202A–202E, U+2066–2069). */
export const directionControls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';

/** What splits a word without being seen: soft hyphens, zero-width spaces and joiners, word joiners, byte order marks. */
export const invisibleInWords = `${softHyphen}${zeroWidthSpace}${zeroWidthNonJoiner}${zeroWidthJoiner}${wordJoiner}${byteOrderMark}`;
