// The conformance corpus through every output a body lands in: the page (the
// MDX pipeline), the særtrykk, the e-mail (HTML and text), the Word and text
// downloads, and the content check. Each construct works in each, or the check
// refuses it in Norwegian with its line. The feeds carry only titles and
// summaries, and the search index reads the built page.
import { createProcessor } from '@mdx-js/mdx';
import { strFromU8, unzipSync } from 'fflate';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { FileSystemConfigLoader, formatterFactory, HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../content-check/index.ts';
import sharp from 'sharp';
import { contentFolder } from '../../content-check/test-fixtures.ts';
import { templateDocx } from '../../downloads/template-docx.ts';
import { templateText } from '../../downloads/template-text.ts';
import { newsletterEmailHtml, newsletterEmailText } from '../../email/newsletter-email.ts';
import { markdownOptions } from '../plugins.ts';
import { renderNested } from '../render-nested.ts';
import { bodyFolders, bodyStartLine, corpusBody, entriesWithBody, refused } from './corpus.ts';

const site = new URL('https://kompetansebanken.no');

/** The body as the page gets it: compiled by MDX with the site's plugins; the HTML is the tree MDX turns into JSX. */
async function pageOutput(body: string): Promise<{ html: string; js: string }> {
  let tree: Root | undefined;
  // MDX comments and expressions stay in the tree as nodes MDX compiles to JavaScript, not HTML.
  const capture = () => (t: Root) => {
    tree = JSON.parse(JSON.stringify(t, (key, value: unknown) => (key === 'children' && Array.isArray(value) ? value.filter((n: { type: string }) => !n.type.startsWith('mdx')) : value))) as Root;
  };
  const processor = createProcessor({
    remarkPlugins: markdownOptions.remarkPlugins,
    rehypePlugins: [...markdownOptions.rehypePlugins, capture],
    remarkRehypeOptions: markdownOptions.remarkRehype,
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
  });
  const js = String(await processor.process(body));
  return { html: tree ? toHtml(tree) : '', js };
}

const email = {
  lang: 'nb',
  title: 'Korpusnyhetsbrev',
  kicker: 'Nyhetsbrev nr. 1 · desember 2008',
  preheader: 'Alt en redaktør kan skrive.',
  summary: 'Et nyhetsbrev som viser hver konstruksjon.',
  note: 'Denne utgaven er skrevet for Kompetansebanken.',
  webUrl: new URL('/nyhetsbrev/korpus/', site),
  unsubscribeInfoUrl: new URL('/nyhetsbrev/#avmelding', site),
  markdown: corpusBody,
  items: [],
};
const template = { title: 'Korpusmal', summary: 'En mal.', url: `${site.href}kommunikasjon/korpus/`, body: corpusBody, date: new Date('2009-06-01T10:00:00Z') };

const letters = ['æøå', 'Kárášjohka', 'Porsáŋgu', 'á č đ ŋ š ŧ ž', 'ä ö'];
/** Words from the comments, which no output may show. */
const hidden = ['Kommentar til redaktøren', 'MDX-kommentar', '{/*', '[//]'];

/** html-validate's report on `body` in a page of its own, with the site's rules (.htmlvalidate.mjs); '' when valid. */
async function htmlProblems(body: string): Promise<string> {
  const page = `<!DOCTYPE html><html lang="nb"><head><title>Korpus</title></head><body><main><h1>Korpus</h1>${body}</main></body></html>`;
  const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(page, 'korpus.html');
  return report.valid ? '' : formatterFactory('text')(report.results);
}

describe('the corpus on the page', () => {
  it('is valid HTML', async () => {
    expect(await htmlProblems((await pageOutput(corpusBody)).html)).toBe('');
  });

  it('has Norwegian footnotes, alignment as classes and never an inline style', async () => {
    const { html, js } = await pageOutput(corpusBody);
    expect(html).toContain('>Fotnoter</h2>');
    expect(html).toContain('aria-label="Tilbake til henvisning 1"');
    expect(html).not.toMatch(/Footnotes|Back to reference/);
    // The column of numbers is also marked as one (rehype-table-regions.ts).
    expect(html).toMatch(/<td class="align-right number"><span class="nowrap">10,2 %<\/span><\/td>/);
    expect(html).toMatch(/<th class="align-center">Endring<\/th>/);
    expect(html).not.toContain('style=');
    expect(html).not.toContain(' align=');
    expect(js).not.toContain('textAlign');
  });

  it('keeps every letter, links e-mail addresses with æøå whole, and shows no comment', async () => {
    const { html } = await pageOutput(corpusBody);
    for (const text of letters) expect(html).toContain(text);
    expect(html).toContain('>øyvind.åsen@kommune.no</a>');
    expect(html).toContain('href="/kilder/"');
    expect(html).toContain('alt="Logoen til Kompetansebanken"');
    // A checklist's boxes can be ticked by the reader (not disabled), each named by its item.
    expect(html).toContain('<input type="checkbox" checked aria-label="Forankre planen i kommunestyret" class="ds-input">');
    expect(html).not.toContain('disabled');
    for (const text of hidden) expect(html).not.toContain(text);
  });

  it('keeps footnote numbers and «↩» out of search, and marks bare addresses for print', async () => {
    const { html } = await pageOutput(corpusBody);
    expect(html.match(/<sup data-pagefind-ignore=""><a [^>]*data-footnote-ref/g)).toHaveLength(3);
    expect(html.match(/<a [^>]*data-footnote-backref[^>]*data-pagefind-ignore/g)).toHaveLength(3);
    expect(html).toMatch(/<a href="https:\/\/www\.nav\.no\/" class="bare-link">/);
    expect(html).toMatch(/<a href="https:\/\/www\.ks\.no\/" title="KS sin side">en lenke med tittel<\/a>/);
  });
});

describe('the corpus in the særtrykk, twice on one page', () => {
  it('is valid HTML', async () => {
    const points = await Promise.all([1, 2].map(async (n) => `<section><h2>Punkt ${n}</h2>${await renderNested(corpusBody, `punkt-${n}-`, `Punkt ${n}`)}</section>`));
    expect(await htmlProblems(points.join(''))).toBe('');
  });

  it('has unique ids, and every reference points at an id on the page', async () => {
    const page = parse(`${await renderNested(corpusBody, 'punkt-1-', 'Punkt 1')}${await renderNested(corpusBody, 'punkt-2-', 'Punkt 2')}`);
    const ids = page.querySelectorAll('[id]').map((e) => e.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    const references = [
      ...page.querySelectorAll('a[href^="#"]').map((a) => a.getAttribute('href')?.slice(1) ?? ''),
      ...page.querySelectorAll('[aria-describedby]').flatMap((e) => (e.getAttribute('aria-describedby') ?? '').split(' ')),
    ];
    expect(references.length).toBeGreaterThan(4);
    for (const id of references) expect(ids).toContain(id);
  });

  it('has the page’s Norwegian labels and classes, no inline style and no comment', async () => {
    const html = await renderNested(corpusBody, 'punkt-1-', 'Punkt 1');
    expect(html).toContain('Fotnoter</h3>');
    expect(html).toContain('Tilbake til henvisning 2');
    expect(html).toMatch(/class="align-right\b/);
    expect(html).not.toContain('style=');
    for (const text of [...letters, '>øyvind.åsen@kommune.no</a>']) expect(html).toContain(text);
    for (const text of hidden) expect(html).not.toContain(text);
  });
});

describe('the corpus as e-mail', () => {
  it('keeps column alignment in the HTML, inlined', async () => {
    const html = await newsletterEmailHtml(email, 'tool');
    expect(html).toMatch(/<td class="align-right number" style="[^"]*text-align: right[^"]*"[^>]*><span class="nowrap" style="white-space: nowrap;?">10,2 %<\/span><\/td>/);
    expect(html).toMatch(/<td class="align-center" style="[^"]*text-align: center[^"]*"[^>]*>opp<\/td>/);
    expect(html).toContain('Fotnoter');
    for (const text of letters) expect(html).toContain(text);
    for (const text of hidden) expect(html).not.toContain(text);
  });

  // A mail client drops <style>: an element without its style inline is drawn in the client's own defaults (an h4 in
  // its default font and size, a block quote 40 px in from each side on a phone).
  it('has the e-mail\'s style inline on every block of the text', async () => {
    const content = parse(await newsletterEmailHtml(email, 'tool')).querySelector('td.content');
    const blocks = content?.querySelectorAll('h2, h3, h4, p, ul, ol, blockquote, pre, table, th, td, hr, img') ?? [];
    expect(new Set(blocks.map((element) => element.tagName.toLowerCase()))).toEqual(new Set(['h2', 'h3', 'h4', 'p', 'ul', 'ol', 'blockquote', 'pre', 'table', 'th', 'td', 'hr', 'img']));
    expect(blocks.filter((element) => !element.getAttribute('style')).map((element) => element.outerHTML.slice(0, 60))).toEqual([]);
  });

  it('shows what a mail client can: checklist state as characters, no «↩», code wrapped', async () => {
    const html = await newsletterEmailHtml(email, 'tool');
    expect(html).not.toContain('<input');
    expect(html).toContain('☑ Forankre planen i kommunestyret');
    expect(html).not.toMatch(/data-footnote-backref|↩|data-pagefind/);
    expect(html).toContain('Sykefraværet gikk ned.<sup>1</sup>');
    expect(html).toMatch(/<pre style="[^"]*white-space: pre-wrap/);
  });

  it('writes tables as lined-up text, task state as [x] and [ ], footnotes as [1] and no «FOOTNOTES» or «↩»', async () => {
    const text = await newsletterEmailText(email, 'tool');
    // Each column aligned as the Markdown says, as in the text download: the numbers to the right.
    expect(text).toContain('Kommune                          Sykefravær 2008   Endring');
    expect(text).toContain('Testby                                     9,6 %     ned');
    expect(text).toContain('Kárášjohka                                10,2 %     opp');
    expect(text).toContain('sykefraværsoppfølgingsrutinene                      a | b');
    expect(text).toContain('* [ ] Lag en plan med mål');
    expect(text).toContain('* [x] Forankre planen i kommunestyret');
    expect(text).toContain('Sykefraværet gikk ned.[1] Tallet er målt to ganger.[2]');
    expect(text).toMatch(/1\. Forklaring i fotnoten\./);
    expect(text).not.toMatch(/FOOTNOTES|↩|user-content/);
    expect(text).toContain('øyvind.åsen@kommune.no.');
    expect(text).toContain('~~tirsdag~~ onsdag');
    expect(text).toMatch(/og www\.ks\.no, og en/);
    // An image is said to be one, as in the downloads: «se Logoen til Kompetansebanken [https://…png]» read as words.
    expect(text.replace(/\s+/g, ' ')).toContain('og se [Bilde: Logoen til Kompetansebanken] og [Bilde: Kart over Porsáŋgu].');
    expect(text).not.toMatch(/\.png\]/);
    expect(text).not.toContain('\u00AD');
    // Headings are in capitals in plain text.
    for (const t of letters) expect(text.toLowerCase()).toContain(t.toLowerCase());
    for (const t of hidden) expect(text).not.toContain(t);
  });
});

describe('the corpus as downloads', () => {
  it('as text: tables in aligned columns, checkboxes, footnotes at the end, references resolved, no comments', () => {
    const text = templateText(template, site);
    expect(text).toContain('Kommune                         Sykefravær 2008  Endring');
    expect(text).toContain('Testby                                    9,6 %    ned');
    expect(text).toContain('Kárášjohka                               10,2 %    opp');
    expect(text).toContain('sykefraværsoppfølgingsrutinene                    a | b');
    expect(text).toContain('- [ ] Lag en plan med mål\n- [x] Forankre planen i kommunestyret');
    expect(text).toContain('Sykefraværet gikk ned.[1] Tallet er målt to ganger.[2]');
    expect(text).toContain('Fotnoter\n--------\n\n[1] Forklaring i fotnoten.\n[2] Sluttrapporten, side 23.\n[3] Se KS sine sider (https://www.ks.no/) om kvalitet.');
    expect(text).toContain('Les sluttrapporten (https://kompetansebanken.no/kilder/) og se [Bilde: Logoen til Kompetansebanken]');
    expect(text).toContain('Nettsted: https://www.nav.no/ og www.ks.no, og en lenke med tittel (https://www.ks.no/).');
    expect(text).toContain('Innebygd kode med a < b && {x} og ~~tirsdag~~ onsdag.');
    expect(text).toContain('- Andre punkt\n  Andre avsnitt i andre punkt.');
    expect(text).toContain('Linje med to mellomrom\nlinje med omvendt skråstrek\nsiste linje.');
    expect(text).toContain('17. mai feiret kommunen nasjonaldagen 🎉.');
    expect(text).toContain('øyvind.åsen@kommune.no.');
    expect(text).toContain('Sykefraværsoppfølging med myke bindestreker');
    for (const t of letters) expect(text).toContain(t);
    for (const t of hidden) expect(text).not.toContain(t);
  });

  it('as Word: aligned table cells, Word footnotes, every letter, no comments', async () => {
    const files = unzipSync(new Uint8Array(await templateDocx(template, site)));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml).toMatch(/<w:jc w:val="right"\/>[\s\S]*?10,2 %/);
    expect(xml).toMatch(/<w:jc w:val="center"\/>[\s\S]*?opp/);
    expect(xml.match(/<w:footnoteReference w:id="\d"\/>/g)).toHaveLength(3);
    expect(xml).toMatch(/<w:rFonts w:ascii="Consolas"[^>]*\/><\/w:rPr><w:t[^>]*>a &lt; b &amp;&amp; \{x\}<\/w:t>/);
    expect(xml).toMatch(/<w:strike\/>[\s\S]*?<w:t[^>]*>tirsdag<\/w:t>/);
    expect(xml).toContain('[Bilde: Logoen til Kompetansebanken]');
    expect(strFromU8(files['word/footnotes.xml'] ?? new Uint8Array())).toContain('Forklaring i fotnoten.');
    for (const t of letters) expect(xml).toContain(t);
    for (const t of hidden) expect(xml).not.toContain(t);
  });

  it('as Word: the same bytes every time, dated by the template', async () => {
    const first = await templateDocx(template, site);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await templateDocx(template, site);
    expect(Buffer.compare(first, second)).toBe(0);
    expect(strFromU8(unzipSync(new Uint8Array(first))['docProps/core.xml'] ?? new Uint8Array())).toContain('>2009-06-01T10:00:00Z<');
  });
});

