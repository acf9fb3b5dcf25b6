// The docx library stamps the build time into a Word file twice (the zip
// entries' modification times and the document's created/modified dates in
// docProps/core.xml) and gives each hyperlink a random relationship id. Dates
// are set to one given date and the ids numbered in order instead, so two
// builds of one commit write the same bytes.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** `date` must be 1980 or later (the zip format's first date); it is rounded to whole seconds. */
export function reproducibleZip(zip: Uint8Array, date: Date): Buffer {
  const stamp = new Date(Math.floor(date.getTime() / 1000) * 1000);
  const iso = stamp.toISOString().replace(/\.000Z$/, 'Z');
  const entries = Object.entries(unzipSync(zip));
  // Random ids («rId9vetso5ipaztqatjfs4kz») in order of appearance; docx's own are «rId<number>».
  const ids = new Map<string, string>();
  for (const [name, data] of entries)
    if (name.endsWith('.rels'))
      for (const [, id = ''] of strFromU8(data).matchAll(/ Id="(rId[^"]*[^\d"][^"]*)"/g)) ids.set(id, `rIdLink${ids.size + 1}`);
  const files: Zippable = {};
  for (const [name, data] of entries) {
    let text = /\.(xml|rels)$/.test(name) ? strFromU8(data) : undefined;
    if (text !== undefined) text = text.replace(/"(rId[^"]+)"/g, (quoted, id: string) => (ids.has(id) ? `"${ids.get(id)}"` : quoted));
    if (name === 'docProps/core.xml') text = text?.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, `$1${iso}`);
    const content = text === undefined ? data : strToU8(text);
    // Zip times have no time zone and fflate reads the local one: shift, so every machine writes the UTC time.
    files[name] = [content, { mtime: new Date(stamp.getTime() + stamp.getTimezoneOffset() * 60_000) }];
  }
  return Buffer.from(zipSync(files, { level: 6 }));
}
