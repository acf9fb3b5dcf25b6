import { describe, expect, it } from 'vitest';
import { restoredStart } from './restored-start.ts';

const words = { hægebostad: 40, haga: 3, bærum: 6, bære: 2, bar: 9, barnehage: 120, høyanger: 6, høyt: 12, høy: 20, østre: 4, tromsø: 6, troms: 8 };

describe('restoredStart', () => {
  it('puts æ, ø and å back in a start typed without them', () => {
    expect(restoredStart('hageb', words)).toBe('hægeb');
    expect(restoredStart('hage', words)).toBe('hæge');
    expect(restoredStart('Hoya', words)).toBe('høya');
    expect(restoredStart('ostr', words)).toBe('østr');
    expect(restoredStart('baeru', words)).toBe('bæru');
  });

  it('keeps a word or start the site has as typed: «malen» is the template, not «målen» of «målene»', () => {
    expect(restoredStart('malen', { malen: 2, maler: 3, målene: 30, målet: 40 })).toBe(undefined);
    expect(restoredStart('male', { maler: 3, målene: 30 })).toBe(undefined);
    expect(restoredStart('baeru', { baer: 1, bærum: 6 })).toBe('bæru');
    expect(restoredStart('hage', { hagebostad: 1, hægebostad: 40 })).toBe('hæge');
  });

  it('reads «ae» as «æ», never as a plain «a» followed by «e»', () => {
    expect(restoredStart('baer', words)).toBe('bær');
    expect(restoredStart('baeru', { ...words, barutlegg: 50 })).toBe('bæru');
  });

  it('reads the whole word too, and the start most words have wins', () => {
    expect(restoredStart('tromso', words)).toBe('tromsø');
    expect(restoredStart('hoyt', words)).toBe('høyt');
  });

  it('leaves a start of fewer than four letters, and one no word with æ, ø or å has', () => {
    expect(restoredStart('hag', words)).toBeUndefined();
    expect(restoredStart('barn', words)).toBeUndefined();
    expect(restoredStart('gjov', words)).toBeUndefined();
  });
});
