// /admin/innholdsregler.js: the content check's rules for one entry (entry-check.ts) for the CMS page, which runs them
// before a save (cms/browser/save-refusals.js). The module and what it imports (the schemas, zod) are bundled into one
// script with esbuild (the bundler Astro itself uses, at the version Astro brings), when the endpoint is asked: on
// each load of the CMS in `npm run dev`, so a changed schema counts at once; once in the build. No CDN, no copy of
// the rules to keep in step. The script sets window.kompetansebankenEntryCheck = { entryProblems, refusalMessage }.
import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';

// zod puts every language's messages in its namespace (`z.locales`), which no bundler can leave out: 264 KB of the
// script's 485. The check speaks Norwegian (schemas/messages.ts), and zod falls back to English: those two only.
const zodLocalesNeeded = "export { default as en } from 'zod/v4/locales/en.js'; export { default as no } from 'zod/v4/locales/no.js';";
const onlyNeededZodLocales: Plugin = {
  name: 'only-needed-zod-locales',
  setup(bundle) {
    bundle.onResolve({ filter: /^zod\/locales$|\/locales\/index\.js$/ }, ({ path, importer }) =>
      path === 'zod/locales' || /[\\/]zod[\\/]/.test(importer) ? { path: 'zod-locales', namespace: 'zod-locales' } : undefined,
    );
    bundle.onLoad({ filter: /.*/, namespace: 'zod-locales' }, () => ({ contents: zodLocalesNeeded, resolveDir: resolve('.') }));
  },
};

/** The global the script sets, which save-refusals.js reads. */
export const entryCheckGlobal = 'kompetansebankenEntryCheck';

/** The bundled script. The module is found from the project's folder, where `astro dev` and `astro build` run. */
export async function entryCheckScript(): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [resolve('src/content-check/entry-check.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: entryCheckGlobal,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    // Where the content is (schemas/collections.ts) means nothing in the browser.
    define: { 'process.env.KOMPETANSEBANKEN_CONTENT': 'undefined' },
    plugins: [onlyNeededZodLocales],
  });
  return outputFiles[0]!.text;
}