// «en {/* … */} kommentar» is «en  kommentar» once the comment is gone: one space in every output.
describe('a comment inside a paragraph', () => {
  const said = /Tekst med en kommentar midt i\./;
  const doubled = /en {2,}kommentar|Tekst med en\s{2,}/;
  it('leaves one space on the page, in the særtrykk and in the e-mail', async () => {
    const texts = [
      (await pageOutput(corpusBody)).html,
      await renderNested(corpusBody, 'punkt-1-', 'Punkt 1'),
      await newsletterEmailHtml(email, 'tool'),
      await newsletterEmailText(email, 'tool'),
    ];
    for (const text of texts) {
      expect(text).toMatch(said);
      expect(text).not.toMatch(doubled);
    }
  });

  it('leaves one space in the text and Word downloads, and none at a paragraph’s edge', async () => {
    const text = templateText(template, site);
    expect(text).toMatch(said);
    expect(text).not.toMatch(doubled);
    expect(text).toContain('\nKommentaren står først i avsnittet.');
    expect(text).toContain('Kommentaren står sist i avsnittet.\n');
    const xml = strFromU8(unzipSync(new Uint8Array(await templateDocx(template, site)))['word/document.xml'] ?? new Uint8Array());
    expect(xml.replace(/<[^>]+>/g, '')).toMatch(said);
    expect(xml.replace(/<[^>]+>/g, '')).not.toMatch(doubled);
    expect(xml).not.toMatch(/<w:t[^>]*> Kommentaren står først|sist i avsnittet\. <\/w:t>/);
  });
});

