// Text pasted into the CMS (pasted-text.js, a browser script, with turndown as
// the CMS page gets them): Word's HTML and plain text as the body's Markdown,
// and as a field's one line. The HTML is parsed by domino, a DOM after the HTML
// standard as the browser's DOMParser is (turndown's own DOM outside a browser).
import { createRequire } from 'node:module';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { findWordBullets } from '../content-check/word-bullets.ts';
import { findPastedCharacters } from '../content-check/pasted-characters.ts';
import { fencedCodeLines } from '../markdown/fenced-code.ts';
import { pastedTextScripts } from './pasted-text-script.ts';

// domino's types declare a module named «domino», not the package's name.
const domino = createRequire(import.meta.url)('@mixmark-io/domino') as { createDocument: (html: string) => { body: unknown } };

interface PastedText {
  cleanText: (text: string) => string;
  fieldText: (text: string) => string;
  bodyMarkdown: (root: unknown, text: string) => string;
  imagesIn: (root: unknown) => number;
}
let pasted: PastedText;

beforeAll(() => {
  // Run as the CMS page runs it, a plain script that sets window.kompetansebankenPastedText.
  const window: { kompetansebankenPastedText?: PastedText; kompetansebankenCodeLines: typeof fencedCodeLines } = { kompetansebankenCodeLines: fencedCodeLines };
  new Function('window', pastedTextScripts)(window);
  pasted = window.kompetansebankenPastedText!;
});

const body = (html: string) => domino.createDocument(html).body;
const fromWord = (html: string, text = '') => pasted.bodyMarkdown(body(html), text);

/** The Markdown as the site reads it; throws where MDX cannot read it. */
const asRead = (markdown: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(markdown);

// Word 365's clipboard (abridged): conditional comments, <o:p>, mso- styles, its list paragraphs, a table.
const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta charset=utf-8><style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm;} --></style></head>
<body lang=NO-BOK style='tab-interval:35.4pt'><!--StartFragment-->
<p class=MsoNormal>Sykefraværet i <b>Hægebostad</b> falt fra 8,2&nbsp;% til <i>5,1&nbsp;%</i> – på to år.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Rådmannen sa: «Vi har lært mye» og “det var verdt det”…<br>Ny linje.<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Dialogmøter tidlig<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-list:l0 level2 lfo1'><!--[if !supportLists]--><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><!--[endif]-->med verneombudet<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->Tett oppfølging &lt;2 uker<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><!--[endif]-->Kartlegge {fravær}<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><!--[endif]-->Følge <b>opp</b><o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
 <tr><td width=302 valign=top style='width:226.55pt'><p class=MsoNormal><b>År<o:p></o:p></b></p></td><td width=302 valign=top><p class=MsoNormal><b>Fravær<o:p></o:p></b></p></td></tr>
 <tr><td width=302 valign=top><p class=MsoNormal>2010<o:p></o:p></p></td><td width=302 valign=top><p class=MsoNormal>8,2&nbsp;% | snitt<o:p></o:p></p></td></tr>
