// The components an MDX body may use, by collection. src/pages/[id].astro passes
// these to the pages' bodies; the content check reports any other <Component />,
// which would otherwise pass the check and then fail the build.
import type { CollectionName } from '../schemas/collections.ts';

export const mdxComponents: Partial<Record<CollectionName, readonly string[]>> = {
  pages: ['PagesWithScript'],
};
