import { describe, expect, it } from 'vitest';
import { guessedAddresses, type GuessableAddresses } from './guessed-addresses.ts';

// Real names from content/municipalities/, among them some that share a word or begin alike; by name A–Å as
// /adresser.json has them.
const site: GuessableAddresses = {
  addresses: ['/verktoy/kvalitetstrakten/', '/sykefravaer/dialogmoter/', '/eksempler/haegebostad-sykefravaer/'],
  municipalitySection: '/kommuner/',
  municipalities: {
    '/kommuner/os-i-osterdalen/': 'Os i Østerdalen',
    '/kommuner/haegebostad/': 'Hægebostad',
    '/kommuner/bodo/': 'Bodø',
    '/kommuner/amot/': 'Åmot',
    '/kommuner/baerum/': 'Bærum',
    '/kommuner/as/': 'Ås',
    '/kommuner/asnes/': 'Åsnes',
    '/kommuner/aurskog-holand/': 'Aurskog-Høland',
    '/kommuner/bydel-alna/': 'Bydel Alna',
    '/kommuner/bydel-bjerke/': 'Bydel Bjerke',
    '/kommuner/bydel-nordre-aker/': 'Bydel Nordre Aker',
    '/kommuner/bydel-nordstrand/': 'Bydel Nordstrand',
    '/kommuner/innherred-samkommune/': 'Innherred samkommune',
    '/kommuner/midtre-gauldal/': 'Midtre Gauldal',
    '/kommuner/molde/': 'Molde',
    '/kommuner/nord-aurdal/': 'Nord-Aurdal',
    '/kommuner/nordre-land/': 'Nordre Land',
    '/kommuner/re/': 'Re',
    '/kommuner/vestre-toten/': 'Vestre Toten',
    '/kommuner/ostre-toten/': 'Østre Toten',
  },
  districts: { Oslo: ['/kommuner/bydel-alna/', '/kommuner/bydel-bjerke/', '/kommuner/bydel-nordre-aker/', '/kommuner/bydel-nordstrand/'] },
};
const go = (address: string) => ({ addresses: [address], go: true });
const choose = (...addresses: string[]) => ({ addresses, go: false });

