// The MDX compile of `astro build` from the build cache: @astrojs/mdx compiles
// every .mdx file on every build, through the whole remark/rehype pipeline,
// which was about a tenth of a build's CPU time (issue 17). This wraps its
// transform so a file whose text, path and pipeline are as in an earlier build
// gets the same compiled module back. The pipeline's version is the site's code
// and installed packages (sourceCodeVersion) and astro.config.mjs, which sets
// the Markdown options. Only `astro build`; without the plugin or a version it
// does nothing.
import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { sourceCodeVersion } from '../build-cache/code-version.ts';
import { cachedFile, cacheKey } from '../build-cache/file-cache.ts';

/** The name @astrojs/mdx gives its Vite plugin. */
export const mdxPluginName = '@mdx-js/rolldown';

type Handler = (this: unknown, code: string, id: string) => Promise<unknown>;
/** Handlers already wrapped: Astro resolves a config per build step, with the same plugin in several. */
const wrapped = new WeakSet<Handler>();

/**
 * `handler`, answering from `<dir>/mdx-modules/` where it compiled the same
 * text, path and `version` before. Its result (code, source map, Astro's
 * metadata) is plain data, stored as JSON.
 */
export function cachedMdxTransform(handler: Handler, version: string, dir?: string): Handler {
  if (wrapped.has(handler)) return handler;
  const cached: Handler = async function (code, id) {
    const stored = await cachedFile('mdx-modules', [version, id, code], async () => Buffer.from(JSON.stringify(await handler.call(this, code, id))), dir);
    return JSON.parse(stored.toString('utf8')) as unknown;
  };
  wrapped.add(cached);
  return cached;
}

function configText(root: URL): string {
  try {
    return readFileSync(new URL('astro.config.mjs', root), 'utf8');
  } catch {
    return '';
  }
}

export function mdxCache(): AstroIntegration {
  return {
    name: 'kompetansebanken:mdx-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const code = sourceCodeVersion();
        if (command !== 'build' || code === null) return;
        const version = cacheKey([code, configText(config.root)]);
        const plugin: Plugin = {
          name: 'kompetansebanken:mdx-cache',
          configResolved(resolved) {
            const mdx = resolved.plugins.find((p) => p.name === mdxPluginName);
            const transform = mdx?.transform;
            if (transform && typeof transform === 'object' && typeof transform.handler === 'function')
              transform.handler = cachedMdxTransform(transform.handler as Handler, version) as typeof transform.handler;
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