</table>
<h1>Resultater<o:p></o:p></h1>
<p class=MsoNormal>2010. Det året ble <a href="https://www.ks.no/">KS</a> med, i <a href="#_Toc1">kapittel 2</a>.<o:p></o:p></p>
<p class=MsoNormal>•<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp; </span>Skrevet punkt<o:p></o:p></p>
<p class=MsoNormal>–<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp; </span>Med tankestrek<o:p></o:p></p>
<p class=MsoNormal>– Replikk, ikke et punkt.<o:p></o:p></p>
<p class=MsoNormal>Sekre&shy;tariatet&#8203; skrev *ikke* # tegn.<o:p></o:p></p>
<!--EndFragment--></body></html>`;

describe('bodyMarkdown from Word', () => {
  const markdown = () => fromWord(word, 'Word sin rene tekst');

  it('writes paragraphs, bold, italics, lists in levels, a table, a heading and links as Markdown', () => {
    expect(markdown()).toBe(
      [
        'Sykefraværet i **Hægebostad** falt fra 8,2\u00A0% til *5,1\u00A0%* – på to år.',
        '',
        'Rådmannen sa: «Vi har lært mye» og «det var verdt det»…\\',
        'Ny linje.',
        '',
        '- Dialogmøter tidlig',
        '   - med verneombudet',
        '- Tett oppfølging \\<2 uker',
        '',
        '1. Kartlegge \\{fravær\\}',
        '2. Følge **opp**',
        '',
        '| År | Fravær |',
        '| --- | --- |',
        '| 2010 | 8,2\u00A0% \\| snitt |',
        '',
        '## Resultater',
        '',
        '2010\\. Det året ble [KS](https://www.ks.no/) med, i kapittel 2.',
        '',
        '- Skrevet punkt',
        '- Med tankestrek',
        '',
        '– Replikk, ikke et punkt.',
        '',
        'Sekretariatet skrev \\*ikke\\* # tegn.',
      ].join('\n'),
    );
  });

  it('leaves none of Word\'s markup, and passes the content check\'s rules for pasted text', () => {
    const text = markdown();
    expect(text).not.toMatch(/o:p|\[if|endif|mso-|Mso|<!--|StartFragment/);
    expect(findPastedCharacters(text)).toEqual([]);
    expect(findWordBullets(text)).toEqual([]);
    expect(() => asRead(text)).not.toThrow();
  });

  it('is read as the page shows it: lists as lists, the table as a table, the year as text', () => {
    const tree = asRead(markdown());
    expect(tree.children.map((node) => (node.type === 'list' ? `list${node.ordered ? ' ordered' : ''}` : node.type))).toEqual([
      'paragraph',
      'paragraph',
      'list',
      'list ordered',
      'table',
      'heading',
      'paragraph',
      'list',
      'paragraph',
      'paragraph',
    ]);
  });

  // Fresh eyes: a text pasted from Word into the body kept its “…” and ‘…’, where a title pasted with it got «…».
  it('gives the body Norwegian quotation marks as a field gets them, apostrophes, code and addresses as they are', () => {
    expect(fromWord('<p>Hun sa “det var ‘nok’” i KS’ regi, som d’Artagnan.</p><p>‘Beste praksis’ og „Ås“.</p>')).toBe(
      'Hun sa «det var ‘nok’» i KS’ regi, som d’Artagnan.\n\n«Beste praksis» og «Ås».',
    );
    // A quote around bold, over a line break (Shift+Enter), in list items and table cells; a mark that does not pair up stays.
    expect(fromWord('<p>“Vi har <b>lært</b><br>mye”</p><ul><li>“En”</li><li>Et “halvt</li></ul><table><tr><td>“A”</td></tr></table>')).toBe(
      '«Vi har **lært**\\\nmye»\n\n- «En»\n- Et “halvt\n\n| «A» |\n| --- |',
    );
    // A link's text is text; its address, a code span and fenced code keep their characters.
    expect(fromWord('<p>Se “<a href="https://ks.no/a“b”">rapporten</a>” og <code>“x”</code>.</p>')).toBe('Se «[rapporten](https://ks.no/a“b”)» og `“x”`.');
    expect(pasted.bodyMarkdown(undefined, 'Se “[“rapporten”](https://ks.no/“a”)”\n\n```\nsa “hei”\n```\n\n[1]: https://ks.no/“b”')).toBe(
      'Se «[‘rapporten’](https://ks.no/“a”)»\n\n```\nsa “hei”\n```\n\n[1]: https://ks.no/“b”',
    );
  });

  it('takes lists and tables written as HTML (Outlook, web pages) too', () => {
    expect(fromWord('<ul><li>En</li><li>To<ol><li>a</li><li><p>b</p></li></ol></li></ul><p>Etter</p>')).toBe('- En\n- To\n   1. a\n   2. b\n\nEtter');
    expect(fromWord('<table><tr><th>A</th><th>B</th></tr><tr><td>1</td></tr></table>')).toBe('| A | B |\n| --- | --- |\n| 1 |  |');
  });

  // Fresh eyes: a simpler paste from Word kept «·» in a bullet. Each way a bullet can come as text in the HTML.
  it('leaves no bullet typed as text in an item: a Word list paragraph without its hidden marker, an item, lines, divs', () => {
    const items = '- Dialogmøter tidlig\n- Tett oppfølging';
    // Word Online, an older Word: the list paragraph with its «·» as text, not hidden (mso-list:Ignore).
    const unhidden = (text: string) => `<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level1 lfo1'><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span>${text}</p>`;
    expect(fromWord(`${unhidden('Dialogmøter tidlig')}${unhidden('Tett oppfølging')}`)).toBe(items);
    const second = `<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-list:l0 level2 lfo1'><span style='font-family:"Courier New"'>o&nbsp;&nbsp; </span>med verneombudet</p>`;
    expect(fromWord(`${unhidden('Dialogmøter tidlig')}${second}`)).toBe('- Dialogmøter tidlig\n   - med verneombudet');
    // A list whose items have the bullet typed as well (a web page, an e-mail).
    expect(fromWord('<ul><li>·&nbsp;Dialogmøter tidlig</li><li>• Tett oppfølging</li></ul>')).toBe(items);
    // Lines of one paragraph (Shift+Enter), each with its bullet: an item each, not one item with «·» in its text.
    expect(fromWord('<p>Tiltak:</p><p>· Dialogmøter tidlig<br>· Tett oppfølging</p>')).toBe(`Tiltak:\n\n${items}`);
    // Outlook and web mail write paragraphs as <div>.
    expect(fromWord('<div>·&nbsp;&nbsp;Dialogmøter tidlig</div><div>·&nbsp;&nbsp;Tett oppfølging</div>')).toBe(items);
    // A dash in a line is text; a Word list paragraph with its number as text stays numbered, once.
    expect(fromWord('<p>Alder 4 – 6<br>– Replikk, ikke et punkt.</p>')).toBe('Alder 4 – 6\\\n– Replikk, ikke et punkt.');
    const numbered = (n: number, text: string) => `<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'>${n}.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; ${text}</p>`;
    expect(fromWord(`${numbered(1, 'Kartlegge')}${numbered(2, 'Følge opp')}`)).toBe('1. Kartlegge\n2. Følge opp');
    for (const markdown of [fromWord(`${unhidden('Én')}`), fromWord('<div>· Én</div>')]) expect(findWordBullets(markdown)).toEqual([]);
  });

  it('writes bold and italics once, from tags and from styles, and a heading\'s number as written', () => {
    // Word nests bold in bold; Google Docs wraps all it copies in <b style="font-weight:normal">.
    expect(fromWord('<p><b>Fet <b>i fet</b></b>, <span style="font-weight:700">stil</span>, <i>kursiv <em>i</em></i>, <span style="font-weight:bold;font-style:italic">begge</span></p>')).toBe(
      '**Fet i fet**, **stil**, *kursiv i*, ***begge***',
    );
    expect(fromWord('<b style="font-weight:normal" id="docs-internal-guid-1"><p>Vanlig tekst</p></b>')).toBe('Vanlig tekst');
    expect(fromWord('<h2>1. Innledning</h2><p>1. Ikke en liste</p>')).toBe('## 1. Innledning\n\n1\\. Ikke en liste');
    // Word writes «mso-bidi-font-weight:normal» on its bold (for right-to-left text): still bold. The same for italics.
    expect(fromWord("<p>Fraværet er <b style='mso-bidi-font-weight:normal'>under 7 %</b>, <span style='mso-bidi-font-style:italic'>ikke kursiv</span>.</p>")).toBe(
      'Fraværet er **under 7 %**, ikke kursiv.',
    );
  });

  it('makes the highest heading pasted «##», the others a level at a time below it (the check wants «##» first)', () => {
    // Word's «Overskrift 1» is often the document's title, which goes in «Tittel»: the text starts at «Overskrift 2».
    expect(fromWord('<h2>Bakgrunn og behov</h2><p>Tekst.</p><h3>Mål</h3><p>Mer.</p>')).toBe('## Bakgrunn og behov\n\nTekst.\n\n### Mål\n\nMer.');
    expect(fromWord('<h1>Tittel</h1><h2>Del</h2><h4>Dypt</h4>')).toBe('## Tittel\n\n### Del\n\n#### Dypt');
    // Fresh eyes: a web page's «h1» then «h3» were «##» and «####», a level skipped, which the CMS then refused.
    expect(fromWord('<h1>Side</h1><p>Tekst.</p><h3>Del</h3><p>Mer.</p><h1>Neste</h1>')).toBe('## Side\n\nTekst.\n\n### Del\n\nMer.\n\n## Neste');
  });

  // Fresh eyes: a link copied from the preview in `npm run dev` went out in the newsletter's e-mail as «http://127.0.0.1:4995/…».
  it('writes a link to the editor\'s own machine as the site\'s address from «/»', () => {
    expect(fromWord('<p><a href="http://127.0.0.1:4995/nyheter/naervaersdagen/">Les saken</a></p>')).toBe('[Les saken](/nyheter/naervaersdagen/)');
    expect(fromWord('<p><a href="http://localhost:4321">Forsiden</a> og <a href="https://www.ks.no/">KS</a></p>')).toBe('[Forsiden](/) og [KS](https://www.ks.no/)');
  });

  // Fresh eyes: a Word table with merged cells was pasted with the cells after them under the wrong headings, and
  // its right-aligned numbers left-aligned.
  it('spreads a table\'s merged cells out, each cell under its heading, and keeps a column of right-aligned numbers right-aligned', () => {
    const table = `<table class=MsoTableGrid border=1>
 <tr><td><p class=MsoNormal><b>Enhet</b></p></td><td><p class=MsoNormal><b>Tiltak</b></p></td><td><p class=MsoNormal align=right style='text-align:right'><b>2008</b></p></td><td><p class=MsoNormal align=right style='text-align:right'><b>2009</b></p></td></tr>
 <tr><td rowspan=2><p class=MsoNormal>Helse</p></td><td><p class=MsoNormal>Dialogmøter</p></td><td><p class=MsoNormal align=right style='text-align:right'>8,1</p></td><td><p class=MsoNormal align=right style='text-align:right'>7,2</p></td></tr>
 <tr><td><p class=MsoNormal>Oppfølging</p></td><td colspan=2><p class=MsoNormal>Ikke målt</p></td></tr>
 <tr><td><p class=MsoNormal>Skole</p></td><td><p class=MsoNormal>Nærværsteam</p></td><td style='text-align:right'>6,0</td><td align=right>5,5</td></tr>
</table>`;
    const markdown = fromWord(table);
    expect(markdown).toBe(
      ['| Enhet | Tiltak | 2008 | 2009 |', '| --- | --- | --- | ---: |', '| Helse | Dialogmøter | 8,1 | 7,2 |', '| Helse | Oppfølging | Ikke målt |  |', '| Skole | Nærværsteam | 6,0 | 5,5 |'].join('\n'),
    );
    // «2008» has a left-aligned cell («Ikke målt»): a column not all one way stays as it is. A cell down past the end
    // of the table, and one across and down at once.
    expect(fromWord('<table><tr><td>A</td><td>B</td></tr><tr><td align=right>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table>')).toBe('| A | B |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |');
    expect(fromWord('<table><tr><td>A</td><td>B</td><td>C</td></tr><tr><td rowspan=2 colspan=2>X</td><td>1</td></tr><tr><td>2</td></tr></table>')).toBe(
      '| A | B | C |\n| --- | --- | --- |\n| X |  | 1 |\n| X |  | 2 |',
    );
    expect(fromWord('<table><tr><td>A</td><td rowspan=9>B</td></tr><tr><td>1</td></tr></table>')).toBe('| A | B |\n| --- | --- |\n| 1 | B |');
    // A heading across columns is each column's heading (an empty one names no column).
    expect(fromWord('<table><tr><td>Enhet</td><td colspan=2>Fravær</td></tr><tr><td>Helse</td><td>8</td><td>7</td></tr></table>')).toBe('| Enhet | Fravær | Fravær |\n| --- | --- | --- |\n| Helse | 8 | 7 |');
  });

  it('keeps the first number of a numbered list, and a table cell\'s paragraphs on its line', () => {
    expect(fromWord('<ol start="3"><li>Tre</li><li>Fire</li></ol>')).toBe('3. Tre\n4. Fire');
    expect(fromWord('<table><tr><td><p>Første</p><p>andre</p></td><td>B</td></tr></table>')).toBe('| Første andre | B |\n| --- | --- |');
  });

  it('gives a few words copied from a line as they are, on one line', () => {
    expect(fromWord('<html><body><!--StartFragment-->falt fra 8,2&nbsp;%<!--EndFragment--></body></html>', 'falt fra 8,2\u00A0%')).toBe('falt fra 8,2\u00A0%');
  });

  it('takes the plain text where the HTML is code from an editor (Markdown copied from VS Code)', () => {
    const html = '<div style="font-family: Consolas, monospace; white-space: pre;"><div><span>## Overskrift</span></div><div><span>- **punkt**</span></div></div>';
    expect(fromWord(html, '## Overskrift\n- **punkt**')).toBe('## Overskrift\n\n- **punkt**');
  });
});

