// The Markdown pipeline the whole site uses: GFM through remark-gfm, e-mail
// autolinks with æøå, accessible names for checklist checkboxes, table
// alignment as classes, tables in scrollable regions, footnote numbers kept
// out of search, bare addresses marked for print, «s. N» linked to the cited
// page, the text column's width on images, footnotes labelled in Norwegian (in nynorsk on a nynorsk page), nynorsk quotes marked as nynorsk, and Norwegian quotes and
// dashes (remark-norwegian-typography.ts, in place of Astro's smartypants). astro.config.mjs takes
// `markdownOptions`; the særtrykk and the e-mail take `rendererOptions`.
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { rehypeBareLinks } from './rehype-bare-links.ts';
import { footnoteBackLabel, footnoteLabels } from './footnote-labels.ts';
import { rehypeFootnoteLanguage } from './rehype-footnote-language.ts';
import { rehypeFootnoteSearch } from './rehype-footnote-search.ts';
import { rehypeNynorskQuotes } from './rehype-nynorsk-quotes.ts';
import { rehypeSourcePageLinks } from './rehype-source-page-links.ts';
import { rehypeTableAlignClasses } from './rehype-table-align-classes.ts';
import { rehypeTableRegions } from './rehype-table-regions.ts';
import { rehypeTaskListLabels } from './rehype-task-list-labels.ts';
import { rehypeTextImageSizes } from './rehype-text-image-sizes.ts';
import { remarkAutolinkLetters } from './remark-autolink-letters.ts';
import { remarkDropMdxComments } from './remark-drop-mdx-comments.ts';
import { remarkNorwegianTypography } from './remark-norwegian-typography.ts';

/** remark-rehype's footnote texts (English by default: «Footnotes», «Back to reference 1»); nynorsk by rehypeFootnoteLanguage. */
export const footnoteOptions = {
  footnoteLabel: footnoteLabels.nb.heading,
  // Visible, as a normal heading: the default is a visually hidden one.
  footnoteLabelProperties: {},
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) => footnoteBackLabel('nb', referenceIndex, rereferenceIndex),
};

export const markdownOptions = {
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkDropMdxComments, remarkGfm, remarkAutolinkLetters, remarkNorwegianTypography],
  rehypePlugins: [
    rehypeTaskListLabels,
    rehypeTableAlignClasses,
    rehypeTableRegions,
    rehypeSourcePageLinks,
    rehypeTextImageSizes,
    rehypeFootnoteSearch,
    rehypeFootnoteLanguage,
    rehypeBareLinks,
    rehypeNynorskQuotes,
  ],
  remarkRehype: footnoteOptions,
};

/**
 * For `createMarkdownProcessor` (an MDX body rendered outside MDX): parsed as
 * MDX like the page (comments dropped as on the page), and no Shiki, whose inline colours the
 * CSP forbids (as in astro.config.mjs).
 */
export const rendererOptions = {
  ...markdownOptions,
  remarkPlugins: [remarkMdx, ...markdownOptions.remarkPlugins],
  syntaxHighlight: false as const,
};
