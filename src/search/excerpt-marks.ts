// Pagefind marks a hit as the text between two spaces, punctuation and all: «<mark>Nøtterøy,</mark>», «<mark>hjelpepleiere/</mark>»,
// «<mark>(NAV</mark>», «<mark>sykefravær?»</mark>», «<mark>jobb]</mark>» (a template's «[telefon på jobb]»). A
// reader's eye takes the mark for the word found, so the mark is on the word only; a hyphenated compound
// («Aurskog-Høland») and signs inside a term («O/F», «10,2») keep theirs.

/** A mark with the punctuation before and after its word. Pagefind escapes < and > only: the «;» of «&lt;» stays. */
const marked = /<mark>([«([“"'‘„]*)([^<]*?)((?:[.,:!?»)\]”’"'…/]|(?<!&[gl]t);)*)<\/mark>/g;

/** Pagefind's excerpt with each <mark> around its word only, the punctuation beside it outside (a mark of punctuation alone stays). */
export const withMarksOnWords = (excerpt: string): string =>
  excerpt.replace(marked, (mark, before: string, word: string, after: string) => (word ? `${before}<mark>${word}</mark>${after}` : mark));
