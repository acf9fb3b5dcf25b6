// Typographic quotes, apostrophes, dashes and ellipses the Norwegian way, in
// place of Astro's default smartypants: that one writes English “quotes”, where
// Norwegian uses «sitat» (Språkrådet: anførselstegn), and parsing every text
// into sentences for it (retext) took 9 s of a 1 000-story build (issue 17).
// Only Markdown text changes: code, inline code, links and HTML keep their characters.
import type { Parent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';

const letterOrDigit = /[\p{L}\p{N}]/u;
/** What an opening quote may follow: nothing, a space, an opening bracket or a dash. */
const opensAfter = /^$|[\s([{\u2013\u2014/«]/u;

/**
 * The quotation marks open at a point of a paragraph: `«` for a «…», `‘` for a "…" inside one, which Norwegian
 * marks with single quotes (Språkrådet). Carried from one text of a paragraph to the next («"**fet**"»).
 */
export type OpenQuotes = string[];

/**
 * The quotes and apostrophes of `text`, where `before` and `after` are the
 * characters around it ('' at the edge of a paragraph) and `open` the quotes
 * opened before it (changed in place): «"sitat"» → «sitat», «KS'» → «KS’»,
 * «'90-tallet» → «’90-tallet», «'sitat'» → «‘sitat’», and a "sitat" inside «…»
 * → ‘sitat’ («Han sa "nei"» was «Han sa «nei»»).
 */
export function typographicQuotes(text: string, before = '', after = '', open: OpenQuotes = []): string {
  const chars = [...text];
  return chars
    .map((char, i) => {
      if (char === '«') open.push('«');
      if (char === '»' && open.at(-1) === '«') open.pop();
      if (char !== '"' && char !== "'") return char;
      const previous = i > 0 ? (chars[i - 1] ?? '') : before;
      const next = i < chars.length - 1 ? (chars[i + 1] ?? '') : after;
      const opening = opensAfter.test(previous) && next !== '' && !/\s/u.test(next);
      if (char === '"') {
        if (opening) {
          const mark = open.length > 0 ? '\u2018' : '«';
          open.push(mark);
          return mark;
        }
        return open.pop() === '\u2018' ? '\u2019' : '»';
      }
      if (letterOrDigit.test(previous)) return '\u2019';
      return opening && !/\p{N}/u.test(next) ? '\u2018' : '\u2019';
    })
    .join('');
}

/** «--» as a dash (tankestrek), «---» as a long dash, «...» as an ellipsis. */
export function typographicPunctuation(text: string): string {
  return text.replaceAll('---', '\u2014').replaceAll('--', '\u2013').replaceAll('...', '\u2026');
}

const lastChar = (node: Parent['children'][number] | undefined) => (node ? [...toString(node)].at(-1) ?? '' : '');
const firstChar = (node: Parent['children'][number] | undefined) => (node ? ([...toString(node)][0] ?? '') : '');

/** The remark plugin: each text node, read with the characters of its neighbours («"**fet** tekst"») and the quotes its paragraph (or heading, or cell) opened before it. */
export function remarkNorwegianTypography() {
  return (tree: Root) => {
    const openIn = new Map<Parent, OpenQuotes>();
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (!/["'.«»-]/.test(node.value)) return;
      const parent = ancestors.at(-1) as Parent | undefined;
      const block = (ancestors.findLast((a) => a.type === 'paragraph' || a.type === 'heading' || a.type === 'tableCell') ?? parent) as Parent | undefined;
      const open = block ? (openIn.get(block) ?? openIn.set(block, []).get(block)!) : [];
      const siblings = parent?.children ?? [];
      const at = siblings.indexOf(node);
      const quoted = typographicQuotes(node.value, lastChar(siblings[at - 1]), firstChar(siblings[at + 1]), open);
      node.value = typographicPunctuation(quoted);
    });
  };
}
