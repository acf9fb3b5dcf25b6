// MDX comments in the CMS preview (preview-comments.js, a browser script), through
// the Markdown renderer Decap's preview uses.
import { readFile } from 'node:fs/promises';
import { fencedCodeLines } from '../markdown/fenced-code.ts';
import { beforeAll, expect, it } from 'vitest';

let previewComments: (markdown: string) => string;
let markdownToHtml: (markdown: string) => string;

beforeAll(async () => {
  // Run as the CMS page runs it, a plain script that sets window.kompetansebankenPreviewComments.
  // After the one script it uses, which tells fenced code (markdown/fenced-code.ts).
  const window: { kompetansebankenPreviewComments?: typeof previewComments; kompetansebankenCodeLines: typeof fencedCodeLines } = { kompetansebankenCodeLines: fencedCodeLines };
  new Function('window', await readFile(new URL('preview-comments.js', import.meta.url), 'utf8'))(window);
  previewComments = window.kompetansebankenPreviewComments!;
  // Decap's UI bundle, which the serializers' module loads, looks for a window when it is loaded.
  (globalThis as { window?: unknown }).window ??= globalThis;
  ({ markdownToHtml } = await import('decap-cms-widget-markdown/dist/esm/serializers/index.js'));
});

// The content check's own advice, {/* kommentar */}, showed in the preview as «{/<em> kommentar </em>/}».
it('leaves out comments on a line of their own, inside a paragraph and over several lines', () => {
  const markdown = 'Før.\n\n{/* Skal ikke vises */}\n\nTekst med {/* inne i */} en kommentar.\n\n{/* over\nto linjer */}\n\nEtter.';
  expect(markdownToHtml(markdown)).toContain('<em>');
  const html = markdownToHtml(previewComments(markdown));
  expect(html).not.toMatch(/\{|vises|inne i|linjer/);
  expect(html).toContain('<p>Tekst med  en kommentar.</p>');
  expect(html).toContain('<p>Etter.</p>');
});

it('leaves code and text without comments as written', () => {
  const markdown = 'Skriv `{/* kommentar */}` for en kommentar.\n\n```\n{/* i kode */}\n```\n\nVanlig {tekst}.\n';
  expect(previewComments(markdown)).toBe(markdown);
});

// A fence indented four spaces is code on the site (MDX has no indented code); the preview took it for text.
it('leaves a comment in code as written, in a fence at any indentation and until the fence is closed by its marker alone', () => {
  for (const markdown of ['Tekst.\n\n    ```\n    {/* i kode */}\n    ```\n', '```\nkode\n``` ikke slutt\n{/* i kode */}\n```\n'])
    expect(previewComments(markdown), markdown).toBe(markdown);
});
