// The script the CMS page runs after Decap's own (served as /admin/cms-start.js):
// the Norwegian texts Decap lacks (and those it writes outside its locale),
// file names for new entries spelled like `npm run new` spells ids, groups that
// open on a click on their heading, the content check's report after a save
// (in `npm run dev`), and a preview that looks like the site,
// with the site's styles and an entry's title, ingress and text laid out as on
// its page. Decap starts by fetching config.yml, so what is registered right
// after it loads is in place when it needs it.
import { collectionDefinitions, collectionNames } from '../schemas/collections.ts';
import { spelledLetters } from '../lib/letters.ts';
import { contentReportPath } from './config.ts';
import { englishOutsideLocale, missingNorwegian, widgetNames } from './locale.ts';
import browserScript from './start-browser.js?raw';

export const previewStylesheet = '/admin/forhandsvisning.css';

export function startScript(): string {
  const collections = collectionNames.filter((n) => collectionDefinitions[n].format === 'mdx');
  const settings = {
    phrases: missingNorwegian,
    widgetNames,
    englishOutsideLocale,
    spelledLetters,
    reportPath: contentReportPath,
    stylesheet: previewStylesheet,
    collections,
  };
  return `window.kompetansebankenCms = ${JSON.stringify(settings)};\n${browserScript}`;
}
