// The addresses whose page's name has æ, ø, å or an accent, for the 404 page: it matches an address typed
// without those letters («/kommuner/hagebostad/», «/kommuner/bodoe/») against them (scripts/not-found.ts).
// Fetched only after a miss, so it weighs nothing on any other page.
import type { APIRoute } from 'astro';
import { spelledPages } from '../lib/spelled-pages.ts';

export const GET: APIRoute = async () => {
  const targets = [...new Set((await spelledPages()).map((page) => page.target))].sort();
  return new Response(JSON.stringify(targets), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
