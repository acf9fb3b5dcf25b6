import { describe, expect, it } from 'vitest';
import { quoted } from './quoted.ts';

describe('quoted', () => {
  it('puts text in «»', () => {
    expect(quoted('Veien videre')).toBe('«Veien videre»');
  });

  it('makes a quote inside the text single, never «» inside «»', () => {
    expect(quoted('Presentasjonen «Veien videre»')).toBe('«Presentasjonen ‘Veien videre’»');
    expect(quoted('Film om “Langtidsfrisk” i „Ås“')).toBe('«Film om ‘Langtidsfrisk’ i ‘Ås’»');
  });
});
