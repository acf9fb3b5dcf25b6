import { describe, expect, it } from 'vitest';
import { asNamed } from './place-names.ts';

describe('asNamed', () => {
  it('writes a place typed in lower case as its name writes it', () => {
    expect(asNamed('hægebostad', ['Hægebostad'])).toBe('Hægebostad');
    expect(asNamed('sykefravær hægebostad', ['Hægebostad', 'Bømlo'])).toBe('sykefravær Hægebostad');
    expect(asNamed('aurskog-høland', ['Aurskog-\u200bHøland'])).toBe('Aurskog-Høland');
    expect(asNamed('os østerdalen', ['Os i Østerdalen'])).toBe('Os Østerdalen');
  });

  it('leaves words no name has, and a word typed with capitals, as typed', () => {
    expect(asNamed('sykefravær', ['Hægebostad'])).toBe('sykefravær');
    expect(asNamed('HÆGEBOSTAD', ['Hægebostad'])).toBe('HÆGEBOSTAD');
    expect(asNamed('hægebostad', [])).toBe('hægebostad');
  });
});
