// Runs the content checker before Astro loads the collections, so a build with
// bad content stops with the editor-friendly messages (file, field, what to
// do) and nothing else, and `astro dev` checks again each time a content file
// is saved (in the editor or the CMS): the report goes to the terminal, and
// while there are problems every page of the site is the Norwegian report
// (content-report-page.ts) instead of Astro's English error overlay. The CMS
// asks for the problems after each save (src/cms/browser/content-report.js).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, resolve, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { bodyCheckPath, bodyImagesPath, contentReportPath } from '../cms/config.ts';
import { checkContent, formatProblems, type Problem } from '../content-check/index.ts';
import { bodyImageProblems, checkBodies, imagesWithProblems } from '../content-check/mdx.ts';
import { loadContent } from '../content-check/load.ts';
import { unsavedAnchorProblems } from '../content-check/page-anchors.ts';
import { siteAddresses } from '../content-check/site-addresses.ts';
import { collectionDefinitions, contentRoot, type CollectionName } from '../schemas/collections.ts';
import { entryTitle, reportPage, shownProblem } from './content-report-page.ts';

/** The whole content again; the rules between entries need all of it. */
async function problemsNow(): Promise<Problem[]> {
  return checkContent(contentRoot).catch((error: unknown) => [
    { file: relative(process.cwd(), contentRoot), message: `kunne ikke sjekke innholdet: ${String(error)}` },
  ]);
}

/** A request for a page of the site (not the CMS, its file API, or a script, style or image). */
function isSitePage(request: IncomingMessage): boolean {
  const url = request.url ?? '/';
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (/^\/(admin|api|@|_astro|node_modules|src)\b/.test(url) || url.startsWith('/__')) return false;
  return request.headers['sec-fetch-dest'] === 'document' || (request.headers.accept ?? '').includes('text/html');
}

/**
 * What the check would say of the images in a text not saved yet (`body` of the entry `slug`, or a new one, of
 * `collection`), as { problems: [{ image, message }], images } (how many images they are about): the CMS refuses such a save before it is made
 * (src/cms/browser/save-refusals.js), as the check, after it, held the whole site back.
 */
/** An unsaved text the CMS asks about: its entry's collection, file name, text and fields. */
interface UnsavedText {
  collection: CollectionName;
  slug?: string;
  body: string;
  data?: unknown;
}

/** The request's text, with where its file is or will be (a relative image is looked for from its folder). */
async function unsavedText(request: IncomingMessage): Promise<(UnsavedText & { file: string }) | undefined> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  const asked = JSON.parse(text) as UnsavedText;
  const definition = collectionDefinitions[asked.collection];
  if (!definition || typeof asked.body !== 'string') return undefined;
  return { ...asked, file: join(contentRoot, definition.folder, `${asked.slug || 'ny'}.${definition.format}`) };
}

/** The site's addresses, only for a text that links or points to one («/…»): they take reading every entry. */
const addressesFor = async (body: string) =>
  /\]\(\s*<?\//.test(body) || /^\s*\[[^\]]+\]:\s*<?\//m.test(body) ? siteAddresses((await loadContent(contentRoot)).entries) : undefined;

async function bodyImagesAnswer(request: IncomingMessage): Promise<string> {
  const asked = await unsavedText(request);
  if (!asked) return JSON.stringify({ problems: [] });
  const problems = await bodyImageProblems(asked.body, asked.file, await addressesFor(asked.body));
  return JSON.stringify({ problems: problems.map(({ image, message }) => ({ image, message })), images: imagesWithProblems(problems) });
}

/** Everything the check would say of the text (MDX it cannot read, Word's bullets, dead links …), line by line of it. */
async function bodyCheckAnswer(request: IncomingMessage): Promise<string> {
  const asked = await unsavedText(request);
  if (!asked) return JSON.stringify({ problems: [] });
  const problems = await checkBodies([{ collection: asked.collection, file: asked.file, body: asked.body, data: asked.data }], await addressesFor(asked.body));
  // A link to a place on a page the page lacks, the anchor read from the other entries' texts as saved.
  const id = asked.slug || 'ny';
  const anchors = await unsavedAnchorProblems({ collection: asked.collection, id, file: asked.file, body: asked.body }, async () => (await loadContent(contentRoot)).entries);
  return JSON.stringify({ problems: [...problems, ...anchors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map(({ line, message }) => ({ line, message })) });
}

function send(response: ServerResponse, status: number, type: string, body: string) {
  response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  response.end(body);
}

function recheckOnSave(logger: AstroIntegrationLogger, initial: Problem[]) {
  const root = resolve(contentRoot) + sep;
  let problems = initial;
  let running: Promise<Problem[]> = Promise.resolve(initial);
  return {
    name: 'kompetansebanken:content-recheck',
    configureServer(server: ViteDevServer) {
      /** One check at a time; a save while one runs is checked after it. */
      const recheck = (saved?: string) =>
        (running = running.then(async () => {
          const before = formatProblems(problems);
          problems = await problemsNow();
          const after = formatProblems(problems);
          if (problems.length === 0) logger.info(`${saved ? relative(process.cwd(), saved) : 'innholdet'} lagret: innholdet er i orden`);
          else logger.warn(after);
          // Open pages show the report, or the page again once it is fixed.
          if (after !== before) server.environments.client.hot.send({ type: 'full-reload', path: '*' });
          return problems;
        }));
      const onFile = (path: string) => {
        if (path.startsWith(root) && !path.startsWith(`${root}sources${sep}`)) void recheck(path);
      };
      server.watcher.add(root);
      server.watcher.on('change', onFile);
      server.watcher.on('add', onFile);
      server.watcher.on('unlink', onFile);
      // Before Astro's own routes: the report replaces every page while there are problems.
      server.middlewares.use((request, response, next) => {
        if ((request.url === bodyImagesPath || request.url === bodyCheckPath) && request.method === 'POST') {
          (request.url === bodyImagesPath ? bodyImagesAnswer(request) : bodyCheckAnswer(request)).then(
            (answer) => send(response, 200, 'application/json', answer),
            (error: unknown) => send(response, 400, 'application/json', JSON.stringify({ error: String(error) })),
          );
          return;
        }
        if (request.url === contentReportPath) {
          // Checked again now: the save that asks may be newer than the last change the watcher saw.
          void recheck()
            .then(async (found) => {
              // Each file read once, however many problems it has.
              const files = [...new Set(found.map(({ file }) => file))];
              const titles = new Map(await Promise.all(files.map(async (file) => [file, await entryTitle(file)] as const)));
              const problems = found.map((problem) => ({ ...shownProblem(problem), title: titles.get(problem.file) }));
              send(response, 200, 'application/json', JSON.stringify({ problems }));
            });
          return;
        }
        if (problems.length > 0 && isSitePage(request)) return send(response, 500, 'text/html', reportPage(problems));
        next();
      });
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
        const problems = await problemsNow();
        // In dev the editor keeps the preview running, and sees the report in the terminal and on the page.
        if (command === 'dev') {
          updateConfig({ vite: { plugins: [recheckOnSave(logger, problems)] } });
          if (problems.length > 0) logger.warn(formatProblems(problems));
          return;
        }
        if (problems.length === 0) return;
        // A build stops with the report alone: no stack trace, no English.
        process.stderr.write(`\n${formatProblems(problems)}\n\nBygget ble stoppet. Rett feilene over og bygg på nytt.\n`);
        process.exit(1);
      },
    },
  };
}
