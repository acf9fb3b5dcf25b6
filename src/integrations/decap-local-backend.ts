// In `astro dev`, serves the CMS's file API (decap-server's local file system
// middleware) at /api/v1/ on the dev server itself: the CMS at /admin/ then
// reads and writes the files in content/ directly, on the same origin, with no
// second process and no cloud account. The built site has no such API.
import type { AstroIntegration } from 'astro';
import express from 'express';
import decapMiddlewares from 'decap-server/dist/middlewares.js';
import { CmsConfigError, hostedBackend } from '../cms/backend.ts';
import { cmsApiPath } from '../cms/config.ts';
import { keepExistingMedia } from '../cms/kept-media.ts';

export function decapLocalBackend(): AstroIntegration {
  return {
    name: 'kompetansebanken:decap-local-backend',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        if (command === 'build') {
          // A wrong CMS_* variable stops the build with what to write instead, before anything is built.
          try {
            hostedBackend(process.env);
          } catch (error) {
            if (!(error instanceof CmsConfigError)) throw error;
            process.stderr.write(`\nRedigeringsverktøyet (CMS) er satt opp feil: ${error.message}.\nSe «Publisere fra nettleseren» i docs/redaktorveiledning.md.\n`);
            process.exit(1);
          }
        }
        if (command !== 'dev') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'kompetansebanken:decap-local-backend',
                // A Vite plugin's middleware runs before Astro's routing, which would answer /api/v1 with a 404.
                async configureServer(server) {
                  const app = express();
                  // Read here first (decap-server's own parser then leaves the body as it is), so that a new entry's
                  // image never replaces another file of its name (cms/kept-media.ts).
                  app.use(express.json({ limit: '50mb' }));
                  app.use((request, _response, next) => {
                    const body = request.body as { action?: string; params?: Parameters<typeof keepExistingMedia>[1] } | undefined;
                    if (request.method !== 'POST' || body?.action !== 'persistEntry' || !body.params) return next();
                    keepExistingMedia(process.cwd(), body.params)
                      .then((renamed) => {
                        for (const [from, to] of renamed) logger.info(`${from} finnes fra før med et annet bilde: det nye er lagret som ${to}`);
                        next();
                      })
                      .catch(next);
                  });
                  await decapMiddlewares.registerLocalFs(app, { logLevel: 'warn' });
                  server.middlewares.use((request, response, next) => {
                    // The CMS page is an endpoint (admin/index.html); the dev server does not map /admin/ to it.
                    if (request.url === '/admin/' || request.url === '/admin') request.url = '/admin/index.html';
                    if (request.url?.startsWith(cmsApiPath)) app(request as express.Request, response as express.Response, next);
                    else next();
                  });
                  logger.info(`redigering i nettleseren: /admin/ (filene lagres i ${process.cwd()})`);
                },
              },
            ],
          },
        });
      },
    },
  };
}
