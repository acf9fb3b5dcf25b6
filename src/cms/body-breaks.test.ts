// Line breaks and pasted blocks in the CMS's text field (body-breaks.ts), read as the site reads the saved text.
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { fencedCodeLines } from '../markdown/fenced-code.ts';
import { textAtCaret, type AtCaret } from './body-breaks.ts';

/** The field's text after `input` at the caret, «‸» in `text`, as the editor leaves it (its own single line break where undefined). */
function typed(text: string, input: AtCaret): string {
  const [before, after] = text.split('‸') as [string, string];
  const own = 'markdown' in input ? input.markdown : '\n';
  return `${before}${textAtCaret(input, before, after, fencedCodeLines) ?? own}${after}`;
}

/** What the page shows: its blocks by type, with a paragraph's text and breaks («⏎»). */
function shown(markdown: string): string[] {
  type Node = { type: string; value?: string; children?: Node[] };
  const text = (node: Node): string => (node.type === 'break' ? '⏎' : (node.value ?? (node.children ?? []).map(text).join('')));
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(markdown) as Node;
  return (tree.children ?? []).map((node) => (node.type === 'list' ? `list: ${(node.children ?? []).map(text).join(' / ')}` : `${node.type}: ${text(node)}`));
}

const bullets = { markdown: '- Dialogmøter tidlig\n- Tett oppfølging' };
const numbered = { markdown: '1. Kartlegge\n2. Følge opp' };

describe('a list pasted into the text', () => {
  it('right after a typed line stays a list, under the line', () => {
    expect(shown(typed('Første linje‸', bullets))).toEqual(['paragraph: Første linje', 'list: Dialogmøter tidlig / Tett oppfølging']);
    expect(shown(typed('Første linje‸', numbered))).toEqual(['paragraph: Første linje', 'list: Kartlegge / Følge opp']);
  });

  it('on the empty line between two paragraphs stands between them, the next paragraph not taken into its last item', () => {
    expect(shown(typed('Første avsnitt\n‸\nAndre avsnitt', bullets))).toEqual([
      'paragraph: Første avsnitt',
      'list: Dialogmøter tidlig / Tett oppfølging',
      'paragraph: Andre avsnitt',
    ]);
    expect(shown(typed('Første avsnitt\n\n‸\n\nAndre avsnitt', numbered))).toEqual(['paragraph: Første avsnitt', 'list: Kartlegge / Følge opp', 'paragraph: Andre avsnitt']);
  });

  it('inside a line splits it around the list', () => {
    expect(shown(typed('Før‸etter', bullets))).toEqual(['paragraph: Før', 'list: Dialogmøter tidlig / Tett oppfølging', 'paragraph: etter']);
  });

  it('into an empty text goes in as it is', () => {
    expect(textAtCaret(bullets, '', '', fencedCodeLines)).toBe(bullets.markdown);
    expect(textAtCaret(bullets, 'Avsnitt\n\n', '', fencedCodeLines)).toBe(bullets.markdown);
  });

  it('leaves a few words pasted into a line, and anything pasted into fenced code, as they are', () => {
    expect(textAtCaret({ markdown: 'noen ord' }, 'Her kommer ', ' og mer', fencedCodeLines)).toBeUndefined();
    expect(textAtCaret(bullets, '```\nkode', '\n```', fencedCodeLines)).toBeUndefined();
  });
});

describe('Enter and Shift+Enter in the text', () => {
  it('Enter after a typed line starts a new paragraph, as the editor shows it', () => {
    expect(shown(typed('Linje en‸', { key: 'enter' }) + 'Linje to')).toEqual(['paragraph: Linje en', 'paragraph: Linje to']);
    expect(shown(typed('Linje en‸Linje to', { key: 'enter' }))).toEqual(['paragraph: Linje en', 'paragraph: Linje to']);
  });

  it('Shift+Enter is a line break the page shows, in a paragraph and in a list item', () => {
    expect(shown(typed('Linje en‸', { key: 'shift-enter' }) + 'Linje to')).toEqual(['paragraph: Linje en⏎Linje to']);
    expect(shown(typed('- Punkt‸', { key: 'shift-enter' }) + 'fortsatt')).toEqual(['list: Punkt⏎fortsatt']);
  });

  it('Enter after a list item, a table row or a heading is one line break: the next item, the next row', () => {
    expect(shown(typed('- Første‸', { key: 'enter' }) + '- Andre')).toEqual(['list: Første / Andre']);
    expect(shown(typed('1. Første‸', { key: 'enter' }) + '2. Andre')).toEqual(['list: Første / Andre']);
    expect(shown(typed('| År | Fravær |\n| --- | --- |\n| 2010 | 8 |‸', { key: 'enter' }) + '| 2011 | 7 |')).toEqual([expect.stringMatching(/^table: /)]);
    expect(textAtCaret({ key: 'shift-enter' }, '## Mellomtittel', '', fencedCodeLines)).toBeUndefined();
  });

  it('leaves an empty line, a line ending in «\\» and fenced code to the editor', () => {
    expect(textAtCaret({ key: 'enter' }, 'Avsnitt\n', '', fencedCodeLines)).toBeUndefined();
    expect(textAtCaret({ key: 'shift-enter' }, 'Linje\\', '', fencedCodeLines)).toBeUndefined();
    expect(textAtCaret({ key: 'enter' }, '```\nconst a = 1;', '\n```', fencedCodeLines)).toBeUndefined();
  });
});
