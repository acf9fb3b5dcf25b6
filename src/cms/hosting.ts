// Which backend the CMS pages are generated for: the dev server's file API in
// `astro dev`, otherwise the hosted one from the environment (backend.ts), or
// none (then /admin/ explains how to set one up).
import { hostedBackend, type CmsHosting } from './backend.ts';
import { devBackend } from './config.ts';

export function currentHosting(dev: boolean): CmsHosting | undefined {
  return dev ? devBackend : hostedBackend(process.env);
}
