import { describe, expect, it } from 'vitest';
import { isSplit } from './unknown-word.ts';

// Fresh eyes: «sykehjemsavdeling» and «Lederopplæring», which no page has, were said as typos («du skrev …») of their parts.
describe('isSplit', () => {
  it('takes parts that are the word\'s own letters, a linking «s» or «e» between them or none, for a split', () => {
    expect(isSplit('sykehjemsavdeling', 'sykehjem avdeling')).toBe(true);
    expect(isSplit('Lederopplæring', 'leder opplæring')).toBe(true);
    expect(isSplit('arbeidsmiljøutvalgsmøte', 'arbeidsmiljø utvalg møte')).toBe(true);
    expect(isSplit('barnehageforeldremøte', 'barnehage foreldre møte')).toBe(true);
  });

  it('takes parts with a letter changed for a correction', () => {
    expect(isSplit('Lederoppfolging', 'leder oppfølging')).toBe(false);
    expect(isSplit('heiltidskultur', 'heltid kultur')).toBe(false);
    expect(isSplit('foreldrmøte', 'foreldre møte')).toBe(false);
  });
});
