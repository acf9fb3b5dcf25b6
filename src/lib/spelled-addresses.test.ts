import { describe, expect, it } from 'vitest';
import { isSpelledPath, keyboardSpelling, nameSpelling, spelledPaths } from './spelled-addresses.ts';

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

// A phone without æ, ø, å: the 404 page matches what was typed against the addresses whose name has them
// (lib/guessed-addresses.ts).
describe('keyboardSpelling', () => {
  it('folds every common way of typing æ, ø and å alike', () => {
    for (const typed of ['/kommuner/hægebostad/', '/kommuner/haegebostad/', '/kommuner/hagebostad/']) expect(keyboardSpelling(typed)).toBe('/kommuner/hagebostad/');
    for (const typed of ['/kommuner/bodø/', '/kommuner/bodoe/', '/kommuner/bodo/', '/kommuner/bod%C3%B8/']) expect(keyboardSpelling(typed)).toBe('/kommuner/bodo/');
    for (const typed of ['/kommuner/åmot/', '/kommuner/aamot/', '/kommuner/amot/', '/kommuner/a%CC%8Amot/']) expect(keyboardSpelling(typed)).toBe('/kommuner/amot/');
  });
});
