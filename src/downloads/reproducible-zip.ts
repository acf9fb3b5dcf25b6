// The docx library stamps the build time into a Word file twice: the zip
// entries' modification times and the document's created/modified dates
// (docProps/core.xml). Both are set to one given date instead, so two builds
// of one commit write the same bytes.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** `date` must be 1980 or later (the zip format's first date); it is rounded to whole seconds. */
export function reproducibleZip(zip: Uint8Array, date: Date): Buffer {
  const stamp = new Date(Math.floor(date.getTime() / 1000) * 1000);
  const iso = stamp.toISOString().replace(/\.000Z$/, 'Z');
  const files: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(zip))) {
    const content =
      name === 'docProps/core.xml'
        ? strToU8(strFromU8(data).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, `$1${iso}`))
        : data;
    // Zip times have no time zone and fflate reads the local one: shift, so every machine writes the UTC time.
    files[name] = [content, { mtime: new Date(stamp.getTime() + stamp.getTimezoneOffset() * 60_000) }];
  }
  return Buffer.from(zipSync(files, { level: 6 }));
}
