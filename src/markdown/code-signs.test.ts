// Signs MDX reads as code, typed in the CMS's text, saved as text (code-signs.ts).
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../content-check/load.ts';
import { splitFrontmatter } from '../content-check/format.ts';
import { contentRoot } from '../schemas/collections.ts';
import { escapeCodeSigns } from './code-signs.ts';
import { fencedCodeLines } from './fenced-code.ts';

// As the CMS page runs it: its source alone (start-script.ts).
const asRun = new Function(`return ${escapeCodeSigns.toString()}`)() as typeof escapeCodeSigns;
const escaped = (body: string) => asRun(body, fencedCodeLines);
/** The text MDX reads (it throws where it cannot). */
const text = (markdown: string) => {
  const words = (node: { value?: string; children?: unknown[] }): string => node.value ?? (node.children ?? []).map((child) => words(child as never)).join('');
  return words(unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(markdown) as never);
};

/** How many line breaks MDX reads in `markdown`. */
const breaks = (markdown: string) => {
  const count = (node: { type: string; children?: unknown[] }): number => (node.type === 'break' ? 1 : 0) + (node.children ?? []).reduce<number>((sum, child) => sum + count(child as never), 0);
  return count(unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(markdown) as never);
};

describe('escapeCodeSigns', () => {
  // Fresh eyes: «<b>fet</b>» and «<div align="center">» were saved as text and the page showed the tags.
  it('writes bold and italics typed as HTML in Markdown, drops wrappers that mean nothing in a text, and keeps other tags as text', () => {
    expect(escaped('Dette er <b>fet</b>, <strong>sterk</strong>, <i>kursiv</i> og <em>vektlagt</em>.')).toBe('Dette er **fet**, **sterk**, *kursiv* og *vektlagt*.');
    expect(escaped('<div align="center">Midtstilt <span class="x">tekst</span></div>')).toBe('Midtstilt tekst');
    expect(escaped('<details>Mer</details>')).toBe('\\<details>Mer\\</details>');
    expect(text(escaped('Skriv <b>fet</b>.'))).toBe('Skriv fet.');
  });

  // Fresh eyes: «hos <https://www.ks.no>.» was saved «\<https://www.ks.no>» and linked to «https://www.ks.no%3E».
  it('saves an address in angle brackets as the address alone, which remark-gfm links, the brackets gone', () => {
    const links = (markdown: string) => {
      const found: string[] = [];
      const walk = (node: { type: string; url?: string; children?: unknown[] }) => {
        if (node.type === 'link') found.push(node.url!);
        for (const child of node.children ?? []) walk(child as never);
      };
      walk(unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(markdown) as never);
      return found;
    };
    expect(escaped('Les mer hos <https://www.ks.no>.')).toBe('Les mer hos https://www.ks.no.');
    expect(links(escaped('Les mer hos <https://www.ks.no/side?a=1>.'))).toEqual(['https://www.ks.no/side?a=1']);
    expect(links(escaped('Skriv til <kari.nordmann@ks.no> eller <mailto:ola@ks.no>.'))).toEqual(['mailto:kari.nordmann@ks.no', 'mailto:ola@ks.no']);
    expect(text(escaped('Skriv til <kari.nordmann@ks.no>.'))).toBe('Skriv til kari.nordmann@ks.no.');
    // Not an address: still text.
    expect(escaped('a <b og <navn>')).toBe('a \\<b og \\<navn>');
  });

  // Fresh eyes: «Pris {ca} 100 kr og a < b og <3.» was refused in words about MDX and backslashes.
  it('writes braces and a «<» that starts no tag as text, which MDX reads and the page shows as typed', () => {
    for (const typed of ['Pris {ca} 100 kr og a < b og <3.', 'Andelen var <5 prosent, og {navn} kom.', 'Fravær <= 6 % og } alene.']) {
      const saved = escaped(typed);
      expect(saved).not.toBe(typed);
      expect(text(saved)).toBe(typed);
    }
    expect(escaped('Andelen var <5 prosent.')).toBe('Andelen var \\<5 prosent.');
  });

  // Fresh eyes: «## Mellomtittel med & og <tag> og {krøll}» was refused in words about MDX: a line with a tag in it
  // was left as typed, and MDX then read the tag as code. The check refuses every HTML tag in a body in any case.
  it('writes an HTML tag as text, as typed, with the rest of its line', () => {
    // (An address in angle brackets is a link: above.)
    for (const typed of ['## Mellomtittel med & og <tag> og {krøll}', 'Skriv <blink>fet</blink> og <navn på kommune>.'])
      expect(text(escaped(typed)), typed).toBe(typed.replace(/^## /, ''));
    expect(escaped('Med <tag> og {x}')).toBe('Med \\<tag> og \\{x\\}');
    expect(escaped('Linje<br>med <tag>')).toBe('Linje\\\nmed \\<tag>');
  });

  it('leaves code, comments, components and what is escaped as they are', () => {
    for (const body of [
      '```\nconst a = { b: 1 } < 2;\n```',
      '```\nlinje<br>\\\n```',
      'Skriv `{navn}` og `<5`.',
      '{/* intern merknad */}',
      '<PagesWithScript />',
      '<Figur>Linje<br>med { i seg</Figur>',
      'Skriv `<br>` for et linjeskift.',
      '| Tall | Hva<br>det gjelder |',
      '## Overskrift<br>delt',
      'Allerede \\{ og \\} og \\<5.',
    ])
      expect(escaped(body)).toBe(body);
    // Inline code left, the rest of its line not.
    expect(escaped('`{a}` og {b}')).toBe('`{a}` og \\{b\\}');
  });

  // Fresh eyes: «<br>» in the text was refused in words about MDX («Expected a closing tag for <br>»).
  it('writes «<br>» as the line break it means, one MDX reads', () => {
    expect(escaped('Linje<br>med { i seg')).toBe('Linje\\\nmed \\{ i seg');
    expect(escaped('Første linje <br/>\nandre linje<BR />\n\nNytt avsnitt<br>')).toBe('Første linje\\\nandre linje\n\nNytt avsnitt');
    expect(escaped('Tekst\n<br>\nMer')).toBe('Tekst\n\nMer');
    // Typed before Shift+Enter's own break: one break.
    expect(escaped('Linje som slutter med<BR />\\\nneste linje.')).toBe('Linje som slutter med\\\nneste linje.');
    // Each a break MDX reads, as Shift+Enter writes it: «\» at a line's end, the text going on below.
    for (const [typed, count] of [['Linje<br>neste', 1], ['a <br /> b<br>\nc', 2], ['<br>Start', 0]] as const) {
      const saved = escaped(typed);
      expect(saved, typed).not.toMatch(/<br/i);
      expect(breaks(saved), typed).toBe(count);
      expect(text(saved).replace(/\s+/g, ''), typed).toBe(typed.replace(/<br\s*\/?>|\s+/gi, ''));
    }
  });

  it("changes nothing in the site's own content, which passes the check", async () => {
    const { entries } = await loadContent(contentRoot);
    const bodies = entries.flatMap((entry) => (entry.file.endsWith('.mdx') ? [splitFrontmatter(entry.text)?.body ?? ''] : []));
    expect(bodies.length).toBeGreaterThan(100);
    for (const body of bodies) expect(escaped(body)).toBe(body);
  });
});
