import { describe, expect, it } from 'vitest';
import { attributionParts } from './quote-attribution.ts';

describe('attributionParts', () => {
  it('takes a note in brackets that names the cited document out of the attribution (the quote from Molde read «(gjengitt i sluttrapporten) (Sluttrapporten, s. 25)»)', () => {
    expect(attributionParts('Deltakerne i prosjektet, om hva det har betydd for barna (gjengitt\ni sluttrapporten)', 'Sluttrapporten')).toEqual({
      who: 'Deltakerne i prosjektet, om hva det har betydd for barna',
      note: 'gjengitt i ',
      name: 'sluttrapporten',
    });
  });

  it('takes a note after a comma too, so the document is not named twice', () => {
    expect(attributionParts('Pedagogiske ledere i barnehagene i Molde, gjengitt i sluttrapporten', 'Sluttrapporten')).toEqual({
      who: 'Pedagogiske ledere i barnehagene i Molde',
      note: 'gjengitt i ',
      name: 'sluttrapporten',
    });
  });

  it('keeps a note in brackets naming another print as a note, and one after a comma as part of who said it', () => {
    expect(attributionParts('Rådmannen (gjengitt i Kommunal Rapport)', 'Sluttrapporten')).toEqual({ who: 'Rådmannen', note: 'gjengitt i Kommunal Rapport' });
    expect(attributionParts('Rådmannen, gjengitt i Kommunal Rapport', 'Sluttrapporten')).toEqual({ who: 'Rådmannen, gjengitt i Kommunal Rapport' });
  });

  it('leaves an attribution without such a note as it is', () => {
    for (const attribution of ['Aud Gun Løklingholm, prosjektleder i Bømlo kommune', 'Sekretariatets sluttrapport, forordet', 'Ordføreren (Ap)', 'Sluttrapportens leser']) {
      expect(attributionParts(attribution, 'Sluttrapporten')).toEqual({ who: attribution });
    }
  });

  // Fresh eyes: «– Sekretariatets sluttrapport (Sluttrapporten, s. 39)» named the report twice.
  it('parts a quote from the cited document itself into its name, to cite with the page, and what follows', () => {
    expect(attributionParts('Sekretariatets sluttrapport', 'Sluttrapporten', 'Sekretariatets sluttrapport')).toEqual({ who: 'Sekretariatets sluttrapport', rest: '' });
    expect(attributionParts('Sekretariatets sluttrapport, om prosjektet\ni Gjerstad', 'Sluttrapporten', 'Sekretariatets sluttrapport')).toEqual({
      who: 'Sekretariatets sluttrapport',
      rest: ', om prosjektet i Gjerstad',
    });
    expect(attributionParts('Sluttrapporten, forordet', 'Sluttrapporten', 'Sekretariatets sluttrapport')).toEqual({ who: 'Sluttrapporten', rest: ', forordet' });
    // Only the name itself, not a longer word or a person quoted in it.
    expect(attributionParts('Sekretariatets sluttrapporter', 'Sluttrapporten', 'Sekretariatets sluttrapport')).toEqual({ who: 'Sekretariatets sluttrapporter' });
    expect(attributionParts('Rådmannen i Hægebostad kommune, gjengitt i sluttrapporten', 'Sluttrapporten', 'Sekretariatets sluttrapport')).toEqual({
      who: 'Rådmannen i Hægebostad kommune',
      note: 'gjengitt i ',
      name: 'sluttrapporten',
    });
  });
});
