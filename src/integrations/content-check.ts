// Runs the content checker before Astro loads the collections, so a build with
// bad content stops with the editor-friendly messages (file, field, what to do).
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../content-check/index.ts';
import { contentRoot } from '../schemas/collections.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'kompetansebanken:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        // `astro preview` serves a finished build; there is nothing to check.
        if (command === 'preview') return;
        const problems = await checkContent(contentRoot);
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        // In dev the editor keeps the preview running and sees the report.
        if (command === 'dev') logger.warn(report);
        else throw new Error(report);
      },
    },
  };
}
