// Decap keeps a copy of the form in the browser (localForage, «backup.<collection>» for a new entry, «….<slug>» for a
// saved one), written 2 s after the last change and once more as its editor closes, and deletes it after a save. A save
// that left the editor before Decap had deleted it («Publiser og lag nytt» reloads the page at once; «Ny» straight
// after) kept the copy, and the next form asked «Vil du gjenopprette …?» with the text just published: «OK» made a
// second entry of it. The CMS page deletes an entry's copies at its save and remembers what the save wrote
// (browser/published-backup.js); a copy Decap writes after that and that says only the same is answered «no» without
// asking. Self-contained: the CMS page runs the source of these (start-script.ts).

/**
 * Where Decap keeps its copies of forms: localForage's IndexedDB database and its store. Decap uses localForage as it
 * comes (decap-cms-lib-util configures no name), so these are localForage's defaults; published-backup.test.ts reads
 * them from the Decap bundle the CMS page loads, and fails if an update of Decap or localForage changes them (the
 * deletion would then find nothing, and the text just published be offered again, without a word).
 */
export const decapBackupStore = { database: 'localforage', store: 'keyvaluepairs' } as const;

/**
 * Decap's key for its copy of a form (its backend's getEntryBackupKey): «backup.<collection>» for a new entry,
 * «backup.<collection>.<slug>» for a saved one; published-backup.test.ts holds it against Decap's own. Sent as its source.
 */
export function backupKey(collection: string, slug?: string): string {
  return `backup.${collection}${slug ? `.${slug}` : ''}`;
}

/** How many saves are remembered: the copies Decap keeps are one per entry, and only those of the last saves matter. */
export const rememberedSaves = 20;

/**
 * Whether Decap's copy of a form (`backup`: its data, cleaned as a save cleans it) says only what a save wrote
 * (`saved`: the data as written): then there is nothing to restore. Text that differs only in its spaces and line
 * ends is the same (the copy is the form as typed, the save what the file got); an empty field is the same as a
 * missing one.
 */
export function backupIsSaved(backup: unknown, saved: unknown): boolean {
  const blank = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();
  const same = (a: unknown, b: unknown): boolean => {
    if (blank(a) && blank(b)) return true;
    if (typeof a === 'string' && typeof b === 'string') return spaced(a) === spaced(b);
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  };
  return same(backup, saved);
}
