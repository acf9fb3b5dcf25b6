// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { cacheDir } from './src/lib/cache-dir.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentModuleWrites } from './src/integrations/content-module-writes.ts';
import { staleContentStore } from './src/integrations/content-store.ts';
import { decapLocalBackend } from './src/integrations/decap-local-backend.ts';
import { devContentReload } from './src/integrations/dev-content-reload.ts';
import { mdxCache } from './src/integrations/mdx-cache.ts';
import { mediaImages } from './src/integrations/media-images.ts';
import { searchPath } from './src/lib/routes.ts';
import { isSpelledPath } from './src/lib/spelled-addresses.ts';
import { decomposedAddresses } from './src/integrations/decomposed-addresses.ts';
import { markdownOptions } from './src/markdown/plugins.ts';
import { siteStylesheet } from './src/lib/site-stylesheet.ts';
import { textImageWidths } from './src/lib/text-images.ts';

export default defineConfig({
  // Set SITE_URL to the address the site is published at.
  site: process.env.SITE_URL ?? 'https://kompetansebanken.no',
  trailingSlash: 'always',
  // Builds of other content (test fixtures, the benchmark) keep a cache of their
  // own, so they never mix with the site's content store.
  cacheDir,
  markdown: {
    // GFM (tables, task lists, autolinks) through remark-gfm, for .md and .mdx alike.
    processor: unified(markdownOptions),
    // Shiki colours code with inline styles, which the CSP forbids; the content has no code.
    syntaxHighlight: false,
  },
  // The search page lists results, not content: it stays out of the sitemap (and robots.txt keeps crawlers off it),
  // and so do the pages at a name's spelling that send the reader to the page itself (src/lib/spelled-pages.ts).
  // Soft hyphens and the search index are the steps of `npm run build` after `astro build`
  // (scripts/hyphenate-pages.ts, scripts/index-search.ts). mdxCache() keeps
  // compiled MDX between builds (src/build-cache/).
  integrations: [staleContentStore(), contentCheck(), mdx(), mdxCache(), sitemap({ filter: (page) => new URL(page).pathname !== searchPath && !isSpelledPath(new URL(page).pathname) }), decapLocalBackend(), contentModuleWrites(), devContentReload(), decomposedAddresses(), mediaImages()],
  build: {
    // Scripts and styles as files, never inline: content pages stay free of
    // script, and a server's CSP header can simply say 'self'.
    inlineStylesheets: 'never',
  },
  vite: {
    // The benchmark's kept sites (`npm run bench -- --keep`, up to 14 000 pages each) are not the project's files:
    // watched, they used up the system's file watchers and `astro dev` missed changes to the content.
    server: { watch: { ignored: ['**/.bench-work/**'] } },
    build: {
      assetsInlineLimit: 0,
      // One stylesheet for the whole site instead of one per set of pages that
      // shares a component (a story page linked seven): see siteStylesheet.
      rolldownOptions: {
        output: { codeSplitting: { groups: [siteStylesheet] } },
        // A known, harmless warning Astro 7.3 prints for every MDX entry (withastro/astro#18087):
        // 1 071 of them at 1 000 stories, which buried every real warning in the build's output.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  // Images in the entries' texts («![…](../media/bilde.jpg)») in the text column's widths with a
  // srcset (Astro applies the layout to Markdown images too); the browser is told the column's
  // width by src/markdown/rehype-text-image-sizes.ts. No responsiveStyles: prose.css sizes them.
  image: { layout: 'constrained', breakpoints: textImageWidths },
  devToolbar: { enabled: false },
  // Astro's own output, without the content layer's English schema errors: the content check reports them in Norwegian.
  logger: { entrypoint: './src/integrations/logger.ts' },
});
