// Footnotes in the CMS preview (preview-footnotes.js, a browser script), through
// the Markdown renderer Decap's preview uses.
import { readFile } from 'node:fs/promises';
import { fencedCodeLines } from '../markdown/fenced-code.ts';
import { beforeAll, describe, expect, it } from 'vitest';

let previewFootnotes: (markdown: string) => { text: string; notes: string };
let markdownToHtml: (markdown: string) => string;

beforeAll(async () => {
  // Run as the CMS page runs it, a plain script that sets window.kompetansebankenPreviewFootnotes.
  // After the one script it uses, which tells fenced code (markdown/fenced-code.ts).
  const window: { kompetansebankenPreviewFootnotes?: typeof previewFootnotes; kompetansebankenCodeLines: typeof fencedCodeLines } = { kompetansebankenCodeLines: fencedCodeLines };
  new Function('window', await readFile(new URL('preview-footnotes.js', import.meta.url), 'utf8'))(window);
  previewFootnotes = window.kompetansebankenPreviewFootnotes!;
  // Decap's UI bundle, which the serializers' module loads, looks for a window when it is loaded.
  (globalThis as { window?: unknown }).window ??= globalThis;
  ({ markdownToHtml } = await import('decap-cms-widget-markdown/dist/esm/serializers/index.js'));
});

const story = 'Fraværet falt.[^kilde] Det holdt seg lavt.[^2]\n\nMer tekst.\n\n[^2]: Målt i 2010.\n[^kilde]: Sluttrapporten, s. 24.\n';

describe('previewFootnotes', () => {
  // The tester's finding: the preview showed «[^1]» as written, where the site shows footnotes.
  it('shows each reference as its number and the notes as a list, where Decap showed «[^1]»', () => {
    expect(markdownToHtml(story)).toContain('[^kilde]');
    const { text, notes } = previewFootnotes(story);
    const html = markdownToHtml(text);
    expect(html).not.toContain('[^');
    expect(html).toContain('Fraværet falt.<sup>1</sup> Det holdt seg lavt.<sup>2</sup>');
    expect(markdownToHtml(notes)).toBe('<ol>\n<li>Sluttrapporten, s. 24.</li>\n<li>Målt i 2010.</li>\n</ol>');
  });

  it('numbers a note once however often it is referred to, and keeps a note over indented lines', () => {
    const { text, notes } = previewFootnotes('A[^a] B[^a] C[^b]\n\n[^a]: Første.\n    Fortsatt første.\n\n    Eget avsnitt.\n[^b]: Andre.\n\nEtter.');
    expect(text).toBe('A<sup>1</sup> B<sup>1</sup> C<sup>2</sup>\n\nEtter.');
    expect(notes).toBe('1. Første.\n   Fortsatt første.\n\n   Eget avsnitt.\n2. Andre.');
  });

  it('leaves code, references without a note and text without footnotes as written', () => {
    const markdown = 'Skriv `[^1]` for en fotnote.\n\n```\n[^1]: ikke en fotnote\n```\n\nUkjent[^x].';
    expect(previewFootnotes(markdown)).toEqual({ text: markdown, notes: '' });
  });
});
