import { describe, expect, it } from 'vitest';
import { allowedEdits, correction, editDistance, unswapped } from './nearest-word.ts';
import { fold, hasKeyboardSpelling, isKnown, withLettersRestored } from './spelling.ts';

const words = { vennesla: 24, venstre: 3, nøtterøy: 21, noter: 1, hægebostad: 23, hå: 20, bømlo: 21, sykefravær: 77, sykefraværet: 40, mote: 2, møte: 30, pårørende: 5 };

describe('fold', () => {
  it('folds æ, ø, å and their keyboard spellings alike', () => {
    expect(fold('Nøtterøy')).toBe(fold('notteroy'));
    expect(fold('Hægebostad')).toBe(fold('haegebostad'));
    expect(fold('paaroerende')).toBe(fold('pårørende'));
  });
});

describe('correction', () => {
  it('restores æ, ø and å in place names and words', () => {
    expect(correction('notteroy', words)).toBe('nøtterøy');
    expect(correction('haegebostad', words)).toBe('hægebostad');
    expect(correction('bomlo', words)).toBe('bømlo');
    expect(correction('sykefravaer', words)).toBe('sykefravær');
  });

  it('fixes a small typo, preferring the most used word', () => {
    expect(correction('sykefravr', words)).toBe('sykefravær');
    expect(correction('pårørnde', words)).toBe('pårørende');
  });

  it('takes two swapped letters as one typo', () => {
    expect(correction('sykefarvær', words)).toBe('sykefravær');
    expect(correction('notre', words)).toBe('noter');
  });

  // Fresh eyes: «sick leave» was searched as «lave».
  it('corrects a word of five letters or fewer only for a slip: a letter left out, swapped, doubled, a key beside it or a vowel for another', () => {
    const short = { lave: 12, skole: 30, møte: 30, noter: 1 };
    expect(correction('leave', short)).toBeUndefined();
    expect(correction('lsve', short)).toBe('lave');
    expect(correction('lavee', short)).toBe('lave');
    expect(correction('lve', short, 1)).toBe('lave');
    expect(correction('skile', short)).toBe('skole');
    expect(correction('skple', short)).toBe('skole');
    expect(correction('skale', short)).toBe('skole');
    // A nynorsk form, a vowel for a vowel, is no slip of a finger but is corrected as one: «born» is «barn», not «bjørn».
    expect(correction('born', { barn: 40, bjørn: 2 })).toBe('barn');
    expect(correction('skxle', short)).toBeUndefined();
    expect(correction('møtre', short)).toBe('møte');
    expect(correction('notre', short)).toBe('noter');
  });

  it('fixes two typos in a word of six letters or more («Vensla» for «Vennesla»), not in shorter ones', () => {
    expect(correction('Vensla', words)).toBe('vennesla');
    expect(correction('Venesl', words)).toBe('vennesla');
    expect(allowedEdits(5)).toBe(1);
    expect(correction('møtee', words)).toBe('møte');
    expect(correction('mxtex', words)).toBeUndefined();
    expect(correction('hx', words)).toBeUndefined();
  });

  it('leaves a word that exists alone: «mote» is known', () => {
    expect(isKnown('mote', words)).toBe(true);
    expect(isKnown('notteroy', words)).toBe(false);
  });
});

it('editDistance stops at the limit', () => {
  expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  expect(editDistance('ab', 'ba', 2)).toBe(1);
  expect(editDistance('abcd', 'badc', 3)).toBe(2);
});

// Fresh eyes: «mandla» found nothing, Pagefind having matched «man» of it; «Oppdal» must not be read as «Oppnå».
describe('unswapped', () => {
  const places = { mandal: 34, man: 200, oppnå: 10, lervik: 2, nøtterøy: 21 };

  it('gives the site word that is the word with two neighbouring letters swapped back, in any case, æ, ø, å folded', () => {
    expect(unswapped('mandla', places)).toBe('mandal');
    expect(unswapped('Mandla', places)).toBe('mandal');
    expect(unswapped('ntoterøy', places)).toBe('nøtterøy');
  });

  it('gives nothing for another slip or a word two letters from the site\'s, nor for the word itself', () => {
    expect(unswapped('Oppdal', places)).toBeUndefined();
    expect(unswapped('Larvik', places)).toBeUndefined();
    expect(unswapped('mandal', places)).toBeUndefined();
    expect(unswapped('arbeidsmiljøqqq', places)).toBeUndefined();
  });
});

describe('withLettersRestored', () => {
  const words = { ås: 20, åsnes: 25, aasrud: 1, øst: 4, ost: 1, bærum: 3, barum: 1 };
  it('gives the site word with æ, ø or å put back', () => {
    expect(withLettersRestored('AAS', words)).toBe('ås');
    expect(withLettersRestored('baerum', words)).toBe('bærum');
  });
  it('gives nothing for a word the site has as typed, or one with other letters', () => {
    expect(withLettersRestored('ost', { ost: 5, øst: 4 })).toBe(undefined);
    // Though the other word is used more: «mal» (template) is not «mål», «bor» not «bør».
    expect(withLettersRestored('mal', { mal: 6, mål: 82 })).toBe(undefined);
    expect(withLettersRestored('Bor', { bor: 3, bør: 40 })).toBe(undefined);
    expect(withLettersRestored('aas', { aas: 1, ås: 20 })).toBe('ås');
    // A word on one page only may be a misspelling quoted («hagebostad» in the accessibility statement).
    expect(withLettersRestored('hagebostad', { hagebostad: 1, hægebostad: 40 })).toBe('hægebostad');
    expect(withLettersRestored('asnes', { åsnes: 25 })).toBe('åsnes');
    expect(withLettersRestored('asne', words)).toBe(undefined);
    expect(withLettersRestored('aasru', words)).toBe(undefined);
  });
  it('never takes away an æ, ø or å typed: «vår» is on the site, the more used «var» is another word', () => {
    expect(withLettersRestored('vår', { var: 88, vår: 8 })).toBe(undefined);
    expect(withLettersRestored('Vår', { var: 88, vår: 8 })).toBe(undefined);
    expect(withLettersRestored('Nøtteroy', { nøtterøy: 5 })).toBe('nøtterøy');
  });
});

describe('hasKeyboardSpelling', () => {
  it('finds aa, ae and oe in any case', () => {
    expect(['AAS', 'Baerum', 'hoeyanger'].map(hasKeyboardSpelling)).toEqual([true, true, true]);
    expect(['Ås', 'mote', 'sykefravær'].map(hasKeyboardSpelling)).toEqual([false, false, false]);
  });
});
