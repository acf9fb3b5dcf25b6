// The main menu: the sections the registry (schemas/collections.ts) puts in
// it, and the three places that are not a collection, in their places: the key
// figures (a page journalists and readers look for first, as on regjeringen.no's
// «Tall og fakta»), the programme, and the press room.
import { pressPath } from './contact.ts';
import { entryUrl, sectionPaths } from './routes.ts';
import { collectionNames, perCollection } from '../schemas/collections.ts';

export interface MenuItem {
  label: string;
  href: string;
}

const menuPlaces = perCollection(({ section, menuPosition }) => (section && menuPosition ? { label: section, position: menuPosition } : undefined));

const places = [
  ...collectionNames.flatMap((name) => {
    const place = menuPlaces[name];
    return place ? [{ ...place, href: sectionPaths[name] }] : [];
  }),
  { label: 'Tall og fakta', href: entryUrl('pages', 'tall-og-fakta'), position: 7 },
  { label: 'Om programmet', href: entryUrl('pages', 'om-programmet'), position: 8 },
  { label: 'Presse', href: pressPath, position: 9 },
];

/** The menu's links in their order (the header shows them on wide screens and under «Meny» on phones). */
export const siteMenu: MenuItem[] = places.sort((a, b) => a.position - b.position).map(({ label, href }) => ({ label, href }));