// An entry may have no text below its ingress (a newsletter that is only its list of items): every output still works.
// A long address is one unbroken line in the text outputs (a mail client or an editor wraps it as it can), and whole in the link.
describe('a long address', () => {
  const address = 'https://www.regjeringen.no/no/dokumenter/st-meld-nr-12-2008-2009/id544476/?ch=1&q=kvalitetskommuneprogrammet-sluttrapport-2010';
  it('stays whole in every output', async () => {
    const decoded = (html: string) => html.replace(/&#x26;|&amp;/g, '&');
    expect(decoded((await pageOutput(corpusBody)).html)).toContain(`href="${address}"`);
    expect(decoded(await newsletterEmailHtml(email, 'tool'))).toContain(`href="${address}"`);
    expect((await newsletterEmailText(email, 'tool')).split('\n')).toContain(address);
    expect(templateText(template, site)).toContain(`En lang adresse: ${address} står hel.`);
    const files = unzipSync(new Uint8Array(await templateDocx(template, site)));
    expect(decoded(strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array()))).toContain(`"${address}"`);
  });
});

describe('an empty body', () => {
  it('gives a valid page, an e-mail with its frame, and text and Word files with title and ingress', async () => {
    for (const body of ['', '{/* Teksten kommer senere */}\n']) {
      expect(await htmlProblems((await pageOutput(body)).html)).toBe('');
      const html = await newsletterEmailHtml({ ...email, markdown: body }, 'web');
      expect(html).toContain('Meld deg av nyhetsbrevet');
      expect(html).not.toMatch(/undefined|Teksten kommer/);
      const text = await newsletterEmailText({ ...email, markdown: body }, 'tool');
      expect(text).toMatch(/Korpusnyhetsbrev[\s\S]*Meld deg av/);
      expect(text).not.toMatch(/undefined|Teksten kommer|\n{4}/);
      expect(templateText({ ...template, body }, site)).toMatch(/^\uFEFF?Korpusmal\n=+\n\nEn mal\.\n\nFra Kompetansebanken: /);
      const xml = strFromU8(unzipSync(new Uint8Array(await templateDocx({ ...template, body }, site)))['word/document.xml'] ?? new Uint8Array());
      expect(xml).toContain('>En mal.<');
    }
  });
});

