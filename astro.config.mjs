// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { searchPath } from './src/lib/routes.ts';
import { markdownOptions } from './src/markdown/plugins.ts';

export default defineConfig({
  // Set SITE_URL to the address the site is published at.
  site: process.env.SITE_URL ?? 'https://kompetansebanken.no',
  trailingSlash: 'always',
  markdown: {
    // GFM (tables, task lists, autolinks) through remark-gfm, for .md and .mdx alike.
    processor: unified(markdownOptions),
    // Shiki colours code with inline styles, which the CSP forbids; the content has no code.
    syntaxHighlight: false,
  },
  // The search page lists results, not content: it stays out of the sitemap (and robots.txt keeps crawlers off it).
  integrations: [contentCheck(), mdx(), sitemap({ filter: (page) => new URL(page).pathname !== searchPath }), pagefindIndex()],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  build: {
    // Scripts and styles as files, never inline: content pages stay free of
    // script, and a server's CSP header can simply say 'self'.
    inlineStylesheets: 'never',
  },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
