// The CMS configuration, generated from the zod schemas at build (and on each request in dev).
import yaml from 'js-yaml';
import { cmsConfig } from '../../cms/config.ts';

export function GET() {
  return new Response(yaml.dump(cmsConfig(), { lineWidth: -1, noRefs: true }), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
}
