// A newsletter as e-mail: HTML for the mailing tool (styles inlined by juice,
// a 600 px table layout, absolute links, preheader, unsubscribe placeholder)
// and a plain-text version made from the same content by html-to-text. The
// HTML comes twice: for the web, where «Meld deg av» goes to the site's page
// on unsubscribing (the placeholder would be a broken link there), and as the
// code the secretariat copies into the mailing tool, with the placeholder.
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { convert, type HtmlToTextOptions } from 'html-to-text';
import juice from 'juice';
import { siteText } from '../lib/site-text.ts';
import { rendererOptions } from '../markdown/plugins.ts';
import { rehypeAbsoluteUrls } from './rehype-absolute-urls.ts';
import { rehypeMailClient } from './rehype-mail-client.ts';
import styles from './newsletter-email.css?raw';
import { unsubscribePlaceholder } from './unsubscribe.ts';
import { escapeMarkup } from '../lib/escape-markup.ts';
import { archiveDescription } from '../lib/archive-note.ts';
import { organisationContact } from '../lib/contact.ts';
import { imageText, struckOutMark } from '../lib/plain-text.ts';
import { alignedTable } from './text-table.ts';


export interface NewsletterEmail {
  lang: string;
  title: string;
  /** «Nyhetsbrev nr. 1 · desember 2008». */
  kicker: string;
  /** The frontmatter's preheader; the e-mail puts the archive note before it (archiveDescription). */
  preheader: string;
  summary: string;
  /** That the issue was written for Kompetansebanken, not sent by the programme (src/lib/archive-note.ts); none for a new issue. */
  note: string | undefined;
  /** The issue's web page, absolute. */
  webUrl: URL;
  /** What the site says about unsubscribing, absolute: «Meld deg av» in the e-mail on the web goes there. */
  unsubscribeInfoUrl: URL;
  /** The MDX body; newsletters are plain Markdown. */
  markdown: string;
  /** The absolute address of an image in the body the site's build makes, by its path as written (newsletter-images.ts). */
  imageAddress?: (src: string) => Promise<string | undefined>;
  items: { title: string; summary: string; url: URL }[];
}

/**
 * The body as HTML with the site's Markdown pipeline, links made absolute; `part: 'html'` also makes what
 * a mail client cannot show into what it can (rehype-mail-client.ts), `'text'` leaves that to html-to-text.
 */
export async function renderBody(markdown: string, webUrl: URL, part: 'html' | 'text', image?: NewsletterEmail['imageAddress'], lang = 'nb'): Promise<string> {
  const processor = await createMarkdownProcessor({
    ...rendererOptions,
    rehypePlugins: [...rendererOptions.rehypePlugins, [rehypeAbsoluteUrls, { base: webUrl, image }], ...(part === 'html' ? [rehypeMailClient] : [])],
  });
  // The issue's language, for the words around its footnotes (rehype-footnote-language.ts).
  return (await processor.render(markdown, { frontmatter: { lang } })).code;
}

/**
 * The footer's words, beside the archive note: an issue is a copy in Kompetansebanken's archive, read on the web as
 * often as received, so it tells a reader who gets it by e-mail how to stop, without claiming that the reader signed
 * up, or that the programme sent it (it said «Du får dette nyhetsbrevet fra Kvalitetskommuneprogrammet fordi du har
 * meldt deg på det», under a note saying the issue is not the programme's).
 */
const unsubscribeQuestion = `Får du nyhetsbrevet fra ${siteText.siteName} på e-post og vil ikke ha det lenger?`;
/**
 * The programme's postal address from the sources (S001), said to be the programme's, not the sender's. An archive
 * issue gives it as the address the programme had (it ended in 2010; fresh eyes read «Programmets postadresse» as a
 * programme still to be written to); a new issue from the secretariat keeps its present-tense line.
 */
