// Line breaks and pasted blocks in the CMS's text field (body-breaks.ts), read as the site reads the saved text.
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { fencedCodeLines } from '../markdown/fenced-code.ts';
import { escapeDatedLines, monthPattern } from '../markdown/dated-lines.ts';
import { tablesEnded } from '../markdown/table-ends.ts';
import { textAtCaret, type AtCaret } from './body-breaks.ts';

const asSaved = (line: string) => escapeDatedLines(line, monthPattern, fencedCodeLines);
// As the CMS page runs it: its source alone (start-script.ts), so a helper beside it is not there.
const textAtCaretAsRun = new Function(`return ${textAtCaret.toString()}`)() as typeof textAtCaret;

/** The field's text after `input` at the caret, «‸» in `text`, as the editor leaves it (its own single line break where undefined), the caret kept as «‸». */
function typedAt(text: string, input: AtCaret, own = 'markdown' in input ? input.markdown : '\n'): string {
  const [before, after] = text.split('‸') as [string, string];
  const edit = textAtCaretAsRun(input, before, after, fencedCodeLines, asSaved) ?? { removed: 0, text: own };
  return `${before.slice(0, before.length - edit.removed)}${edit.text}‸${after}`;
}

/** The field's text after `input` at the caret, «‸» in `text`. */
const typed = (text: string, input: AtCaret): string => typedAt(text, input).replace('‸', '');

