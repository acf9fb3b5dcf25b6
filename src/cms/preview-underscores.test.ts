// Underscores inside a word in the CMS preview (preview-underscores.js, a browser script), through
// the Markdown renderer Decap's preview uses.
import { readFile } from 'node:fs/promises';
import { beforeAll, expect, it } from 'vitest';
import { fencedCodeLines } from '../markdown/fenced-code.ts';

let previewUnderscores: (markdown: string) => string;
let markdownToHtml: (markdown: string) => string;

beforeAll(async () => {
  // Run as the CMS page runs it, a plain script, after the one that tells fenced code (markdown/fenced-code.ts).
  const window: { kompetansebankenPreviewUnderscores?: typeof previewUnderscores; kompetansebankenCodeLines: typeof fencedCodeLines } = {
    kompetansebankenCodeLines: fencedCodeLines,
  };
  new Function('window', await readFile(new URL('preview-underscores.js', import.meta.url), 'utf8'))(window);
  previewUnderscores = window.kompetansebankenPreviewUnderscores!;
  // Decap's UI bundle, which the serializers' module loads, looks for a window when it is loaded.
  (globalThis as { window?: unknown }).window ??= globalThis;
  ({ markdownToHtml } = await import('decap-cms-widget-markdown/dist/esm/serializers/index.js'));
});

// The secretariat's fresh-eyes test: the preview made italics inside «fil_navn_her», which the site shows as typed.
it('shows underscores inside a word as typed, as the site does, where Decap made italics and bold of them', () => {
  const typed = 'Filen heter fil_navn_her, Čáhcesuolu_rapport_2010 og dobbel__under__strek.';
  expect(markdownToHtml(typed)).toMatch(/<(em|strong)>/);
  expect(markdownToHtml(previewUnderscores(typed))).toBe(`<p>${typed}</p>`);
});

it('leaves italics at a word\'s edge, code and fenced code as written', () => {
  expect(markdownToHtml(previewUnderscores('Dette er _kursiv_ og __fet__.'))).toBe('<p>Dette er <em>kursiv</em> og <strong>fet</strong>.</p>');
  const code = 'Skriv `fil_navn_her`.\n\n    ```\n    a_b_c\n    ```\n';
  expect(previewUnderscores(code)).toBe(code);
});
