// The Markdown pipeline the whole site uses: GFM through remark-gfm,
// accessible names for checklist checkboxes, and tables in scrollable regions. astro.config.mjs and the
// særtrykk renderer both take it from here.
import remarkGfm from 'remark-gfm';
import { rehypeTableRegions } from './rehype-table-regions.ts';
import { rehypeTaskListLabels } from './rehype-task-list-labels.ts';

export const markdownOptions = {
  gfm: false,
  remarkPlugins: [remarkGfm],
  rehypePlugins: [rehypeTaskListLabels, rehypeTableRegions],
};
