// /admin/cms-start.js: Norwegian texts and the site-like preview (src/cms/start-script.ts).
import { startScript } from '../../cms/start-script.ts';

export function GET() {
  return new Response(startScript({ checkAfterSave: import.meta.env.DEV }), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