describe('bodyMarkdown from plain text (a PDF, an e-mail, Word without HTML)', () => {
  const plain = (text: string) => pasted.bodyMarkdown(undefined, text);

  it("turns Word's bullets and typed numbers into list items, with an empty line around the list", () => {
    expect(plain('Tiltak:\r\n·\tDialogmøter\r\n•\tOppfølging\r\n–\tVerneombud\r\nEtter listen.\r\n')).toBe('Tiltak:\n\n- Dialogmøter\n- Oppfølging\n- Verneombud\n\nEtter listen.');
    expect(plain('1)\tFørst\n2) Så')).toBe('1. Først\n2. Så');
  });

  // Fresh eyes: a table copied as tab-separated text lost its columns, its cells run together with spaces.
  it('makes lines with the same number of tab-separated cells a table, the first line its headings', () => {
    expect(plain('Fravær i Molde:\r\nÅr\tKvinner\tMenn\r\n2008\t9,1\t5,2\r\n2009\t8,4 | ny\t<5\r\nKilde: NAV.')).toBe(
      'Fravær i Molde:\n\n| År | Kvinner | Menn |\n| --- | --- | --- |\n| 2008 | 9,1 | 5,2 |\n| 2009 | 8,4 \\| ny | \\<5 |\n\nKilde: NAV.',
    );
    expect(asRead(plain('År\tFravær\n2010\t8,2')).children.map((node) => node.type)).toEqual(['table']);
    // One line with a tab, lines of another width, and Word's numbers and bullets with a tab are no table.
    expect(plain('Navn:\tOla')).toBe('Navn: Ola');
    expect(plain('1.\tFørst\n2.\tSå')).toBe('1. Først\n2. Så');
    expect(plain('•\tEn\n•\tTo')).toBe('- En\n- To');
  });

  it('makes a list item of every line the content check names as a Word bullet', () => {
    const lines = ['•\tA', '▪ A', '◦A', '●\tA', '·\tA', '■ A', '□ A', '➢ A', '►A', '✓ A', '–\tA', '—\tA', 'o\tA'];
    expect(findWordBullets(lines.join('\n'))).toHaveLength(lines.length);
    for (const line of lines) expect(plain(line), line).toBe('- A');
  });

  it("drops invisible characters, makes Word's line breaks (Shift+Enter) the page's line breaks, and trims spaces at the ends of lines", () => {
    expect(plain('Sekre\u00ADtariatet\u200B skrev. \u000BNy linje.\u2028Og en til.   \n\u00A0\nNytt avsnitt.\u2029Enda et.\u000B')).toBe(
      'Sekretariatet skrev.\\\nNy linje.\\\nOg en til.\n\nNytt avsnitt.\n\nEnda et.',
    );
    expect(plain('Linje\nmed vanlig linjeskift')).toBe('Linje\\\nmed vanlig linjeskift');
    // Word's «No-Width Optional Break» and «No-Width Non Break» (refused by the content check), not an emoji's joiner.
    expect(plain('Syke\u200Cfravær og ar\u200Dbeid, teamet 👩\u200D💻.')).toBe('Sykefravær og arbeid, teamet 👩\u200D💻.');
    expect(pasted.cleanText('Syke\u200Cfravær')).toBe('Sykefravær');
  });

  // Fresh eyes: an e-mail signature pasted as plain text stood as three lines in the editor and ran together on the page.
  it('makes a single line end between lines of text a line break the page shows, and leaves lists, headings and code as they are', () => {
    const signature = plain('Kari Nordmann, kommunikasjonsrådgiver\r\nTelefon: +47 900 12 345\r\nE-post: kari.nordmann@ks.no\r\n');
    expect(signature).toBe('Kari Nordmann, kommunikasjonsrådgiver\\\nTelefon: +47 900 12 345\\\nE-post: kari.nordmann@ks.no');
    // One paragraph with two line breaks in it, as the editor showed three lines.
    const paragraph = asRead(signature).children[0] as { type: string; children: { type: string }[] };
    expect(paragraph.type).toBe('paragraph');
    expect(paragraph.children.filter((node) => node.type === 'break')).toHaveLength(2);
    expect(plain('Tiltak:\n- Dialogmøter\n- Oppfølging\nEtter listen.\nOg mer.')).toBe('Tiltak:\n\n- Dialogmøter\n- Oppfølging\n\nEtter listen.\\\nOg mer.');
    expect(plain('## Overskrift\nTekst\n> sitat\n| a | b |')).toBe('## Overskrift\nTekst\n> sitat\n| a | b |');
    expect(plain('```\nkode\nmer kode\n```')).toBe('```\nkode\nmer kode\n```');
  });

  it('escapes < and { where they cannot be meant as code, and keeps Markdown and comments copied from another entry', () => {
    expect(plain('Under 5 % (<5 %) og {ca. 200}. Se <https://www.nav.no/> eller <post@ks.no>.')).toBe('Under 5 % (\\<5 %) og \\{ca. 200\\}. Se https://www.nav.no/ eller post@ks.no.');
    const markdown = '## Overskrift\n\n**fet** og [lenke](/eksempler/) {/* kommentar */} a < b';
    expect(plain(markdown)).toBe(markdown);
  });
});

