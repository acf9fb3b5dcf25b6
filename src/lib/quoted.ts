// Text in Norwegian quotation marks, «…», never a quote inside a quote: a title that has «» itself
// («Film om «Langtidsfrisk»») gave «Film om «Langtidsfrisk»». Norwegian practice (Språkrådet) marks a
// quote inside a quote with single marks (‹ › or ‘ ’); the site's Markdown already writes 'sitat' as ‘sitat’
// (markdown/remark-norwegian-typography.ts), so ‘ ’ it is: «Film om ‘Langtidsfrisk’». Every place
// that puts a title, a name or a quote in «» goes through here.

/** Quotation marks inside the text become single marks: «», “” and „“ are ‘’. */
export function innerQuotes(text: string): string {
  return text
    .replace(/„([^“”]*)[“”]/g, '\u2018$1\u2019')
    .replace(/[«“]/g, '\u2018')
    .replace(/[»”]/g, '\u2019');
}

/** `text` in «», its own quotation marks made single: «Veien videre», «Film om ‘Langtidsfrisk’». */
export function quoted(text: string): string {
  return `«${innerQuotes(text)}»`;
}
