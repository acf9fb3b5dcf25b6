// In `astro dev`, an entry that fails its schema is kept as written instead of
// stopping the server with Astro's English error: the content check reports it
// in Norwegian, and while it does, the dev server shows that report instead of
// any page (src/integrations/content-check.ts). Such an entry is marked, and the
// pages leave it out (published.ts): the check and Astro's data store are
// updated separately, and for a while after a bad file was fixed or deleted the
// check could say all was well while the store still held the file as written.
// /nyheter/ then sorted an entry whose date was a plain string and crashed with
// an English stack trace (fresh eyes: CI runs of the CMS spec).
import type { Loader } from 'astro/loaders';

/** The key that marks an entry's data as kept as written (a string: the data store serializes the data). */
const keptKey = '__keptAsWritten';

/** Whether an entry's data is as written, not parsed by its schema. */
export function isKeptAsWritten(entry: { data: object }): boolean {
  return keptKey in entry.data;
}

/**
 * `inner`, whose entries that fail their schema are kept as written and marked when `dev`;
 * as it is otherwise (builds stay strict).
 */
export function keptWhenInvalid(inner: Loader, dev: boolean): Loader {
  if (!dev) return inner;
  return {
    ...inner,
    load: (context) =>
      inner.load({
        ...context,
        parseData: <T extends Record<string, unknown>>(props: { id: string; data: T; filePath?: string }) =>
          context.parseData(props).catch(() => ({ ...props.data, [keptKey]: true })),
      }),
  };
}