export function footerAddress(email: Pick<NewsletterEmail, 'note'>): string {
  const address = `${organisationContact.name}, ${organisationContact.address.join(', ')}`;
  return email.note === undefined ? `Programmets postadresse: ${address}` : `Programmets postadresse i programperioden ${siteText.years} var ${address}.`;
}

function itemsHtml(items: NewsletterEmail['items']): string {
  if (items.length === 0) return '';
  const rows = items
    .map(
      (item) =>
        `<p class="item"><a class="item-title" href="${escapeMarkup(item.url.href)}">${escapeMarkup(item.title)}</a><br>${escapeMarkup(item.summary)}</p>`,
    )
    .join('\n');
  return `<tr><td class="items"><h2>I denne utgaven</h2>\n${rows}</td></tr>`;
}

/**
 * Who the HTML is for: `web`, the e-mail as it looks, opened in a browser from the site; `tool`, the code
 * for the mailing tool, whose unsubscribe link is the placeholder the tool fills in for each recipient.
 */
export type EmailCopy = 'web' | 'tool';

/** Where «Meld deg av» goes: the tool's placeholder, or for readers the site's section on unsubscribing. */
const unsubscribeAddress = (email: NewsletterEmail, copy: EmailCopy) => (copy === 'tool' ? unsubscribePlaceholder : email.unsubscribeInfoUrl.href);

