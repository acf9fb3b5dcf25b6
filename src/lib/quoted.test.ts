import { describe, expect, it } from 'vitest';
import { norwegianQuotes, quoted } from './quoted.ts';

describe('quoted', () => {
  it('puts text in «»', () => {
    expect(quoted('Veien videre')).toBe('«Veien videre»');
  });

  it('makes a quote inside the text single, never «» inside «»', () => {
    expect(quoted('Presentasjonen «Veien videre»')).toBe('«Presentasjonen ‘Veien videre’»');
    expect(quoted('Film om “Langtidsfrisk” i „Ås“')).toBe('«Film om ‘Langtidsfrisk’ i ‘Ås’»');
  });
});

describe('norwegianQuotes', () => {
  // The secretariat's finding: a title pasted from Word kept its English “…” and ‘…’.
  it('makes Word\'s quotation marks Norwegian, a quote inside a quote single', () => {
    expect(norwegianQuotes('“Veien videre” – sluttrapport')).toBe('«Veien videre» – sluttrapport');
    expect(norwegianQuotes('Film om „Langtidsfrisk“ i Ås')).toBe('Film om «Langtidsfrisk» i Ås');
    expect(norwegianQuotes('‘Beste praksis’ i KS’ regi')).toBe('«Beste praksis» i KS’ regi');
    expect(norwegianQuotes('Han sa “det var ‘nok’”.')).toBe('Han sa «det var ‘nok’».');
    expect(norwegianQuotes('Presentasjonen «Veien “videre”»')).toBe('Presentasjonen «Veien ‘videre’»');
  });

  it('leaves apostrophes, Norwegian quotes and marks that do not pair up as written', () => {
    expect(norwegianQuotes('KS’ arbeid på ’90-tallet')).toBe('KS’ arbeid på ’90-tallet');
    expect(norwegianQuotes('Punkt under overskriften «Anders Vege, ‘kvalitetsguru’»')).toBe('Punkt under overskriften «Anders Vege, ‘kvalitetsguru’»');
    expect(norwegianQuotes('Et “halvt sitat')).toBe('Et “halvt sitat');
    expect(norwegianQuotes('Tommer 5”')).toBe('Tommer 5”');
  });
});
