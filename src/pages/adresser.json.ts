// The addresses a reader may guess at, for the 404 page (scripts/not-found.ts, lib/guessed-addresses.ts):
// the pages named with æ, ø, å or an accent and the stories, matched against an address typed without those
// letters («/kommuner/hagebostad/», «/kommuner/bodoe/»), and the municipalities with their names, matched against
// a name guessed as an address («/kommuner/os/», «/kommuner/hægebostad-kommune/»), and Oslo's districts that took
// part, for «/kommuner/oslo/».
// Fetched only after a miss, so it weighs nothing on any other page.
import type { APIRoute } from 'astro';
import { getPublished } from '../lib/content.ts';
import type { GuessableAddresses } from '../lib/guessed-addresses.ts';
import { entryUrl, sectionPaths } from '../lib/routes.ts';
import { byName } from '../lib/sort.ts';
import { parallelNamesOf } from '../lib/parallel-names.ts';
import { spelledPages } from '../lib/spelled-pages.ts';

export const GET: APIRoute = async () => {
  const spelled = (await spelledPages()).map((page) => page.target);
  const stories = (await getPublished('stories')).map((story) => entryUrl('stories', story.id));
  const municipalities = (await getPublished('municipalities'))
    .sort(byName)
    .map((municipality) => [entryUrl('municipalities', municipality.id), municipality.data.name] as const);
  const municipalityAddresses = new Set(municipalities.map(([address]) => address));
  // A district names its county, not its city; Oslo is the one county that is one municipality, so its districts'
  // city is known. Only while Oslo itself has no page: its name then goes to that page.
  const osloDistricts = (await getPublished('municipalities'))
    .filter((municipality) => municipality.data.kind === 'bydel' && municipality.data.county === 'oslo')
    .sort(byName)
    .map((district) => entryUrl('municipalities', district.id));
  const osloHasPage = municipalities.some(([, name]) => name === 'Oslo');
  const guessable: GuessableAddresses = {
    addresses: [...new Set([...spelled, ...stories])].filter((address) => !municipalityAddresses.has(address)).sort(),
    municipalitySection: sectionPaths.municipalities,
    municipalities: Object.fromEntries(municipalities),
    districts: osloDistricts.length > 0 && !osloHasPage ? { Oslo: osloDistricts } : {},
    parallelNames: Object.fromEntries(
      (await getPublished('municipalities')).flatMap((municipality) =>
        parallelNamesOf(municipality.id).map(({ name }) => [name, entryUrl('municipalities', municipality.id)] as const),
      ),
    ),
  };
  return new Response(JSON.stringify(guessable), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
