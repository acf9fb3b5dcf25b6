import { describe, expect, it } from 'vitest';
import { isSpelledPath, nameSpelling, spelledPaths } from './spelled-addresses.ts';

describe('nameSpelling', () => {
  it('spells an address segment as its name does', () => {
    expect(nameSpelling('haegebostad', 'Hægebostad')).toBe('hægebostad');
    expect(nameSpelling('aurskog-holand', 'Aurskog-Høland')).toBe('aurskog-høland');
    expect(nameSpelling('os-i-osterdalen', 'Os i Østerdalen')).toBe('os-i-østerdalen');
    expect(nameSpelling('as', 'Ås')).toBe('ås');
  });

  it('finds the segment among the words of a longer name', () => {
    expect(nameSpelling('uonsket-deltid', 'Uønsket deltid og arbeidstid')).toBe('uønsket-deltid');
    expect(nameSpelling('niva', 'Nivå i kvalitetstrakten')).toBe('nivå');
  });

  it('gives nothing when the name spells the segment the same, or does not spell it', () => {
    expect(nameSpelling('mandal', 'Mandal')).toBeUndefined();
    expect(nameSpelling('gloppen-foreldre', 'Foreldremøter i Gloppen')).toBeUndefined();
  });
});

describe('spelledPaths', () => {
  it('gives every mix of the section\'s and the page\'s spellings, not the address itself', () => {
    expect(
      spelledPaths([
        { segment: 'sykefravaer', name: 'Sykefravær' },
        { segment: 'dialogmoter', name: 'Dialogmøter' },
      ]).sort(),
    ).toEqual(['/sykefravaer/dialogmøter/', '/sykefravær/dialogmoter/', '/sykefravær/dialogmøter/']);
    expect(spelledPaths([{ segment: 'kommuner', name: 'Kommuner' }, { segment: 'mandal', name: 'Mandal' }])).toEqual([]);
  });

  it('knows a spelled path, percent-encoded or not, from an address of the site', () => {
    expect(isSpelledPath('/kommuner/hægebostad/')).toBe(true);
    expect(isSpelledPath('/kommuner/h%C3%A6gebostad/')).toBe(true);
    expect(isSpelledPath('/kommuner/haegebostad/')).toBe(false);
  });
});
