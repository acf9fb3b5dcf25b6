import { describe, expect, it } from 'vitest';
import { factSourceFaults } from './new-item.ts';

describe('factSourceFaults', () => {
  it('asks a new story for its source in words and no programme document, an archive story the other way round', () => {
    expect(factSourceFaults(true, false, true)).toEqual([]);
    expect(factSourceFaults(true, true, true)).toEqual(['programmeSourceInNew']);
    expect(factSourceFaults(true, false, false)).toEqual(['ownSourceMissing']);
    expect(factSourceFaults(false, true, false)).toEqual([]);
    expect(factSourceFaults(false, false, true)).toEqual(['programmeSourceMissing', 'ownSourceInArchive']);
  });

  it('runs from its source alone, as the CMS page runs it before a save', () => {
    const fromSource = new Function(`return ${factSourceFaults.toString()}`)() as typeof factSourceFaults;
    expect(fromSource(false, false, false)).toEqual(['programmeSourceMissing']);
    expect(fromSource(true, true, false)).toEqual(['programmeSourceInNew']);
  });
});