/** The e-mail as HTML, every style inlined. */
export async function newsletterEmailHtml(email: NewsletterEmail, copy: EmailCopy): Promise<string> {
  const unsubscribe = unsubscribeAddress(email, copy);
  const body = await renderBody(email.markdown, email.webUrl, 'html', email.imageAddress, email.lang);
  // The preheader is what an inbox shows beside the title: the archive note first, as in every description shared
  // (archive-note.ts), since the preheader alone read as the programme's own issue. Filler after it keeps mail
  // clients from showing body text after it in the inbox.
  const filler = '&#8199;&#847;'.repeat(40);
  const html = `<!doctype html>
<html lang="${escapeMarkup(email.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${escapeMarkup(email.title)}</title>
<style>${styles}</style>
</head>
<body>
<div class="preheader" style="display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all">${escapeMarkup(email.note === undefined ? email.preheader : archiveDescription('nyhetsbrev', email.preheader))}${filler}</div>
<table role="presentation" class="outer" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td align="center">
<table role="presentation" class="frame" width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td class="masthead"><strong>${siteText.siteName}</strong><br>${escapeMarkup(email.kicker)}</td></tr>
<tr><td class="view-online">Ser e-posten rar ut? <a href="${escapeMarkup(email.webUrl.href)}">Les nyhetsbrevet på nettet</a>.</td></tr>
<tr><td class="content">
<h1>${escapeMarkup(email.title)}</h1>
<p class="ingress">${escapeMarkup(email.summary)}</p>
${email.note === undefined ? '' : `<p class="archive-note">${escapeMarkup(email.note)}</p>\n`}${body}
</td></tr>
${itemsHtml(email.items)}
<tr><td class="footer">${escapeMarkup(unsubscribeQuestion)}
<a href="${escapeMarkup(unsubscribe)}">Meld deg av nyhetsbrevet</a>.<br>${escapeMarkup(footerAddress(email))}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
  return juice(html, { preserveMediaQueries: true, removeStyleTags: true, applyWidthAttributes: true, applyAttributesTableElements: true });
}

interface DomNode {
  type?: string;
  data?: string;
  children?: DomNode[];
}
const textOf = (node: DomNode): string => (node.type === 'text' ? (node.data ?? '') : (node.children ?? []).map(textOf).join(''));

const textOptions: HtmlToTextOptions = {
  wordwrap: 72,
  formatters: {
    // A checklist item keeps its state: «[x] Gjort», «[ ] Ikke gjort».
    checkbox: (elem, _walk, builder) => builder.addInline(elem.attribs?.['checked'] === undefined ? '[ ] ' : '[x] '),
    // An e-mail address once, with its æøå (the page's link has them percent-encoded).
    mailLink: (elem, walk, builder) => {
      walk(elem.children, builder);
      const address = decodeURIComponent(String(elem.attribs?.['href'] ?? '').replace(/^mailto:/i, ''));
      if (address !== textOf(elem)) builder.addInline(` [${address}]`);
    },
    // Struck-out text marked as in Markdown: «~~tirsdag~~ onsdag» read «tirsdag onsdag», as if the word stood.
    struckOut: (elem, walk, builder) => {
      builder.addInline(struckOutMark);
      walk(elem.children, builder);
      builder.addInline(struckOutMark);
    },
    // An image as «[Bilde: alt]», as in the downloads: its alt and address read as words of the sentence.
    image: (elem, _walk, builder) => builder.addInline(imageText(elem.attribs?.['alt'])),
    // Columns lined up, each aligned as on the page: numbers to the right (text-table.ts).
    alignedTable,
    // A footnote reference as «[1]», not «1 [https://…#user-content-fn-1]».
    footnoteRef: (elem, walk, builder) => {
      builder.addInline('[');
      walk(elem.children, builder);
      builder.addInline(']');
    },
  },
  selectors: [
    // The title after one blank line, as every paragraph (html-to-text puts two before a heading).
    { selector: 'h1', options: { uppercase: false, leadingLineBreaks: 2 } },
    // Bare addresses are printed once; named links get their address in brackets.
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
    { selector: 'a[href^="mailto:"]', format: 'mailLink' },
    // A link whose text is its address («www.ks.no»), marked by the Markdown pipeline (rehype-bare-links.ts), once.
    { selector: 'a.bare-link', format: 'inline' },
    { selector: 'a[data-footnote-ref]', format: 'footnoteRef' },
    { selector: 'a[data-footnote-backref]', format: 'skip' },
    { selector: 'input[type=checkbox]', format: 'checkbox' },
    { selector: 'img', format: 'image' },
    { selector: 'del', format: 'struckOut' },
    { selector: 's', format: 'struckOut' },
    // Columns padded to line up, header cells as written.
    { selector: 'table', format: 'alignedTable' },
    { selector: 'hr', options: { length: 40 } },
  ],
};

/**
 * The e-mail as plain text: `web`, for readers, whose «Meld deg av» says where the site explains unsubscribing;
 * `tool`, the mailing tool's text part, with the placeholder the tool fills in for each recipient.
 */
export async function newsletterEmailText(email: NewsletterEmail, copy: EmailCopy): Promise<string> {
  const unsubscribe = unsubscribeAddress(email, copy);
  const body = await renderBody(email.markdown, email.webUrl, 'text', undefined, email.lang);
  const items = email.items.length
    ? `<h2>I denne utgaven</h2><ul>${email.items.map((i) => `<li><a href="${escapeMarkup(i.url.href)}">${escapeMarkup(i.title)}</a>: ${escapeMarkup(i.summary)}</li>`).join('')}</ul>`
    : '';
  const html = `<p>KOMPETANSEBANKEN – ${escapeMarkup(email.kicker)}</p>
<h1>${escapeMarkup(email.title)}</h1>
<p>${escapeMarkup(email.summary)}</p>
${email.note === undefined ? '' : `<p>${escapeMarkup(email.note)}</p>\n`}<p>Les nyhetsbrevet på nettet: ${escapeMarkup(email.webUrl.href)}</p>
${body}${items}<hr>
<p>${escapeMarkup(unsubscribeQuestion)} Meld deg av: ${escapeMarkup(unsubscribe)}</p>
<p>${escapeMarkup(footerAddress(email))}</p>`;
  // Soft hyphens are invisible on a page but shown by some plain-text readers. No line ends in spaces: between a list
  // item's paragraph and its nested list html-to-text wrote a line of the item's indent alone.
  return `${convert(html, textOptions).trim().replaceAll('\u00AD', '').replace(/[ \t]+$/gm, '')}\n`;
}
