// The one list of content collections: where each lives under /content, its
// file format and its schema. content.config.ts and the content checker both
// read it, so a collection is declared once.
import type { z } from 'zod';
import { eventSchema } from './event.ts';
import { figureTableSchema } from './figure-table.ts';
import { filmSchema } from './film.ts';
import { municipalitySchema } from './municipality.ts';
import { pageSchema } from './page.ts';
import { newsletterSchema, newsSchema } from './publication.ts';
import { sickLeavePointSchema } from './sick-leave-point.ts';
import { storySchema } from './story.ts';
import { templateSchema } from './template.ts';
import { toolSchema } from './tool.ts';

export type ImageHelper = () => z.ZodType;

export interface CollectionDefinition {
  /** Folder under /content. */
  folder: string;
  format: 'mdx' | 'yaml';
  schema: (image: ImageHelper) => z.ZodType;
}

export const collectionDefinitions = {
  stories: { folder: 'stories', format: 'mdx', schema: storySchema },
  municipalities: { folder: 'municipalities', format: 'yaml', schema: () => municipalitySchema },
  tools: { folder: 'tools', format: 'mdx', schema: () => toolSchema },
  sickLeavePoints: { folder: 'sick-leave-points', format: 'mdx', schema: () => sickLeavePointSchema },
  templates: { folder: 'templates', format: 'mdx', schema: () => templateSchema },
  newsletters: { folder: 'newsletters', format: 'mdx', schema: () => newsletterSchema },
  news: { folder: 'news', format: 'mdx', schema: () => newsSchema },
  events: { folder: 'events', format: 'mdx', schema: () => eventSchema },
  films: { folder: 'films', format: 'yaml', schema: () => filmSchema },
  pages: { folder: 'pages', format: 'mdx', schema: () => pageSchema },
  figures: { folder: 'figures', format: 'yaml', schema: () => figureTableSchema },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof collectionDefinitions;

/** Where content lives; tests point it at fixtures. */
export const contentRoot = process.env.KOMPETANSEBANKEN_CONTENT ?? './content';

export const filePattern = { mdx: '**/*.{md,mdx}', yaml: '**/*.yaml' } as const;
