import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyDecomposedFiles } from './decomposed-addresses.ts';

describe('copyDecomposedFiles', () => {
  it('copies a page whose path has a letter with a decomposed form (å) to that form, and leaves æ, ø and a–z alone', () => {
    const root = mkdtempSync(join(tmpdir(), 'nfd-'));
    for (const folder of ['kommuner/ås', 'kommuner/bærum', 'kommuner/as']) {
      mkdirSync(join(root, folder), { recursive: true });
      writeFileSync(join(root, folder, 'index.html'), folder);
    }
    expect(copyDecomposedFiles(root)).toEqual(['kommuner/a\u030As/index.html']);
    expect(readFileSync(join(root, 'kommuner', 'a\u030As', 'index.html'), 'utf8')).toBe('kommuner/ås');
    expect(copyDecomposedFiles(root)).toEqual([]);
  });
});