describe('fieldText and cleanText', () => {
  it('makes a pasted title one clean line', () => {
    expect(pasted.fieldText('•\tNy sak fra «sekre\u00ADtariatet»\u200B –\u00A0med Word\r\n')).toBe('Ny sak fra «sekretariatet» – med Word');
    expect(pasted.fieldText('Første avsnitt.\r\nAndre avsnitt\u2028med linjeskift.\t \r\n')).toBe('Første avsnitt. Andre avsnitt med linjeskift.');
    // A Word list of Symbol bullets pasted into one field: every bullet goes, not the first alone (fresh eyes).
    expect(pasted.fieldText('\uF0B7\tKommunen kuttet fraværet.\r\n\uF0B7\tDe ansatte ble hørt.\r\n')).toBe('Kommunen kuttet fraværet. De ansatte ble hørt.');
  });

  // Fresh eyes: Enter typed in «Ingress» was saved as two paragraphs, which the page ran together as one.
  it('saves a field typed on several lines as the one line the page shows', () => {
    expect(pasted.cleanText('Første linje i ingressen.\n\nAndre avsnitt. \r\n  Tredje.')).toBe('Første linje i ingressen. Andre avsnitt. Tredje.');
  });

  // The secretariat's finding: a title or a name pasted from Word kept its “…” and ‘…’, where Norwegian writes «…».
  it('gives a field Norwegian quotation marks, pasted or typed, apostrophes kept', () => {
    expect(pasted.fieldText('“Beste praksis” i ‘KS’\r\n')).toBe('«Beste praksis» i «KS»');
    expect(pasted.cleanText('Han sa “det var ‘nok’” i KS’ regi')).toBe('Han sa «det var ‘nok’» i KS’ regi');
    expect(pasted.cleanText('Kort om „Ås“')).toBe('Kort om «Ås»');
    expect(pasted.cleanText('Presentasjonen «Veien “videre”»')).toBe('Presentasjonen «Veien ‘videre’»');
  });

  // Word's Symbol bullet comes as U+F0B7 in its plain text (an empty box outside the font), and stayed in a title.
  it('drops a pasted Word bullet in front, a Symbol or Wingdings one too; a speech dash stays', () => {
    expect(pasted.fieldText('\uF0B7\tPunkt fra Word\r\n')).toBe('Punkt fra Word');
    expect(pasted.fieldText('\uF0A7 Punkt fra Word')).toBe('Punkt fra Word');
    expect(pasted.fieldText('– Vi har lært mye, sier rådmannen.')).toBe('– Vi har lært mye, sier rådmannen.');
  });

  // Fresh eyes: one inside the line was kept, and the save was refused for an invisible character to be found.
  it('drops a Symbol bullet inside a pasted line too, with the space it doubles, so the check takes the field', () => {
    const line = pasted.fieldText('“Kvalitet” i Askim – ‘beste’ praksis\tmed\u00ADarbeidere \uF0B7 ett\r\n');
    expect(line).toBe('«Kvalitet» i Askim – «beste» praksis medarbeidere ett');
    expect(findPastedCharacters(line)).toEqual([]);
    expect(pasted.fieldText('To ting:\uF0A7Dialog\uF0D8 og\uF0FC oppfølging')).toBe('To ting: Dialog og oppfølging');
  });

  it('saves a typed field without invisible characters and odd spaces, letters and accents as one', () => {
    expect(pasted.cleanText(' Porsáŋgu\u00A0 kommune\u200E ')).toBe('Porsáŋgu kommune');
    expect(pasted.cleanText('Tittel\tmed\u000Btab')).toBe('Tittel med tab');
  });
});

