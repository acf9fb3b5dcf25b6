import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parallelNames, parallelNamesOf } from './parallel-names.ts';

describe('parallelNames', () => {
  it('names only participants: each id is a municipality of content/municipalities/', () => {
    for (const id of Object.keys(parallelNames)) {
      const file = new URL(`../../content/municipalities/${id}.yaml`, import.meta.url);
      expect(existsSync(file), id).toBe(true);
    }
    expect(readFileSync(new URL('../../content/municipalities/tana.yaml', import.meta.url), 'utf8')).toMatch(/^name: Tana$/m);
  });

  it('gives Tana its Sami name and none to a municipality without one', () => {
    expect(parallelNamesOf('tana').map((other) => other.name)).toEqual(['Deatnu']);
    expect(parallelNamesOf('kafjord').map((other) => other.name)).toEqual(['Gáivuotna', 'Kaivuono']);
    expect(parallelNamesOf('molde')).toEqual([]);
  });
});
