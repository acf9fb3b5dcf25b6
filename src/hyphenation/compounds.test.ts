import { describe, expect, it } from 'vitest';
import { compoundParts, vocabularyFor } from './compounds.ts';
import { hyphenateText, softHyphen, type Room } from './soft-hyphens.ts';

const shown = (text: string, lang = 'nb', room: Room = 'cell') => hyphenateText(text, lang, room).replaceAll(softHyphen, '|');

describe('compoundParts', () => {
  const nb = vocabularyFor('nb');

  it('splits compounds at their joints, also those the dictionary lists whole', () => {
    expect(compoundParts('sluttrapporten', nb)).toEqual(['slutt', 'rapporten']);
    expect(compoundParts('innsatskommunene', nb)).toEqual(['inn', 'sats', 'kommunene']);
    expect(compoundParts('kvalitetskommuneprogrammet', nb)).toEqual(['kvalitets', 'kommune', 'programmet']);
  });

  it('takes the split with the fewest parts, and leaves words that only look like compounds whole', () => {
    expect(compoundParts('kommunestørrelse', nb)).toEqual(['kommune', 'størrelse']); // not kommunes|tørr|else
    expect(compoundParts('utdanningstilbudene', nb)).toEqual(['utdannings', 'tilbudene']); // not utdanning|stil|budene
    expect(compoundParts('stillingen', nb)).toEqual(['stillingen']); // not still|ingen
    expect(compoundParts('statistikken', nb)).toEqual(['statistikken']); // not statist|ikken
  });
});

// Long words from content/, with the breaks a Norwegian reader expects in a
// table cell (every point). The patterns alone gave the ones marked «was».
describe('hyphenateText on long Norwegian compounds in a table cell', () => {
  it.each([
    ['Sluttrapporten', 'Slutt|rap|por|ten'], // was Slut|trap|por|ten
    ['Innsatskommunene', 'Inn|sats|kom|mu|nene'], // was Inn|s|ats|kom|mu|ne|ne (and «-ne» alone on the next line)
    ['praksiskandidater', 'praksis|kan|di|da|ter'], // was prak|siskan|di|da|ter
    ['turnusendringene', 'turnus|end|rin|gene'], // was tur|nu|s|end|rin|ge|ne
    ['Kvalitetskommuneprogrammet', 'Kva|li|tets|kommune|pro|gram|met'],
    ['sykefraværsarbeidet', 'syke|fra|værs|ar|bei|det'],
    ['sykefraværsoppfølging', 'syke|fra|værs|opp|føl|ging'],
    ['sykefraværsstatistikken', 'syke|fra|værs|sta|ti|stik|ken'],
    ['stillingsandeler', 'stil|lings|andeler'],
    ['Kommunestørrelse', 'Kommune|stør|relse'],
    ['prosjektlederstillingen', 'pro|sjekt|le|der|stil|lin|gen'],
    ['problemstillingene', 'problem|stil|lin|gene'],
    ['utdanningstilbudene', 'ut|dan|nings|til|bu|dene'],
    ['medarbeiderundersøkelsen', 'med|ar|bei|der|un|der|sø|kel|sen'],
    ['barnehagesektoren', 'barne|hage|sek|to|ren'],
    ['arbeidsmiljøloven', 'ar|beids|miljø|lo|ven'],
    ['tilbakemeldingene', 'til|bake|mel|din|gene'],
    ['gjennombruddsmetodikken', 'gjen|nom|brudds|me|to|dik|ken'],
    ['kompetanseutvikling', 'kom|pe|tanse|ut|vik|ling'],
    ['vitamininnsprøyting', 'vi|ta|min|inn|sprøy|ting'],
    ['hovedtillitsvalgte', 'hoved|til|lits|valgte'],
    ['overføringsverdi', 'over|fø|rings|verdi'],
    ['Tilgjengelighetserklæring', 'Til|gjen|ge|lig|hets|er|klæ|ring'],
    ['bestillerenheten', 'be|stil|ler|en|he|ten'], // from the exceptions list (the dictionary reads bestille|renheten)
    ['stillingen', 'stil|lin|gen'],
    ['skoleeksemplene', 'skole|ek|semp|lene'], // a contracted form (eksempel → eksempl-), not eksem|plene
    ['Kommunikasjonsmal', 'Kom|mu|ni|ka|sjons|mal'], // the linking s goes with the head, not kommunikasjon|smal
    ['Månedstall', 'Måneds|tall'], // not Måned|stall
  ])('%s → %s', (word, expected) => {
    expect(shown(word)).toBe(expected);
  });

  it('splits nynorsk compounds with the nynorsk dictionary and patterns', () => {
    expect(shown('kvalitetskommunane', 'nn')).toBe('kva|li|tets|kom|mu|nane');
    expect(shown('sjukefråværsarbeidet', 'nn')).toBe('sjuke|frå|værs|ar|bei|det');
    expect(shown('tillitsvalde', 'nn')).toBe('tillits|valde');
    expect(shown('forpliktande', 'nn')).toBe('for|plik|tande'); // not forplikt|ande
  });
});

// In running text a compound breaks at its joints; only a part too long for a line is broken inside.
describe('hyphenateText on long Norwegian compounds in running text', () => {
  it.each([
    ['Kvalitetskommuneprogrammet', 'Kvalitets|kommune|programmet'], // was Kva|li|tets|kommune|pro|gram|met: the browser broke «…kommunepro-/grammet»
    ['Innsatskommunene', 'Inn|sats|kommunene'],
    ['Sluttrapporten', 'Slutt|rapporten'],
    ['kompetansemiljø', 'kompetanse|miljø'],
    ['medarbeiderundersøkelsen', 'medarbeider|un|der|sø|kel|sen'], // «undersøkelsen» (13 letters) is broken inside too
  ])('%s → %s', (word, expected) => {
    expect(shown(word, 'nb', 'line')).toBe(expected);
  });
});
