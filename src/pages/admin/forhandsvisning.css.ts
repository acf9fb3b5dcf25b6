// /admin/forhandsvisning.css: the site's styles for the CMS preview.
import { previewStyles } from '../../cms/preview-styles.ts';

export async function GET() {
  return new Response(await previewStyles(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
