// Rules that span entries: references point at entries that exist, numbers
// that must be unique are, and the ten points are exactly 1 to 10.
import type { z } from 'zod';
import { reservedPageIds } from '../lib/routes.ts';
import { perCollection, type CollectionName } from '../schemas/collections.ts';
import type { filmSchema } from '../schemas/film.ts';
import type { municipalitySchema } from '../schemas/municipality.ts';
import type { newsletterSchema, newsSchema } from '../schemas/publication.ts';
import type { sickLeavePointSchema } from '../schemas/sick-leave-point.ts';
import type { storySchema } from '../schemas/story.ts';
import type { templateSchema } from '../schemas/template.ts';
import type { toolSchema } from '../schemas/tool.ts';
import type { Problem } from './problem.ts';
import type { ValidEntry } from './validate.ts';

type Story = z.infer<ReturnType<typeof storySchema>>;

/** Folder names editors see, for messages. */
const folders = perCollection((definition) => `content/${definition.folder}`);

export function checkIntegrity(entries: readonly ValidEntry[]): Problem[] {
  const problems: Problem[] = [];
  const byCollection = new Map<CollectionName, Map<string, ValidEntry>>();
  for (const entry of entries) {
    const ids = byCollection.get(entry.collection) ?? new Map<string, ValidEntry>();
    const earlier = ids.get(entry.id);
    if (earlier)
      problems.push({ file: entry.file, message: `id-en «${entry.id}» er allerede brukt av ${earlier.file}; gi filen et annet navn` });
    else ids.set(entry.id, entry);
    byCollection.set(entry.collection, ids);
  }
  const all = (collection: CollectionName) => [...(byCollection.get(collection)?.values() ?? [])];

  function expectEntry(target: CollectionName, id: string, from: ValidEntry, field: string) {
    if (byCollection.get(target)?.has(id)) return;
    problems.push({
      file: from.file,
      field,
      message: `«${id}» finnes ikke; det må være navnet (uten filtype) på en fil i ${folders[target]}`,
    });
  }

  function expectUnique(collection: CollectionName, field: string, valueOf: (e: ValidEntry) => unknown) {
    const seen = new Map<unknown, ValidEntry>();
    for (const entry of all(collection)) {
      const value = valueOf(entry);
      if (value === undefined) continue;
      const first = seen.get(value);
      if (first) problems.push({ file: entry.file, field, message: `${String(value)} er allerede brukt i ${first.file}; hvert nummer kan bare brukes én gang` });
      else seen.set(value, entry);
    }
  }

  for (const entry of all('stories')) {
    const story = entry.data as Story;
    story.municipalities.forEach((id, i) => expectEntry('municipalities', id, entry, `municipalities (nr. ${i + 1})`));
    story.sameTheme?.municipalities.forEach((id, i) =>
      expectEntry('municipalities', id, entry, `sameTheme → municipalities (nr. ${i + 1})`),
    );
    story.tools.forEach((id, i) => expectEntry('tools', id, entry, `tools (nr. ${i + 1})`));
  }
  for (const entry of all('municipalities')) {
    const { partOf } = entry.data as z.infer<typeof municipalitySchema>;
    if (partOf) expectEntry('municipalities', partOf, entry, 'partOf');
  }
  for (const entry of all('tools')) {
    (entry.data as z.infer<typeof toolSchema>).related.forEach((id, i) => expectEntry('tools', id, entry, `related (nr. ${i + 1})`));
  }
  for (const entry of all('templates')) {
    const { exampleStory } = entry.data as z.infer<typeof templateSchema>;
    if (exampleStory) expectEntry('stories', exampleStory, entry, 'exampleStory');
  }
  for (const entry of all('films')) {
    (entry.data as z.infer<typeof filmSchema>).municipalities.forEach((id, i) =>
      expectEntry('municipalities', id, entry, `municipalities (nr. ${i + 1})`),
    );
  }
  for (const entry of all('newsletters')) {
    (entry.data as z.infer<typeof newsletterSchema>).items.forEach((item, i) =>
      expectEntry(item.collection, item.id, entry, `items (nr. ${i + 1}) → id`),
    );
  }
  for (const entry of all('pages')) {
    if (reservedPageIds.has(entry.id))
      problems.push({ file: entry.file, message: `«${entry.id}» er adressen til en egen del av nettstedet; gi siden et annet filnavn` });
  }

  expectUnique('newsletters', 'issue', (e) => (e.data as z.infer<typeof newsletterSchema>).issue);
  expectUnique('news', 'number', (e) => (e.data as z.infer<typeof newsSchema>).number);
  expectUnique('sickLeavePoints', 'number', (e) => (e.data as z.infer<typeof sickLeavePointSchema>).number);

  // The ten points: each of 1–10 exactly once (duplicates are reported above).
  const points = all('sickLeavePoints');
  if (points.length > 0) {
    const numbers = new Set(points.map((e) => (e.data as z.infer<typeof sickLeavePointSchema>).number));
    const missing = Array.from({ length: 10 }, (_, i) => i + 1).filter((n) => !numbers.has(n));
    if (missing.length > 0)
      problems.push({ file: folders.sickLeavePoints, message: `punkt ${missing.join(', ')} mangler; de ti punktene skal ha nummer 1 til 10` });
  }
  for (const entry of all('stories')) {
    (entry.data as Story).sickLeavePoints.forEach((n, i) => {
      if (points.length > 0 && !points.some((p) => (p.data as z.infer<typeof sickLeavePointSchema>).number === n))
        problems.push({ file: entry.file, field: `sickLeavePoints (nr. ${i + 1})`, message: `det finnes ikke noe punkt ${n}` });
    });
  }
  return problems;
}
