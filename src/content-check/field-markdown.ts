// Markdown typed in a text field of the frontmatter (a title, an ingress, a quote) is shown as typed: the fields are
// plain text on the page, in lists, feeds and the e-mail, so «[rapporten](/kilder/)» stood there with its brackets and
// «**viktig**» with its stars (fresh eyes, the CMS's «Ingress»). Reported with what to write instead; not removed
// silently, as the editor meant a link or bold type the field cannot give.

/** A Markdown link, «[text](address)». */
const link = /\[([^\]\n]+)\]\(([^()\s]*)\)/;
/** Bold or a heading's «#»: «**text**», «__text__», «## text» at the start. */
const bold = /(\*\*|__)(?=\S)[^\n]*?\S\1/;
const heading = /^\s*(#{1,6})\s/;
/** Italic or struck-through words: «*text*», «_text_», «~~text~~», the marks at a word's edges. */
const emphasis = /(?<![\p{L}\p{N}*_~])(~~|\*|_)(?=[^\s*_~])[^\n]*?[^\s*_~]\1(?![\p{L}\p{N}*_~])/u;
/** An address in angle brackets, Markdown's autolink: «<https://www.ks.no/>», «<post@ks.no>». */
const autolink = /<((?:https?:\/\/|mailto:)[^<>\s]+|[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)>/i;
/** An HTML tag, «<b>», «</b>», «<br>», «<br/>». */
const tag = /<\/?([a-z][a-z0-9]*)\b[^<>]*>/i;
/** An HTML entity, «&amp;», «&nbsp;», «&#8211;». */
const entity = /&(?:[a-z]+|#\d+|#x[\da-f]+);/i;

/** What a text field's Markdown would show on the page, and what to write instead; undefined when it has none. */
export function markdownInField(text: string): string | undefined {
  const linked = link.exec(text);
  if (linked)
    return `lenken «${linked[0]}» vises som den står, med klammer og parentes: feltet er vanlig tekst. Skriv bare «${linked[1]}» her, og sett lenken i teksten («Tekst (Markdown)»)`;
  const strong = bold.exec(text);
  if (strong)
    return `«${strong[0]}» vises med «${strong[1]}» rundt ordene: feltet er vanlig tekst og kan ikke ha fet skrift. Ta bort «${strong[1]}»`;
  const marked = heading.exec(text);
  if (marked) return `«${marked[1]}» i starten vises som det står: feltet er vanlig tekst og kan ikke være en mellomtittel. Ta bort «${marked[1]}»`;
  const styled = emphasis.exec(text);
  if (styled) {
    const kind = styled[1] === '~~' ? 'gjennomstreking' : 'kursiv';
    return `«${styled[0]}» vises med «${styled[1]}» rundt ordene: feltet er vanlig tekst og kan ikke ha ${kind}. Ta bort «${styled[1]}»`;
  }
  const address = autolink.exec(text);
  if (address) return `«${address[0]}» vises med «<» og «>» rundt: feltet er vanlig tekst. Skriv bare ${address[1]}`;
  const html = tag.exec(text);
  if (html) return `HTML-koden «${html[0]}» vises som den står: feltet er vanlig tekst. Ta den bort${/^br$/i.test(html[1]!) ? ' (feltet har ingen linjeskift)' : ''}`;
  const named = entity.exec(text);
  if (named) return `«${named[0]}» vises som det står: feltet er vanlig tekst. Skriv tegnet selv (for eksempel «&» for «&amp;», et vanlig mellomrom for «&nbsp;»)`;
  return undefined;
}
