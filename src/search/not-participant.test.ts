import { describe, expect, it } from 'vitest';
import { capitalisedName, isNoParticipant } from './not-participant.ts';

// Real participants' names (content/municipalities/).
const names = ['Nord-Aurdal', 'Os i Østerdalen', 'Vestre Toten', 'Hægebostad', 'Hå', 'Bydel Nordre Aker', 'Ås'];

describe('a search for a name no participant has', () => {
  it('is a query that looks like one capitalised name, «kommune» after it left out', () => {
    expect(capitalisedName('Ål')).toBe('Ål');
    expect(capitalisedName(' Ål kommune ')).toBe('Ål');
    expect(capitalisedName('Nord-Fron')).toBe('Nord-Fron');
    expect(capitalisedName('ål')).toBeUndefined();
    expect(capitalisedName('Å')).toBeUndefined();
    expect(capitalisedName('Ål og Hol')).toBeUndefined();
    expect(capitalisedName('NAV')).toBeUndefined();
    expect(capitalisedName('Sykefravær2009')).toBeUndefined();
  });

  it('is not said of a participant\'s name, a word of one or its start of words, however æ, ø, å are typed', () => {
    expect(isNoParticipant('Ål', names)).toBe(true);
    expect(isNoParticipant('Hol', names)).toBe(true);
    expect(isNoParticipant('Nord', names)).toBe(false);
    expect(isNoParticipant('Aurdal', names)).toBe(false);
    expect(isNoParticipant('Toten', names)).toBe(false);
    expect(isNoParticipant('Os', names)).toBe(false);
    expect(isNoParticipant('Hagebostad', names)).toBe(false);
    expect(isNoParticipant('Ha', names)).toBe(false);
    expect(isNoParticipant('As', names)).toBe(false);
    expect(isNoParticipant('Nordre-Aker', names)).toBe(false);
    // «Nordre» begins «Nordre Aker», but «Nordr» is no word of a name.
    expect(isNoParticipant('Nordr', names)).toBe(true);
  });
});
