// The proper names the content gives for certain, kept whole by the soft
// hyphens (hyphenation/proper-names.ts): each municipality's name and the places where the
// events were held («Gardermoen», «Holmen Fjordhotell»). Read from the files
// as written, in the hyphenation's own process, after `astro build` has
// checked them; a file that cannot be read gives no names (the check says why).
import { loadContent } from './load.ts';

const textsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The names of the municipalities and the events' places under `root` (the content folder). */
export async function contentNames(root: string): Promise<string[]> {
  const { entries } = await loadContent(root, ['municipalities', 'events']);
  return entries.flatMap(({ collection, data }) => {
    const fields = (data ?? {}) as Record<string, unknown>;
    return textsOf(collection === 'municipalities' ? fields.name : fields.places);
  });
}
