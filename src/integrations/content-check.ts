// Runs the content checker before Astro loads the collections, so a build with
// bad content stops with the editor-friendly messages (file, field, what to
// do) and nothing else, and `astro dev` checks again each time a content file
// is saved (in the editor or the CMS), in the terminal and on the page.
import { relative, resolve, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { checkContent, formatProblems } from '../content-check/index.ts';
import { contentRoot } from '../schemas/collections.ts';

/** The whole content again; the rules between entries need all of it. */
async function report(): Promise<string | undefined> {
  const problems = await checkContent(contentRoot);
  return problems.length === 0 ? undefined : formatProblems(problems);
}

/** Shows the report in the browser's error overlay: the Norwegian text, no stack trace. */
function showOnPage(server: ViteDevServer, text: string) {
  server.environments.client.hot.send({ type: 'error', err: { message: text, stack: '', plugin: 'innholdskontroll' } });
}

function recheckOnSave(logger: AstroIntegrationLogger) {
  const root = resolve(contentRoot) + sep;
  let running: Promise<void> = Promise.resolve();
  return {
    name: 'kompetansebanken:content-recheck',
    configureServer(server: ViteDevServer) {
      const recheck = (path: string) => {
        if (!path.startsWith(root) || path.startsWith(`${root}sources${sep}`)) return;
        // One check at a time; a save while one runs is checked after it.
        running = running.then(async () => {
          const text = await report().catch((error: unknown) => `Kunne ikke sjekke innholdet: ${String(error)}`);
          if (text === undefined) logger.info(`${relative(process.cwd(), path)} lagret: innholdet er i orden`);
          else {
            logger.warn(text);
            showOnPage(server, text);
          }
        });
      };
      server.watcher.add(root);
      server.watcher.on('change', recheck);
      server.watcher.on('add', recheck);
      server.watcher.on('unlink', recheck);
    },
  };
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'kompetansebanken:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger, updateConfig }) => {
        // `astro preview` serves a finished build; there is nothing to check.
        if (command === 'preview') return;
        if (command === 'dev') updateConfig({ vite: { plugins: [recheckOnSave(logger)] } });
        const text = await report();
        if (text === undefined) return;
        // In dev the editor keeps the preview running and sees the report.
        if (command === 'dev') return logger.warn(text);
        // A build stops with the report alone: no stack trace, no English.
        process.stderr.write(`\n${text}\n\nBygget ble stoppet. Rett feilene over og bygg på nytt.\n`);
        process.exit(1);
      },
    },
  };
}