/** The field's text after each of `keys` (Enter, or text typed) at the caret, «‸» in `text`, the caret kept as «‸». */
function keysAt(text: string, ...keys: string[]): string {
  const typeOne = (field: string, key: string) => (key === ' ' ? typedAt(field, { key: 'space' }, ' ') : field.replace('‸', `${key}‸`));
  return keys.reduce((field, key) => (key === '⏎' ? typedAt(field, { key: 'enter' }) : [...key].reduce(typeOne, field)), text);
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
    expect(textAtCaret(bullets, '', '', fencedCodeLines)).toEqual({ removed: 0, text: bullets.markdown });
    expect(textAtCaret(bullets, 'Avsnitt\n\n', '', fencedCodeLines)).toEqual({ removed: 0, text: bullets.markdown });
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

  // Fresh eyes: «> Sitat her.», Enter, «Etter sitatet.» put the writer's sentence into the quote.
  it('Enter after a quote starts a paragraph of its own, outside the quote; Shift+Enter breaks a line in it', () => {
    expect(shown(typed('> Sitat her.‸', { key: 'enter' }) + 'Etter sitatet.')).toEqual(['blockquote: Sitat her.', 'paragraph: Etter sitatet.']);
    expect(shown(typed('> Sitat her.‸', { key: 'shift-enter' }) + 'og mer')).toEqual(['blockquote: Sitat her.⏎og mer']);
  });

  it('Shift+Enter is a line break the page shows, in a paragraph and in a list item', () => {
    expect(shown(typed('Linje en‸', { key: 'shift-enter' }) + 'Linje to')).toEqual(['paragraph: Linje en⏎Linje to']);
    expect(shown(typed('- Punkt‸', { key: 'shift-enter' }) + 'fortsatt')).toEqual(['list: Punkt⏎fortsatt']);
  });

  // Fresh eyes: «- Felles mål for nærvær», Enter, «Tettere oppfølging» became one item.
  it('Enter after a list item starts the next item, at the same indent, numbered on', () => {
    expect(keysAt('- Felles mål for nærvær‸', '⏎', 'Tettere oppfølging')).toBe('- Felles mål for nærvær\n- Tettere oppfølging‸');
    expect(shown(keysAt('- Felles mål for nærvær‸', '⏎', 'Tettere oppfølging').replace('‸', ''))).toEqual(['list: Felles mål for nærvær / Tettere oppfølging']);
    expect(keysAt('1. Kartlegge‸', '⏎', 'Følge opp')).toBe('1. Kartlegge\n2. Følge opp‸');
    expect(keysAt('8) Åtte\n9) Ni‸', '⏎', 'Ti')).toBe('8) Åtte\n9) Ni\n10) Ti‸');
    // An ordinal at the start of a line, with no list above it, is no list started: the next line is a paragraph.
    expect(keysAt('Vi vant.\n\n3. plass gikk til Halden.‸', '⏎', 'Dette er bra.')).toBe('Vi vant.\n\n3. plass gikk til Halden.\n\nDette er bra.‸');
    expect(keysAt('* Én‸', '⏎', 'To')).toBe('* Én\n* To‸');
    expect(keysAt('- Hoved\n  - Under‸', '⏎', 'Neste')).toBe('- Hoved\n  - Under\n  - Neste‸');
    expect(keysAt('- [x] Gjort‸', '⏎', 'Igjen')).toBe('- [x] Gjort\n- [ ] Igjen‸');
    // In the middle of an item: the rest goes to the next item.
    expect(keysAt('- Felles‸ mål', '⏎')).toBe('- Felles\n- ‸ mål');
  });

  it('Enter on an empty item ends the list: its marker goes, and the next text is a paragraph of its own', () => {
    const text = keysAt('- Første‸', '⏎', 'Andre', '⏎', '⏎', 'Etter listen');
    expect(text).toBe('- Første\n- Andre\n\nEtter listen‸');
    expect(shown(text.replace('‸', ''))).toEqual(['list: Første / Andre', 'paragraph: Etter listen']);
    expect(keysAt('1. Kartlegge‸', '⏎', '⏎', 'Så')).toBe('1. Kartlegge\n\nSå‸');
    // An empty sub-item goes up a level, as in Word; Enter again ends the list.
    expect(keysAt('Avsnitt\n\n- Punkt\n  - Under‸', '⏎', '⏎', 'Neste')).toBe('Avsnitt\n\n- Punkt\n  - Under\n- Neste‸');
    expect(keysAt('1. Én\n   - Under‸', '⏎', '⏎', 'To')).toBe('1. Én\n   - Under\n2. To‸');
    expect(keysAt('- Punkt\n  - Under‸', '⏎', '⏎', '⏎', 'Etter')).toBe('- Punkt\n  - Under\n\nEtter‸');
  });

  // Fresh eyes: the hint's «to mellomrom foran «-»» typed after Enter, which had put «- » there, was «-   Under», a flat item.
  it('two spaces and a bullet typed on a new item make it a sub-item of the item above, indented to its text', () => {
    const text = keysAt('- Hoved‸', '⏎', '  - Under');
    expect(text).toBe('- Hoved\n  - Under‸');
    expect(shown(text.replace('‸', ''))).toEqual(['list: HovedUnder']);
    expect(keysAt('1. Kartlegge‸', '⏎', '  - Under')).toBe('1. Kartlegge\n   - Under‸');
    expect(shown(keysAt('1. Kartlegge‸', '⏎', '  - Under').replace('‸', ''))).toEqual(['list: KartleggeUnder']);
    // On a line of its own (the item's marker taken out first), a level deeper, a Word bullet, a task's text.
    expect(keysAt('- Hoved\n‸', '  • Under')).toBe('- Hoved\n  - Under‸');
    expect(keysAt('- Hoved\n  - Under‸', '⏎', '  - Dypere')).toBe('- Hoved\n  - Under\n    - Dypere‸');
    expect(keysAt('- [ ] Gjøre‸', '⏎', '  - Del')).toBe('- [ ] Gjøre\n  - Del‸');
    // One space between is the habit of typing the item's own bullet (the next item); under a paragraph it is the editor's.
    expect(shown(keysAt('- Hoved‸', '⏎', ' - Neste').replace('‸', ''))).toEqual(['list: Hoved / Neste']);
    expect(keysAt('Avsnitt\n‸', '  - Punkt')).toBe('Avsnitt\n  - Punkt‸');
  });

  it('a bullet typed out of habit into the item Enter started is the item\'s own: one list, not «- - punkt»', () => {
    // Fresh eyes: Enter put in «- », the editor typed «- Tettere oppfølging», and «- - Tettere oppfølging» was saved.
    const text = keysAt('- Felles mål‸', '⏎', '- Tettere oppfølging');
    expect(text).toBe('- Felles mål\n- Tettere oppfølging‸');
    expect(shown(text.replace('‸', ''))).toEqual(['list: Felles mål / Tettere oppfølging']);
    for (const bullet of ['*', '+', '•', '·']) expect(keysAt('- Én‸', '⏎', `${bullet} To`)).toBe('- Én\n- To‸');
    expect(keysAt('  * Under‸', '⏎', '- Neste')).toBe('  * Under\n  * Neste‸');
    // The item's own number, typed again; another number is the editor's text («2. 2010. Det året» is no list).
    expect(keysAt('1. Kartlegge‸', '⏎', '2. Følge opp')).toBe('1. Kartlegge\n2. Følge opp‸');
    expect(keysAt('1. Kartlegge‸', '⏎', '2010. Det året')).toBe('1. Kartlegge\n2. 2010. Det året‸');
  });

  it('a Word bullet typed at the start of a line is a list item, as a paste makes it', () => {
    const text = keysAt('Tiltak:\n\n‸', '• Dialogmøter', '⏎', 'Tett oppfølging');
    expect(text).toBe('Tiltak:\n\n- Dialogmøter\n- Tett oppfølging‸');
    expect(shown(text.replace('‸', ''))).toEqual(['paragraph: Tiltak:', 'list: Dialogmøter / Tett oppfølging']);
    expect(keysAt('‸', '· Punkt')).toBe('- Punkt‸');
    // Not inside a line, and not in code.
    expect(keysAt('Pris ‸', '• 100 kr')).toBe('Pris • 100 kr‸');
    expect(keysAt('```\n‸\n```', '• kode')).toBe('```\n• kode‸\n```');
  });

  it('a bullet typed right after a list the editor ended goes on with that list, not one loose list', () => {
    // Fresh eyes: Enter on the empty item ended the list, «• Tredje» then wrote «- Andre\n\n- Tredje», read as one
    // list whose items are spaced as paragraphs.
    for (const bullet of ['•', '-']) {
      const text = keysAt('- Første\n- Andre‸', '⏎', '⏎', `${bullet} Tredje`);
      expect(text).toBe('- Første\n- Andre\n- Tredje‸');
      expect(shown(text.replace('‸', ''))).toEqual(['list: Første / Andre / Tredje']);
    }
    expect(keysAt('1. Kartlegge\n2. Følge opp‸', '⏎', '⏎', '• Evaluere')).toBe('1. Kartlegge\n2. Følge opp\n3. Evaluere‸');
    // The next number typed, as fresh eyes did: the same list. Another number is a list of its own.
    expect(keysAt('1. En\n2. To‸', '⏎', '⏎', '3. Tre')).toBe('1. En\n2. To\n3. Tre‸');
    expect(shown(keysAt('1. En\n2. To‸', '⏎', '⏎', '3. Tre').replace('‸', ''))).toEqual(['list: En / To / Tre']);
    expect(keysAt('1. En\n2. To‸', '⏎', '⏎', '1. Ny')).toBe('1. En\n2. To\n\n1. Ny‸');
    expect(shown(keysAt('1. En\n2. To‸', '⏎', '⏎', '- Punkt').replace('‸', ''))).toEqual(['list: En / To', 'list: Punkt']);
    expect(keysAt('* Én‸', '⏎', '⏎', '• To')).toBe('* Én\n* To‸');
    // A paragraph between: a list of its own.
    expect(keysAt('- Én\n\nAvsnitt\n\n‸', '• To')).toBe('- Én\n\nAvsnitt\n\n- To‸');
  });

  it('a space after a dash or a number in an item\'s text, or in a paragraph, stays the editor\'s', () => {
    expect(keysAt('- Punkt‸', ' - ', 'og mer')).toBe('- Punkt - og mer‸');
    expect(keysAt('- ‸', 'Alder 4 - 6')).toBe('- Alder 4 - 6‸');
    expect(keysAt('Tekst‸', '⏎', '- Punkt')).toBe('Tekst\n\n- Punkt‸');
    expect(keysAt('- Én\n- ‸ mer', '- ')).toBe('- Én\n- - ‸ mer');
  });

  it('a year or a date at the start of a line is no list item: Enter after it starts a paragraph, not «18. »', () => {
    expect(keysAt('17. mai gikk toget‸', '⏎', 'Så')).toBe('17. mai gikk toget\n\nSå‸');
    expect(keysAt('2010. Det året‸', '⏎', 'Så')).toBe('2010. Det året\n\nSå‸');
  });

  // Fresh eyes: text typed after a table pasted from Word became a row of the table, on the page and in the e-mail.
  // Later fresh eyes: a table typed row by row kept its first row only (Enter after it left an empty line).
  it('Enter at the end of a table row is the next row, so a table is typed row by row; text after it is a paragraph once saved', () => {
    const table = '| År | Fravær |\n| --- | --- |\n| 2010 | 8 |\n| 2012 | 6 |';
    const typed = keysAt('| År | Fravær |‸', '⏎', '| --- | --- |', '⏎', '| 2010 | 8 |', '⏎', '| 2012 | 6 |', '⏎', 'Fraværet gikk ned.');
    expect(typed).toBe(`${table}\nFraværet gikk ned.‸`);
    expect(shown(tablesEnded(typed.replace('‸', ''), fencedCodeLines))).toEqual([expect.stringMatching(/^table: .*2012/), 'paragraph: Fraværet gikk ned.']);
    expect(textAtCaret({ key: 'enter' }, table, '\n| 2014 | 5 |', fencedCodeLines)).toBeUndefined();
    expect(textAtCaret({ key: 'shift-enter' }, '## Mellomtittel', '', fencedCodeLines)).toBeUndefined();
  });

  // Fresh eyes: the «| --- |» line under a table's first row was typed by hand, and a table without it was refused.
  it('Enter after a table\'s first row puts in its separator line, a cell per column, and the caret on the next row', () => {
    expect(keysAt('Fravær:\n\n| Kommune | 2008 | 2009 |‸', '⏎', '| Sola | 8 | 6 |')).toBe('Fravær:\n\n| Kommune | 2008 | 2009 |\n| --- | --- | --- |\n| Sola | 8 | 6 |‸');
    expect(shown(keysAt('| År | Fravær |‸', '⏎', '| 2010 | 8 |').replace('‸', ''))).toEqual([expect.stringMatching(/^table: /)]);
    // An escaped «\|» is no column.
    expect(keysAt('| Navn \\| kort | Tall |‸', '⏎')).toBe('| Navn \\| kort | Tall |\n| --- | --- |\n‸');
    // The separator there already (typed before, the caret moved back to the row's end): nothing more.
    expect(textAtCaret({ key: 'enter' }, '| År | Fravær |', '\n| --- | --- |', fencedCodeLines)).toBeUndefined();
    // A row that does not end with «|», or the caret inside the row: the editor's own line break.
    expect(textAtCaret({ key: 'enter' }, '| År | Fravær', '', fencedCodeLines)).toBeUndefined();
    expect(typedAt('| År |‸ Fravær |', { key: 'enter' })).toBe('| År |\n‸ Fravær |');
  });

  it('a table pasted at the end of the text ends with an empty line, so what is typed next is a paragraph', () => {
    const table = { markdown: '| År | Fravær |\n| --- | --- |\n| 2010 | 8 |' };
    const text = typedAt('Fraværet:‸', table).replace('‸', 'Det gikk ned.');
    expect(shown(text)).toEqual(['paragraph: Fraværet:', expect.stringMatching(/^table: /), 'paragraph: Det gikk ned.']);
  });

  it('leaves an empty line, a line ending in «\\» and fenced code to the editor', () => {
    expect(textAtCaret({ key: 'enter' }, 'Avsnitt\n', '', fencedCodeLines)).toBeUndefined();
    expect(textAtCaret({ key: 'shift-enter' }, 'Linje\\', '', fencedCodeLines)).toBeUndefined();
    expect(textAtCaret({ key: 'enter' }, '```\nconst a = 1;', '\n```', fencedCodeLines)).toBeUndefined();
  });
});
