import { describe, expect, it } from 'vitest';
import { meantAddresses, type GuessableAddresses } from './guessed-addresses.ts';

// Real names from content/municipalities/, among them some that share a word; by name A–Å as /adresser.json has them.
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
    '/kommuner/innherred-samkommune/': 'Innherred samkommune',
    '/kommuner/vestre-toten/': 'Vestre Toten',
    '/kommuner/ostre-toten/': 'Østre Toten',
    '/kommuner/bydel-alna/': 'Bydel Alna',
    '/kommuner/bydel-bjerke/': 'Bydel Bjerke',
    '/kommuner/re/': 'Re',
  },
};

describe('meantAddresses', () => {
  it('finds the address an ASCII spelling means', () => {
    expect(meantAddresses('/kommuner/hagebostad/', site)).toEqual(['/kommuner/haegebostad/']);
    expect(meantAddresses('/kommuner/bodoe/', site)).toEqual(['/kommuner/bodo/']);
    expect(meantAddresses('/kommuner/aamot/', site)).toEqual(['/kommuner/amot/']);
    expect(meantAddresses('/kommuner/barum/', site)).toEqual(['/kommuner/baerum/']);
    expect(meantAddresses('/kommuner/aas/', site)).toEqual(['/kommuner/as/']);
    expect(meantAddresses('/verktoey/kvalitetstrakten/', site)).toEqual(['/verktoy/kvalitetstrakten/']);
    expect(meantAddresses('/sykefravar/dialogmoeter/', site)).toEqual(['/sykefravaer/dialogmoter/']);
    expect(meantAddresses('/eksempler/hagebostad-sykefravar/', site)).toEqual(['/eksempler/haegebostad-sykefravaer/']);
  });

  it('finds a municipality by the first word of its name, its name with «kommune», its name without æ, ø, å', () => {
    expect(meantAddresses('/kommuner/os/', site)).toEqual(['/kommuner/os-i-osterdalen/']);
    expect(meantAddresses('/kommuner/os-i-østerdalen-kommune/', site)).toEqual(['/kommuner/os-i-osterdalen/']);
    expect(meantAddresses('/kommuner/hægebostad-kommune/', site)).toEqual(['/kommuner/haegebostad/']);
    expect(meantAddresses('/kommuner/hagebostad-kommune/', site)).toEqual(['/kommuner/haegebostad/']);
    expect(meantAddresses('/kommuner/kommune-bodo/', site)).toEqual(['/kommuner/bodo/']);
    expect(meantAddresses('/kommuner/aurskog/', site)).toEqual(['/kommuner/aurskog-holand/']);
    expect(meantAddresses('/kommuner/hoeland/', site)).toEqual(['/kommuner/aurskog-holand/']);
    expect(meantAddresses('/kommuner/innherred/', site)).toEqual(['/kommuner/innherred-samkommune/']);
    expect(meantAddresses('/kommuner/alna/', site)).toEqual(['/kommuner/bydel-alna/']);
  });

  it('never picks one of two: a word several names share gives them all, in the list\'s order (by name, A–Å)', () => {
    expect(meantAddresses('/kommuner/toten/', site)).toEqual(['/kommuner/vestre-toten/', '/kommuner/ostre-toten/']);
    expect(meantAddresses('/kommuner/bydel/', site)).toEqual(['/kommuner/bydel-alna/', '/kommuner/bydel-bjerke/']);
    // «Ås» is a whole name and a word of none other: «Åsnes» is not «Ås».
    expect(meantAddresses('/kommuner/as-kommune/', site)).toEqual(['/kommuner/as/']);
  });

  it('guesses nothing for a word no name has, a lone letter, a name outside the municipalities, or the address itself', () => {
    expect(meantAddresses('/kommuner/oslo/', site)).toEqual([]);
    expect(meantAddresses('/kommuner/i/', site)).toEqual([]);
    expect(meantAddresses('/kommuner/kommune/', site)).toEqual([]);
    expect(meantAddresses('/eksempler/os/', site)).toEqual([]);
    expect(meantAddresses('/kommuner/os/noe/', site)).toEqual([]);
    expect(meantAddresses('/kommuner/bodo/', site)).toEqual([]);
  });
});
