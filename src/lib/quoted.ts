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

/**
 * Text with Norwegian quotation marks: “…”, „…“ and ‘…’ around a quote become «…», and a quote inside one ‘…’
 * («Han sa “nei”» is «Han sa ‘nei’»), as Word's English marks are pasted into a title, a name or an ingress. A ’ that
 * closes nothing is an apostrophe («KS’», «’90-tallet») and stays; so does a text whose marks do not pair up, as
 * written. Self-contained: the CMS page runs it from its source (cms/pasted-text-script.ts).
 */
export function norwegianQuotes(text: string): string {
  const open: string[] = [];
  const chars = [...text];
  const out = chars.map((char, i) => {
    const next = chars[i + 1] ?? '';
    const opening = (kind: string) => {
      open.push(kind);
      return open.length === 1 ? '«' : '\u2018';
    };
    const closing = () => {
      open.pop();
      return open.length === 0 ? '»' : '\u2019';
    };
    if (char === '«') return opening('«');
    if (char === '»' && open.at(-1) === '«') return closing();
    if (char === '„') return opening('„');
    if (char === '\u201C') return open.at(-1) === '„' ? closing() : opening('\u201C');
    if (char === '\u201D' && (open.at(-1) === '\u201C' || open.at(-1) === '„')) return closing();
    if (char === '\u2018' && next !== '' && !/[\s\p{N}]/u.test(next)) return opening('\u2018');
    // A ’ before a letter or a digit is an apostrophe inside the word.
    if (char === '\u2019' && open.at(-1) === '\u2018' && !/[\p{L}\p{N}]/u.test(next)) return closing();
    return char;
  });
  return open.length === 0 && !/[\u201C\u201D„]/.test(out.join('')) ? out.join('') : text;
}
