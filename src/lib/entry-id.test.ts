import { describe, expect, it } from 'vitest';
import { idFromTitle, maxIdLength, titleToId } from './entry-id.ts';
import { spelledLetters } from './letters.ts';

/** A title as long as the tester's (the file name was 180–240 characters). */
const longTitle =
  'Hvordan Bydel Nordre Aker og tre andre bydeler i Oslo fikk ned sykefraværet i barnehagene og skolene gjennom systematisk arbeid med ' +
  'trepartssamarbeid, medarbeidersamtaler, tilrettelegging og fleksibilitet over fire år fra 2007 til 2011';

describe('idFromTitle', () => {
  it('makes ids from Norwegian titles', () => {
    expect(idFromTitle('Nærvær og trivsel i Ålesund – «Sammen»!')).toBe('naervaer-og-trivsel-i-alesund-sammen');
    expect(idFromTitle('Én, to, tre')).toBe('en-to-tre');
    // Sami letters: ŋ, đ and ŧ have no accent to drop; they are spelled out, never lost.
    expect(idFromTitle('Porsáŋgu og Kárášjohka')).toBe('porsanggu-og-karasjohka');
    expect(idFromTitle('Čđšŧž Ŋ')).toBe('cdstz-ng');
  });

  it('cuts a long title after the last whole word that fits in 60 characters', () => {
    const id = idFromTitle(longTitle);
    expect(maxIdLength).toBe(60);
    expect(id).toBe('hvordan-bydel-nordre-aker-og-tre-andre-bydeler-i-oslo-fikk');
    expect(id.length).toBeLessThanOrEqual(maxIdLength);
    // Letters spelled out count as they are written in the id.
    expect(idFromTitle('Æææ '.repeat(20)).length).toBeLessThanOrEqual(maxIdLength);
    expect(idFromTitle('a '.repeat(80)).length).toBeLessThanOrEqual(maxIdLength);
    // A single word longer than the limit is cut too.
    expect(idFromTitle('x'.repeat(100))).toBe('x'.repeat(maxIdLength));
  });

  it('runs from its own source, as the CMS page runs it', () => {
    const fromSource = new Function(`return ${titleToId.toString()}`)() as typeof titleToId;
    expect(fromSource(longTitle, spelledLetters, maxIdLength)).toBe(idFromTitle(longTitle));
    expect(fromSource('Porsáŋgu', spelledLetters, maxIdLength)).toBe('porsanggu');
  });
});
