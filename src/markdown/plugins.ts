// The Markdown pipeline the whole site uses: GFM through remark-gfm, and
// accessible names for checklist checkboxes, and «s. N» linked to the cited page. astro.config.mjs and the
// særtrykk renderer both take it from here.
import remarkGfm from 'remark-gfm';
import { rehypeSourcePageLinks } from './rehype-source-page-links.ts';
import { rehypeTaskListLabels } from './rehype-task-list-labels.ts';

export const markdownOptions = {
  gfm: false,
  remarkPlugins: [remarkGfm],
  rehypePlugins: [rehypeTaskListLabels, rehypeSourcePageLinks],
};
