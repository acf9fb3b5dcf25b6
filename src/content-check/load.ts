// Reads every content file and parses its frontmatter or YAML. Files that
// cannot be parsed, or whose name is not a valid id, become problems.
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readYaml } from '../lib/yaml.ts';
import { collectionDefinitions, type CollectionName } from '../schemas/collections.ts';
import type { Problem } from './problem.ts';
import { unreadableYaml } from './yaml-errors.ts';

export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Relative to the working directory. */
  file: string;
  data: unknown;
  /** The file's whole text, as read (for finding a field's line). */
  text: string;
  /** The MDX body, with the frontmatter blanked so line numbers still match. */
  body?: string;
  /** The file's line where the body begins: line 1 of the text field in the CMS. */
  bodyStartLine?: number;
}

const extensions = { mdx: ['.md', '.mdx'], yaml: ['.yaml'] } as const;
/** Images in an entry folder (the CMS puts them in content/media/; by hand they may sit beside an entry) are assets, not entries. */
const imageExtensions = new Set(['.avif', '.gif', '.jpeg', '.jpg', '.png', '.svg', '.webp']);
/** Photos in formats no browser shows (an iPhone's HEIC, a scanner's TIFF, a camera's raw file), put into a folder by hand. */
const otherPhotoExtensions = new Set(['.heic', '.heif', '.tif', '.tiff', '.bmp', '.dng', '.cr2', '.nef', '.psd']);
const idSegment = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

async function listFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}


/** Every entry of the content under `root`, or of the `only` collections given. */
export async function loadContent(root: string, only?: readonly CollectionName[]): Promise<{ entries: RawEntry[]; problems: Problem[] }> {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];

  for (const [collection, definition] of Object.entries(collectionDefinitions) as [
    CollectionName,
    (typeof collectionDefinitions)[CollectionName],
  ][]) {
    if (only && !only.includes(collection)) continue;
    const folder = join(root, definition.folder);
    const allowed: readonly string[] = extensions[definition.format];
    for (const path of await listFiles(folder)) {
      const file = relative(process.cwd(), path);
      const extension = extname(path);
      if (imageExtensions.has(extension.toLowerCase())) continue;
      if (otherPhotoExtensions.has(extension.toLowerCase())) {
        problems.push({
          file,
          message: `bildet er i formatet ${extension.slice(1).toUpperCase()}, som nettlesere ikke viser; lagre det som JPG, PNG eller WebP, bruk den filen, og slett denne`,
        });
        continue;
      }
      if (!allowed.includes(extension)) {
        problems.push({ file, message: `filtypen ${extension || '(ingen)'} hører ikke hjemme her; bruk ${allowed.join(' eller ')}` });
        continue;
      }
      const id = relative(folder, path).slice(0, -extension.length).split(sep).join('/');
      if (!id.split('/').every((segment) => idSegment.test(segment))) {
        problems.push({
          file,
          message: 'filnavnet må bestå av små bokstaver (a–z), tall og bindestrek, uten æ, ø, å og mellomrom (som «bydel-nordre-aker.mdx»)',
        });
        continue;
      }
      // Deleted since the folder was listed (a delete in the CMS while its list of entries was read): not there.
      const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      if (text === undefined) continue;
      try {
        if (definition.format === 'yaml') {
          entries.push({ collection, id, file, text, data: readYaml(text) });
        } else {
          const { rawFrontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
          // The frontmatter's lines and its two «---» lines come before the body.
          const bodyStartLine = rawFrontmatter.split(/\r?\n/).length + 1;
          entries.push({ collection, id, file, text, data: readYaml(rawFrontmatter), body: content, bodyStartLine });
        }
      } catch (error) {
        // In MDX the YAML starts on the line after the opening «---».
        const offset = definition.format === 'yaml' ? 1 : 2;
        const what = definition.format === 'yaml' ? 'YAML-en' : 'frontmatter';
        const yamlText = definition.format === 'yaml' ? text : (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '');
        const { line, reason } = unreadableYaml(error, text, yamlText, offset);
        problems.push({ file, line, message: `${what} kan ikke leses: ${reason}` });
      }
    }
  }
  return { entries, problems };
}
