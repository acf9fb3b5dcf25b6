import { describe, expect, it } from 'vitest';
import { withUnit } from './with-unit.ts';

describe('a heading with its unit', () => {
  it('puts the unit before a source in brackets, never a second bracket after it', () => {
    expect(withUnit('Sykefraværet i Mandal, egenmeldt og legemeldt (KS’ PAI-statistikk)', 'prosent')).toBe(
      'Sykefraværet i Mandal, egenmeldt og legemeldt, prosent (KS’ PAI-statistikk)',
    );
  });

  it('gives a title the unit in brackets, and a sentence the unit as a sentence', () => {
    expect(withUnit('Sykefravær i Innsatskommunene', 'prosent')).toBe('Sykefravær i Innsatskommunene (prosent)');
    expect(withUnit('Utdanningen til medarbeiderne', 'prosent av medarbeiderne')).toBe('Utdanningen til medarbeiderne (prosent av medarbeiderne)');
    expect(withUnit('Tabell 4.1 i sluttrapporten: prosjekter fordelt på nivå (system, medarbeider og atferd).', 'antall')).toBe(
      'Tabell 4.1 i sluttrapporten: prosjekter fordelt på nivå (system, medarbeider og atferd). Antall.',
    );
  });

  it('leaves a text without a unit as it is', () => {
    expect(withUnit('Tallene i diagrammet', undefined)).toBe('Tallene i diagrammet');
  });
});