describe('guessedAddresses', () => {
  it('goes to a municipality by its official Sami or Kven name, typed with or without its accents', () => {
    const withParallel = { ...site, municipalities: { ...site.municipalities, '/kommuner/tana/': 'Tana', '/kommuner/kafjord/': 'Kåfjord' }, parallelNames: { Deatnu: '/kommuner/tana/', Gáivuotna: '/kommuner/kafjord/', Kaivuono: '/kommuner/kafjord/' } };
    expect(guessedAddresses('/kommuner/deatnu/', withParallel)).toEqual(go('/kommuner/tana/'));
    expect(guessedAddresses('/kommuner/gaivuotna/', withParallel)).toEqual(go('/kommuner/kafjord/'));
    expect(guessedAddresses('/kommuner/gáivuotna-kommune/', withParallel)).toEqual(go('/kommuner/kafjord/'));
    expect(guessedAddresses('/kommune/kaivuono/', withParallel)).toEqual(go('/kommuner/kafjord/'));
  });

  it('goes to the address an ASCII spelling means', () => {
    expect(guessedAddresses('/kommuner/hagebostad/', site)).toEqual(go('/kommuner/haegebostad/'));
    expect(guessedAddresses('/kommuner/bodoe/', site)).toEqual(go('/kommuner/bodo/'));
    expect(guessedAddresses('/kommuner/aamot/', site)).toEqual(go('/kommuner/amot/'));
    expect(guessedAddresses('/kommuner/barum/', site)).toEqual(go('/kommuner/baerum/'));
    expect(guessedAddresses('/kommuner/aas/', site)).toEqual(go('/kommuner/as/'));
    expect(guessedAddresses('/verktoey/kvalitetstrakten/', site)).toEqual(go('/verktoy/kvalitetstrakten/'));
    expect(guessedAddresses('/sykefravar/dialogmoeter/', site)).toEqual(go('/sykefravaer/dialogmoter/'));
    expect(guessedAddresses('/eksempler/hagebostad-sykefravar/', site)).toEqual(go('/eksempler/haegebostad-sykefravaer/'));
  });

  it('goes to a municipality by its whole name, with «kommune», without æ, ø, å, or by a word of it no other name has', () => {
    expect(guessedAddresses('/kommuner/os-i-østerdalen-kommune/', site)).toEqual(go('/kommuner/os-i-osterdalen/'));
    expect(guessedAddresses('/kommuner/hægebostad-kommune/', site)).toEqual(go('/kommuner/haegebostad/'));
    expect(guessedAddresses('/kommuner/hagebostad-kommune/', site)).toEqual(go('/kommuner/haegebostad/'));
    expect(guessedAddresses('/kommuner/kommune-bodo/', site)).toEqual(go('/kommuner/bodo/'));
    expect(guessedAddresses('/kommuner/aurskog/', site)).toEqual(go('/kommuner/aurskog-holand/'));
    expect(guessedAddresses('/kommuner/hoeland/', site)).toEqual(go('/kommuner/aurskog-holand/'));
    expect(guessedAddresses('/kommuner/innherred/', site)).toEqual(go('/kommuner/innherred-samkommune/'));
    expect(guessedAddresses('/kommuner/alna/', site)).toEqual(go('/kommuner/bydel-alna/'));
    // «Ås» is a whole name: «Åsnes» begins with it, but the reader typed the name.
    expect(guessedAddresses('/kommuner/as-kommune/', site)).toEqual(go('/kommuner/as/'));
  });

  // Fresh eyes: /kommune/molde/ (the section in the singular, as it is often typed) guessed nothing.
  it('reads the section typed in the singular or with another ending', () => {
    expect(guessedAddresses('/kommune/molde/', site)).toEqual(go('/kommuner/molde/'));
    expect(guessedAddresses('/kommunene/hagebostad/', site)).toEqual(go('/kommuner/haegebostad/'));
    expect(guessedAddresses('/kommune/', site)).toEqual(go('/kommuner/'));
    expect(guessedAddresses('/kommune/toten/', site)).toEqual(choose('/kommuner/vestre-toten/', '/kommuner/ostre-toten/'));
  });

  // Fresh eyes: /kommuner/os/ and /kommuner/nord/ went straight to Os i Østerdalen and Nord-Aurdal without a word.
  it('lists, and does not go to, a name the address only begins or names by a short word', () => {
    // «nord» is a word of Nord-Aurdal only, but begins Nordre Land and two of Oslo's districts.
    expect(guessedAddresses('/kommuner/nord/', site)).toEqual(
      choose('/kommuner/bydel-nordre-aker/', '/kommuner/bydel-nordstrand/', '/kommuner/nord-aurdal/', '/kommuner/nordre-land/'),
    );
    expect(guessedAddresses('/kommuner/os/', site)).toEqual(choose('/kommuner/os-i-osterdalen/'));
    expect(guessedAddresses('/kommuner/midt/', site)).toEqual(choose('/kommuner/midtre-gauldal/'));
    expect(guessedAddresses('/kommuner/mold/', site)).toEqual(choose('/kommuner/molde/'));
    expect(guessedAddresses('/kommuner/bydel-nord/', site)).toEqual(choose('/kommuner/bydel-nordre-aker/', '/kommuner/bydel-nordstrand/'));
  });

  it('never picks one of two: a word several names share gives them all, in the list\'s order (by name, A–Å)', () => {
    expect(guessedAddresses('/kommuner/toten/', site)).toEqual(choose('/kommuner/vestre-toten/', '/kommuner/ostre-toten/'));
    expect(guessedAddresses('/kommuner/bydel/', site)).toEqual(
      choose('/kommuner/bydel-alna/', '/kommuner/bydel-bjerke/', '/kommuner/bydel-nordre-aker/', '/kommuner/bydel-nordstrand/'),
    );
  });

  // Fresh eyes: /kommuner/oslo/ guessed nothing, though four of Oslo's districts took part.
  it('offers the districts that took part for the municipality they belong to', () => {
    const districts = { ...choose(...site.districts.Oslo!), districtsOf: 'Oslo' };
    expect(guessedAddresses('/kommuner/oslo/', site)).toEqual(districts);
    expect(guessedAddresses('/kommune/oslo-kommune/', site)).toEqual(districts);
  });

  // Fresh eyes: /eksempler/molde/ offered only «Søk etter «molde»».
  it('offers the municipality\'s page, never going there, for an address elsewhere that ends in its whole name', () => {
    expect(guessedAddresses('/eksempler/molde/', site)).toEqual(choose('/kommuner/molde/'));
    expect(guessedAddresses('/eksempler/hagebostad-kommune/', site)).toEqual(choose('/kommuner/haegebostad/'));
    expect(guessedAddresses('/verktoy/nordre-land/', site)).toEqual(choose('/kommuner/nordre-land/'));
    expect(guessedAddresses('/eksempler/nord/', site)).toEqual(choose());
  });

  it('guesses nothing for a word no name has, two letters that only begin names, a lone letter, an address elsewhere, or the address itself', () => {
    expect(guessedAddresses('/kommuner/bergen/', site)).toEqual(choose());
    expect(guessedAddresses('/kommuner/mo/', site)).toEqual(choose());
    expect(guessedAddresses('/kommuner/i/', site)).toEqual(choose());
    expect(guessedAddresses('/kommuner/kommune/', site)).toEqual(choose());
    expect(guessedAddresses('/eksempler/os/', site)).toEqual(choose());
    expect(guessedAddresses('/kommuner/os/noe/', site)).toEqual(choose());
    expect(guessedAddresses('/kommuner/bodo/', site)).toEqual(choose());
    expect(guessedAddresses('/kommunikasjon/', site)).toEqual(choose());
  });
});
