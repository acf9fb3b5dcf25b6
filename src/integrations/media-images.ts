// The images of the media folder (content/media/, «Bilder og filer») as a module
// of loaders by their path in the folder, for the newsletter's e-mail: an image
// in its text («../media/skjermbilde.png») is given there the address the page's
// build gives it (email/newsletter-images.ts). The folder is read when the
// module is loaded, from the content root set for this run; in `astro dev` the
// module is read anew when a file is added to the folder or taken out of it.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { mediaFolder } from '../cms/config.ts';
import { uploadableImageExtensions } from '../cms/media.ts';
import { contentRoot } from '../schemas/collections.ts';

/** The module's name (typed in src/types/media-images.d.ts). */
export const mediaImagesModule = 'virtual:kompetansebanken/media-images';
const resolvedId = `\0${mediaImagesModule}`;

/** The module's source: a loader of each image under `folder`, by its path there with «/». */
export function mediaImagesSource(folder: string): string {
  const names = existsSync(folder)
    ? readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .map((name) => name.split(sep).join('/'))
        .filter((name) => uploadableImageExtensions.some((extension) => name.toLowerCase().endsWith(extension)))
        .sort()
    : [];
  return `export default {\n${names.map((name) => `  ${JSON.stringify(name)}: () => import(${JSON.stringify(join(folder, name))}),`).join('\n')}\n};\n`;
}

export function mediaImages(): AstroIntegration {
  const folder = resolve(contentRoot, mediaFolder);
  return {
    name: 'kompetansebanken:media-images',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'kompetansebanken:media-images',
                resolveId: (id: string) => (id === mediaImagesModule ? resolvedId : undefined),
                load: (id: string) => (id === resolvedId ? mediaImagesSource(folder) : undefined),
                configureServer(server) {
                  const changed = (file: string) => {
                    if (!resolve(file).startsWith(folder + sep)) return;
                    for (const environment of Object.values(server.environments)) {
                      const module = environment.moduleGraph.getModuleById(resolvedId);
                      if (module) environment.moduleGraph.invalidateModule(module);
                    }
                  };
                  server.watcher.on('add', changed).on('unlink', changed);
                },
              },
            ],
          },
        });
      },
    },
  };
}
