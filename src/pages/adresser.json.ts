// The addresses a reader may guess at, for the 404 page (scripts/not-found.ts, lib/guessed-addresses.ts):
// the pages named with æ, ø, å or an accent and the stories, matched against an address typed without those
// letters («/kommuner/hagebostad/», «/kommuner/bodoe/»), and the municipalities with their names, matched against
// a name guessed as an address («/kommuner/os/», «/kommuner/hægebostad-kommune/»).
// Fetched only after a miss, so it weighs nothing on any other page.
import type { APIRoute } from 'astro';
import { getPublished } from '../lib/content.ts';
import type { GuessableAddresses } from '../lib/guessed-addresses.ts';
import { entryUrl, sectionPaths } from '../lib/routes.ts';
import { byName } from '../lib/sort.ts';
import { spelledPages } from '../lib/spelled-pages.ts';

export const GET: APIRoute = async () => {
  const spelled = (await spelledPages()).map((page) => page.target);
  const stories = (await getPublished('stories')).map((story) => entryUrl('stories', story.id));
  const municipalities = (await getPublished('municipalities'))
    .sort(byName)
    .map((municipality) => [entryUrl('municipalities', municipality.id), municipality.data.name] as const);
  const municipalityAddresses = new Set(municipalities.map(([address]) => address));
  const guessable: GuessableAddresses = {
    addresses: [...new Set([...spelled, ...stories])].filter((address) => !municipalityAddresses.has(address)).sort(),
    municipalitySection: sectionPaths.municipalities,
    municipalities: Object.fromEntries(municipalities),
  };
  return new Response(JSON.stringify(guessable), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
