import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rendererOptions } from './plugins.ts';
import { typographicPunctuation, typographicQuotes } from './remark-norwegian-typography.ts';

describe('typographicQuotes', () => {
  it('gives Norwegian quotes, not English ones', () => {
    expect(typographicQuotes('Hun sa "vi gjør det" og gikk.')).toBe('Hun sa «vi gjør det» og gikk.');
    expect(typographicQuotes('"Nærvær" er målet')).toBe('«Nærvær» er målet');
    expect(typographicQuotes('(«helse» og "omsorg")')).toBe('(«helse» og «omsorg»)');
  });
  it('marks a quote inside a quote with single marks, as Norwegian does (it was ««nestet»»)', () => {
    expect(typographicQuotes('«Vi kalte det "nærværsløftet" internt»')).toBe('«Vi kalte det ‘nærværsløftet’ internt»');
    expect(typographicQuotes('"Han sa "nei" til det"')).toBe('«Han sa ‘nei’ til det»');
    expect(typographicQuotes('«Ja», sa hun. "Nei", sa han.')).toBe('«Ja», sa hun. «Nei», sa han.');
  });
  it('makes apostrophes of a possessive and a cut year', () => {
    expect(typographicQuotes("KS' statistikk og IRIS' rapport")).toBe('KS’ statistikk og IRIS’ rapport');
    expect(typographicQuotes("på '90-tallet")).toBe('på ’90-tallet');
    expect(typographicQuotes("et 'lite' sitat")).toBe('et ‘lite’ sitat');
  });
  it('reads a quote at the edge of a text by the characters around it', () => {
    // «"**Nærvær** er"»: the first text is the quote alone, before bold text.
    expect(typographicQuotes('"', '', 'N')).toBe('«');
    expect(typographicQuotes('" sa hun', 'r')).toBe('» sa hun');
  });
});

describe('typographicPunctuation', () => {
  it('makes dashes and an ellipsis', () => {
    expect(typographicPunctuation('2007 -- 2010 --- og så...')).toBe('2007 – 2010 — og så…');
  });
});

describe('the site’s Markdown', () => {
  it('has Norwegian quotes across emphasis and leaves code as written', async () => {
    const { render } = await createMarkdownProcessor(rendererOptions);
    const { code } = await render('"**Nærvær** i KS\' tall" og `"kode"`...\n');
    expect(code).toBe('<p>«<strong>Nærvær</strong> i KS’ tall» og <code>"kode"</code>…</p>');
  });
  it('knows a quote is inside another across emphasis, and starts afresh in the next paragraph', async () => {
    const { render } = await createMarkdownProcessor(rendererOptions);
    const { code } = await render('«Målet var *"nærvær"* for alle»\n\n"Ny" start\n');
    expect(code).toBe('<p>«Målet var <em>‘nærvær’</em> for alle»</p>\n<p>«Ny» start</p>');
  });
});
