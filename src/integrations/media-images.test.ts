import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mediaImagesSource } from './media-images.ts';

describe('mediaImagesSource', () => {
  it('loads each image of the media folder by its path there, and nothing else', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'media-'));
    try {
      await mkdir(join(folder, 'mappe'));
      for (const name of ['skjermbilde.png', 'Foto.JPG', 'mappe/kart.webp', 'notat.txt']) await writeFile(join(folder, name), 'x');
      const source = mediaImagesSource(folder);
      const loaders = [...source.matchAll(/^ {2}("[^"]+"): \(\) => import\(("[^"]+")\),$/gm)].map(([, name, path]) => [JSON.parse(name!), JSON.parse(path!)]);
      expect(loaders).toEqual([
        ['Foto.JPG', join(folder, 'Foto.JPG')],
        ['mappe/kart.webp', join(folder, 'mappe/kart.webp')],
        ['skjermbilde.png', join(folder, 'skjermbilde.png')],
      ]);
    } finally {
      await rm(folder, { recursive: true });
    }
  });

  it('is an empty list without a media folder', () => {
    expect(mediaImagesSource(join(tmpdir(), 'finnes-ikke-media'))).toBe('export default {\n\n};\n');
  });
});
