import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mediaPublicPath } from './config.ts';
import { keepExistingMedia, type PersistEntryParams } from './kept-media.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A repository with content/media/ holding `files` (name → text). */
function repository(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kept-media-'));
  folders.push(dir);
  mkdirSync(join(dir, 'content', 'media'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'content', 'media', name), text);
  return dir;
}

const asset = (name: string, text: string) => ({ path: `content/media/${name}`, content: Buffer.from(text).toString('base64'), encoding: 'base64' as const });
const story = (name: string) => ({ path: 'content/stories/bodo.mdx', raw: `---\nimage:\n  src: ${mediaPublicPath}/${name}\n---\nTekst.\n\n![Bilde](${mediaPublicPath}/${name})\n` });

// Fresh eyes: a photo uploaded in a new, never-saved story replaced another story's photo of the same name.
describe('an image saved with a new entry', () => {
  it('does not replace a different file of the same name: it takes the next free name, and the entry points to it', async () => {
    const repo = repository({ 'foto.jpg': 'Tanas bilde', 'foto-2.jpg': 'et annet' });
    const params: PersistEntryParams = { entry: story('foto.jpg'), assets: [asset('foto.jpg', 'Bodøs bilde')] };
    const renamed = await keepExistingMedia(repo, params);
    expect([...renamed]).toEqual([['content/media/foto.jpg', 'content/media/foto-3.jpg']]);
    expect(params.assets[0]!.path).toBe('content/media/foto-3.jpg');
    expect(params.entry!.raw).toContain(`src: ${mediaPublicPath}/foto-3.jpg\n`);
    expect(params.entry!.raw).toContain(`](${mediaPublicPath}/foto-3.jpg)`);
    expect(params.entry!.raw).not.toContain('/foto.jpg');
    expect(readFileSync(join(repo, 'content', 'media', 'foto.jpg'), 'utf8')).toBe('Tanas bilde');
  });

  it('keeps the name where the file is the same image already, or there is none', async () => {
    const repo = repository({ 'foto.jpg': 'samme' });
    const params: PersistEntryParams = { dataFiles: [story('foto.jpg')], assets: [asset('foto.jpg', 'samme'), asset('ny.jpg', 'ny')] };
    expect((await keepExistingMedia(repo, params)).size).toBe(0);
    expect(params.assets.map((a) => a.path)).toEqual(['content/media/foto.jpg', 'content/media/ny.jpg']);
    expect(params.dataFiles![0]!.raw).toBe(story('foto.jpg').raw);
  });

  it('leaves a saved entry\'s image to Decap, which asks before it replaces a file of the same name', async () => {
    const repo = repository({ 'foto.jpg': 'Tanas bilde' });
    mkdirSync(join(repo, 'content', 'stories'));
    writeFileSync(join(repo, 'content', 'stories', 'bodo.mdx'), story('foto.jpg').raw);
    const params: PersistEntryParams = { entry: story('foto.jpg'), assets: [asset('foto.jpg', 'Bodøs bilde')] };
    expect((await keepExistingMedia(repo, params)).size).toBe(0);
    expect(params.assets[0]!.path).toBe('content/media/foto.jpg');
  });

  it('reuses a numbered name whose file has the same bytes, and leaves a longer name that begins alike', async () => {
    const repo = repository({ 'foto.jpg': 'Tanas bilde', 'foto-2.jpg': 'Bodøs bilde' });
    const entry = { path: 'content/news/a.mdx', raw: `![a](${mediaPublicPath}/foto.jpg) ![b](${mediaPublicPath}/foto.jpg.bak) ![c](${mediaPublicPath}/foto.jpgx)\n` };
    const params: PersistEntryParams = { entry, assets: [asset('foto.jpg', 'Bodøs bilde')] };
    await keepExistingMedia(repo, params);
    expect(params.assets[0]!.path).toBe('content/media/foto-2.jpg');
    expect(entry.raw).toBe(`![a](${mediaPublicPath}/foto-2.jpg) ![b](${mediaPublicPath}/foto.jpg.bak) ![c](${mediaPublicPath}/foto.jpgx)\n`);
  });
});
