import { describe, expect, it } from 'vitest';
import { inTypedOrder } from './typed-order.ts';

// Fresh eyes: «Tabell 4.6» was said «4.6 Tabell», «sykefravær Mandal 7,7» «7,7 sykefravær Mandal».
describe('inTypedOrder', () => {
  it('says numbers and words in the order typed', () => {
    expect(inTypedOrder(['4.6'], ['Tabell'], 'Tabell 4.6')).toEqual(['Tabell', '4.6']);
    expect(inTypedOrder(['7,7'], ['sykefravær', 'Mandal'], 'sykefravær Mandal 7,7')).toEqual(['sykefravær', 'Mandal', '7,7']);
    expect(inTypedOrder(['7,7'], ['sykefravær', 'Mandal'], 'sykefravær 7,7 Mandal')).toEqual(['sykefravær', '7,7', 'Mandal']);
    expect(inTypedOrder(['9,6'], ['sykefravær'], '9,6 sykefravær')).toEqual(['9,6', 'sykefravær']);
    expect(inTypedOrder(['95\u00a0%', '8,2'], ['sykefravær'], 'sykefravær 95 % eller 8,2')).toEqual(['sykefravær', '95\u00a0%', '8,2']);
  });

  it('puts a word searched in another form where it was typed', () => {
    // Corrected, with æ, ø and å put back, and a compound searched as its parts.
    expect(inTypedOrder(['4.6'], ['Tabell'], '4.6 Tabel')).toEqual(['4.6', 'Tabell']);
    expect(inTypedOrder(['7,7'], ['sykefravær', 'Mandal'], 'sykefravar Mandla 7,7')).toEqual(['sykefravær', 'Mandal', '7,7']);
    expect(inTypedOrder(['7,7'], ['leder', 'oppfølging'], 'lederoppfolging 7,7')).toEqual(['leder', 'oppfølging', '7,7']);
    expect(inTypedOrder(['7,7'], ['sykefravær'], 'hva er 7,7 sykefravar')).toEqual(['7,7', 'sykefravær']);
  });

  it('keeps what it cannot place where it was', () => {
    expect(inTypedOrder([], ['sykefravær'], '')).toEqual(['sykefravær']);
    expect(inTypedOrder(['9,6'], [], 'sykefravær 9,6')).toEqual(['9,6']);
  });
});
