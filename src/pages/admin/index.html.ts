// /admin/: editing in the browser with Decap CMS (works with `npm run dev`).
import { adminPage } from '../../cms/admin-page.ts';

export function GET() {
  return new Response(adminPage(), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