describe('the content check', () => {
  it('accepts the corpus in every collection that has a body', async () => {
    const folder = await contentFolder(entriesWithBody(corpusBody));
    try {
      expect(await checkContent(folder.root)).toEqual([]);
    } finally {
      await folder.cleanup();
    }
  }, 30_000);

  it.each(refused)('refuses $name in every collection, in Norwegian, with the line', async ({ line, says }) => {
    const folder = await contentFolder(entriesWithBody(`Innledning.\n\n${line}\n`));
    try {
      const problems = await checkContent(folder.root);
      expect(problems.map((p) => p.file.split('/').slice(-2).join('/')).sort()).toEqual(bodyFolders.map((f) => `${f}/korpus.mdx`).sort());
      for (const problem of problems) {
        const folderName = problem.file.split('/').at(-2) ?? '';
        expect(problem.line, problem.file).toBe(bodyStartLine(folderName) + 2);
        expect(problem.message).toMatch(says);
        expect(problem.message).not.toMatch(/\b(Unexpected|expected|character|Could not)\b/);
      }
    } finally {
      await folder.cleanup();
    }
  }, 30_000);
});

describe('images next to the file', () => {
  it('are refused in newsletters and the ten points, whose text also goes to the e-mail and the særtrykk', async () => {
    const folder = await contentFolder({ ...entriesWithBody('Innledning.\n\n![Kart over Porsáŋgu](./kart.png)\n'), 'stories/kart.png': 'x' });
    try {
      // The image file itself is checked on its own (image-file.ts); here only where the text may show it.
      const problems = (await checkContent(folder.root)).filter((p) => p.message.includes('«./kart.png» vises på siden, men ikke'));
      expect(problems.map((p) => p.file.split('/').slice(-2).join('/')).sort()).toEqual(['newsletters/korpus.mdx', 'sick-leave-points/korpus.mdx']);
      expect(problems.map((p) => p.message).join('\n')).toMatch(/ikke i e-posten[\s\S]*ikke i særtrykket|ikke i særtrykket[\s\S]*ikke i e-posten/);
    } finally {
      await folder.cleanup();
    }
  }, 30_000);
});

