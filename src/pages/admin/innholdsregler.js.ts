// /admin/innholdsregler.js: the content check's rules for one entry, which the CMS page runs before a save (src/content-check/entry-check-script.ts).
import { entryCheckScript } from '../../content-check/entry-check-script.ts';

export async function GET() {
  return new Response(await entryCheckScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
