// The CMS configuration, generated from the zod schemas at build (and on each request in dev).
import yaml from 'js-yaml';
import { cmsConfig } from '../../cms/config.ts';
import { currentHosting } from '../../cms/hosting.ts';

export function GET() {
  return new Response(yaml.dump(cmsConfig(currentHosting(import.meta.env.DEV)), { lineWidth: -1, noRefs: true }), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
}
