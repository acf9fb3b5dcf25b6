// /admin/oppforinger.json (entriesPath): the entries' titles and what links to what, for the CMS page (src/cms/entry-links.ts, src/integrations/cms-entry-links.ts).
import { entriesForCms } from '../../integrations/cms-entry-links.ts';
import { contentRoot } from '../../schemas/collections.ts';

export async function GET() {
  const entries = await entriesForCms(contentRoot, import.meta.env.DEV);
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