// What the secretariat copies from a newsletter in Word 365: a heading, a link and a footnote, an address on
// lines of its own (Shift+Enter), an image, a date at the start of a line, a file name with underscores, a
// numbered and a bulleted list, a table, and the footnote's text with the line Word draws above it.
const newsletter = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=ProgId content=Word.Document><style><!-- p.MsoNormal {margin:0cm;} --></style></head>
<body lang=NO-BOK style='tab-interval:35.4pt'><!--StartFragment-->
<h1>Nyhetsbrev nr. 7<o:p></o:p></h1>
<p class=MsoNormal>Fraværet i <b>Hægebostad</b> falt, se <a href="https://www.ks.no/fagomrader/">KS sine sider</a>.<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference><span style='font-size:11.0pt'>[1]</span></span><![endif]></span></span></a><o:p></o:p></p>
<p class=MsoNormal>Kvalitetskommuneprogrammet<br>
Postboks 1378 Vika<br>
0114 Oslo<o:p></o:p></p>
<p class=MsoNormal><!--[if gte vml 1]><v:shape id="Bilde_x0020_1" style='width:200pt;height:100pt'><v:imagedata src="file:///C:/Users/sekr/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" o:title=""/></v:shape><![endif]--><![if !vml]><img width=267 height=133 src="file:///C:/Users/sekr/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png" v:shapes="Bilde_x0020_1"><![endif]><o:p></o:p></p>
<p class=MsoNormal>17. mai gikk toget forbi rådhuset.<o:p></o:p></p>
<p class=MsoNormal>Filen heter fil_navn_her.docx, og _dette_ var skrevet med understrek.<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Kartlegge fravær<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Følge opp<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Dialogmøter<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Tett oppfølging<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
 <tr><td width=302 valign=top><p class=MsoNormal><b>År<o:p></o:p></b></p></td><td width=302 valign=top><p class=MsoNormal><b>Fravær<o:p></o:p></b></p></td></tr>
 <tr><td width=302 valign=top><p class=MsoNormal>2010<o:p></o:p></p></td><td width=302 valign=top><p class=MsoNormal>8,2&nbsp;%<o:p></o:p></p></td></tr>