describe('images in a newsletter', () => {
  it('takes one uploaded in «Bilder og filer» (../media/…), and refuses a site address the site does not have, saying what to write', async () => {
    const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#888' } }).png().toBuffer();
    const body = 'Innledning.\n\n![Skjermbilde av søket](../media/skjermbilde.png)\n\n![Samme bilde](/media/skjermbilde.png)\n\n![Ikoet](/favicon.svg)\n';
    const folder = await contentFolder({ ...entriesWithBody(body), 'media/skjermbilde.png': png });
    try {
      const problems = (await checkContent(folder.root)).filter((p) => p.file.endsWith('newsletters/korpus.mdx'));
      // The uploaded image is shown in the e-mail too (at the address the page's build gives it); /media/… is no address
      // of the site (a 404 on the page and in the e-mail), and the message says how to write it; a file of public/ is one.
      expect(problems.map((p) => p.message)).toEqual([
        'bildet «/media/skjermbilde.png» finnes ikke på nettstedet og blir et brutt bilde på siden og i e-posten; bildet er lastet opp i «Bilder og filer», og da skrives det ../media/skjermbilde.png',
      ]);
      expect(problems[0]?.line).toBe(bodyStartLine('newsletters') + 4);
    } finally {
      await folder.cleanup();
    }
  }, 30_000);

  it('refuses an image next to the file with advice that works: upload it and write ../media/…', async () => {
    const folder = await contentFolder({ ...entriesWithBody('Innledning.\n\n![Kart](./kart.png)\n\n![Borte](/bilder/borte.png)\n') });
    try {
      const messages = (await checkContent(folder.root)).filter((p) => p.file.endsWith('newsletters/korpus.mdx')).map((p) => p.message);
      expect(messages).toContain('bildet «./kart.png» vises på siden, men ikke i e-posten; last det opp i «Bilder og filer» og skriv ../media/kart.png');
      expect(messages).toContain('bildet «/bilder/borte.png» finnes ikke på nettstedet og blir et brutt bilde på siden og i e-posten; last det opp i «Bilder og filer» og skriv ../media/filnavn, slik «Kopier stien» der gir det');
      expect(messages.join('\n')).not.toMatch(/adresse som begynner med \//);
    } finally {
      await folder.cleanup();
    }
  }, 30_000);
});

describe('the check’s safety net for the downloads', () => {
  it('names the line of Markdown a template’s Word and text files cannot show, in Norwegian', async () => {
    const { findDownloadProblems } = await import('../../content-check/markdown-constructs.ts');
    const html = findDownloadProblems('templates', 'Tekst.\n\n<div>x</div>\n');
    expect(html).toEqual([{ line: 3, message: expect.stringMatching(/^Word- og tekstfilen til malen kan ikke vise/) }]);
    expect(findDownloadProblems('stories', 'Tekst.\n\n<div>x</div>\n')).toEqual([]);
  });

  it('refuses a table in a template’s footnote, which a Word footnote cannot hold, and lets a plain one pass', async () => {
    const { findDownloadProblems } = await import('../../content-check/markdown-constructs.ts');
    const table = 'Tekst.[^1]\n\n[^1]: Forklaring.\n\n    | a | b |\n    | - | - |\n    | 1 | 2 |\n';
    expect(findDownloadProblems('templates', table)).toEqual([{ line: 5, message: expect.stringMatching(/^en fotnote i en mal kan bare ha vanlig tekst/) }]);
    expect(findDownloadProblems('templates', 'Tekst.[^1]\n\n[^1]: Forklaring.\n')).toEqual([]);
  });
});
