// /admin/: editing in the browser with Decap CMS; on a built site without a
// hosted backend, how to set one up.
import { adminPage, setupPage } from '../../cms/admin-page.ts';
import { currentHosting } from '../../cms/hosting.ts';

export function GET() {
  const hosting = currentHosting(import.meta.env.DEV);
  return new Response(hosting ? adminPage(hosting) : setupPage(), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