</table>
<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>
<div style='mso-element:footnote' id=ftn1>
<p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference><span style='font-size:10.0pt'>[1]</span></span><![endif]></span></span></a> Sluttrapporten, s. 24.<o:p></o:p></p>
</div>
</div>
<!--EndFragment--></body></html>`;

/** The kinds of the tree's nodes, depth first («paragraph», «break» …). */
const kinds = (node: { type: string; children?: unknown[] }): string[] => [node.type, ...((node.children ?? []) as (typeof node)[]).flatMap(kinds)];

describe("a newsletter from Word, as the secretariat pastes it", () => {
  const markdown = () => fromWord(newsletter, 'Word sin rene tekst');

  it('is the Markdown the page needs', () => {
    expect(markdown()).toBe(
      [
        '## Nyhetsbrev nr. 7',
        '',
        'Fraværet i **Hægebostad** falt, se [KS sine sider](https://www.ks.no/fagomrader/).[^1]',
        '',
        'Kvalitetskommuneprogrammet\\',
        'Postboks 1378 Vika\\',
        '0114 Oslo',
        '',
        '17\\. mai gikk toget forbi rådhuset.',
        '',
        'Filen heter fil_navn_her.docx, og \\_dette\\_ var skrevet med understrek.',
        '',
        '1. Kartlegge fravær',
        '2. Følge opp',
        '',
        '- Dialogmøter',
        '- Tett oppfølging',
        '',
        '| År | Fravær |',
        '| --- | --- |',
        '| 2010 | 8,2\u00A0% |',
        '',
        '[^1]: Sluttrapporten, s. 24.',
      ].join('\n'),
    );
  });

  it("keeps Shift+Enter's lines as lines on the page, the footnote as a footnote, and underscores as written", () => {
    const tree = asRead(markdown());
    const found = kinds(tree);
    expect(found.filter((kind) => kind === 'break')).toHaveLength(2);
    expect(found).toContain('footnoteReference');
    expect(found).toContain('footnoteDefinition');
    expect(found).not.toContain('emphasis');
    expect(found).not.toContain('thematicBreak');
    expect(findPastedCharacters(markdown())).toEqual([]);
  });

  it('counts the image it leaves out, so the CMS can say so', () => {
    expect(pasted.imagesIn(body(newsletter))).toBe(1);
    expect(pasted.imagesIn(body('<p>Bare tekst</p>'))).toBe(0);
  });
});

describe('line breaks and underscores from HTML', () => {
  it('makes a line break at the start or end of a paragraph nothing, and two in a row a new paragraph', () => {
    expect(fromWord('<p><br>Først<br></p><p>Så<br><br>etter</p>')).toBe('Først\n\nSå\n\netter');
    expect(fromWord('<ul><li>En<br>to</li></ul>')).toBe('- En to');
    expect(fromWord('<h1>Nyhetsbrev<br>nr. 7</h1>')).toBe('## Nyhetsbrev nr. 7');
  });

  it('escapes an underscore only where it could start or end emphasis', () => {
    expect(fromWord('<p>fil_navn_her og snake_case_2 men __init__ og _ alene</p>')).toBe('fil_navn_her og snake_case_2 men \\_\\_init\\_\\_ og \\_ alene');
    expect(kinds(asRead('fil_navn_her og snake_case_2'))).not.toContain('emphasis');
  });
});
