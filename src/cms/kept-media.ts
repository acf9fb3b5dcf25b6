// A new entry's images are written with the entry (Decap's persistEntry, `assets`), and an upload there replaced
// a file of the same name without a word: Decap asks «erstatte?» only for a file its media library lists, and a
// never-saved entry's library listed nothing (fresh eyes: a published story then showed another story's photo).
// So the dev server's file API never writes such an image over a different file: it takes the next free name
// («foto-2.jpg»), and the entry's text and fields point to that name.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { mediaPublicPath } from './config.ts';
import { escapeRegExp } from '../lib/escape-regexp.ts';

/** What decap-server's `persistEntry` action is sent (decap-server/src/middlewares/localFs): files relative to the repository. */
export interface PersistEntryParams {
  entry?: { path: string; raw: string };
  dataFiles?: { path: string; raw: string }[];
  assets: { path: string; content: string; encoding: BufferEncoding }[];
}

const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The file's hash, or undefined where there is no file. */
async function hashOf(file: string): Promise<string | undefined> {
  return readFile(file).then(digest, () => undefined);
}

/** `name.jpg`, `name-2.jpg`, `name-3.jpg` …: the n-th candidate for a file's name. */
function numbered(path: string, n: number): string {
  if (n === 1) return path;
  const { dir, name, ext } = posix.parse(path);
  return posix.join(dir, `${name}-${n}${ext}`);
}

/**
 * For a new entry (its file not yet in `repository`), renames, in place, every asset of `params` whose path holds a
 * different file to the first free name (or the name whose file has the same bytes), and points the entry's text at
 * it. Returns the renames made (old path → new path). An asset whose bytes are the file's already is left as it is.
 */
export async function keepExistingMedia(repository: string, params: PersistEntryParams): Promise<Map<string, string>> {
  const renamed = new Map<string, string>();
  // Most saves carry no image: then no file is read.
  if (!params.assets?.length) return renamed;
  const files = params.dataFiles ?? (params.entry ? [params.entry] : []);
  // A saved entry's library lists the folder, and Decap asks before replacing (answered «OK»: replaced, as asked).
  const saved = await Promise.all(files.map((file) => hashOf(join(repository, file.path))));
  if (files.length === 0 || saved.some((hash) => hash !== undefined)) return renamed;
  for (const asset of params.assets) {
    const wanted = digest(Buffer.from(asset.content, asset.encoding));
    let n = 1;
    for (;;) {
      const existing = await hashOf(join(repository, numbered(asset.path, n)));
      if (existing === undefined || existing === wanted) break;
      n++;
    }
    if (n === 1) continue;
    const to = numbered(asset.path, n);
    renamed.set(asset.path, to);
    asset.path = to;
  }
  for (const file of files) {
    for (const [from, to] of renamed) {
      // The text refers to the image by the media folder's public path («../media/foto.jpg»).
      const before = `${mediaPublicPath}/${posix.basename(from)}`;
      const pattern = new RegExp(`${escapeRegExp(before)}(?![\\p{L}\\p{N}._-])`, 'gu');
      file.raw = file.raw.replace(pattern, `${mediaPublicPath}/${posix.basename(to)}`);
    }
  }
  return renamed;
}
