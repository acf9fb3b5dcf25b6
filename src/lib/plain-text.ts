// Plain-text files the site publishes (a newsletter's text part, its HTML code
// for the mailing tool) are UTF-8. Not every server says so: `astro preview`
// (npm start) sends .txt as text/plain without a charset, and Chromium then
// showed «fÃ¸rste» for «første». A byte order mark first makes browsers and
// Notepad read the file as UTF-8 whatever the server sends; a browser does not
// show it or copy it with the text.

/** The response for a plain-text file: `text` with a byte order mark first, as UTF-8 text/plain. */
export function plainTextResponse(text: string): Response {
  return new Response(`\uFEFF${text}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * Struck-out text («~~tirsdag~~ onsdag») in the plain-text outputs (the newsletter's text part, a template's
 * .txt): marked as Markdown marks it, so the struck-out word does not read as if it stood.
 */
export const struckOutMark = '~~';

/** How a column of a plain-text table is aligned, as Markdown says («| ---: |»); a column of numbers is right-aligned. */
export type ColumnAlign = 'left' | 'right' | 'center' | null | undefined;

/** A cell's text padded to `width` characters (in a fixed-width font), aligned as its column is. */
export function padCell(text: string, width: number, align: ColumnAlign): string {
  const space = Math.max(0, width - [...text].length);
  if (align === 'right') return ' '.repeat(space) + text;
  if (align === 'center') return ' '.repeat(Math.floor(space / 2)) + text + ' '.repeat(Math.ceil(space / 2));
  return text + ' '.repeat(space);
}

/**
 * An image where the picture does not come along (the downloads, the newsletter's text part): its alt text, said
 * to be an image («[Bilde: Kart over Porsáŋgu]»), not read as words of the sentence («og se Kart over Porsáŋgu»).
 */
export function imageText(alt: string | null | undefined): string {
  const text = (alt ?? '').replaceAll('\u00AD', '').replace(/\s+/g, ' ').trim();
  return text ? `[Bilde: ${text}]` : '';
}
