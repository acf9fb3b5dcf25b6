// /admin/logo.svg: the site's name on the CMS's login page (Decap's `logo`), instead of Decap's own logo.
import { cmsLogo } from '../../cms/logo.ts';

export function GET() {
  return new Response(cmsLogo(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
