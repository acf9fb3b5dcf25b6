import { describe, expect, it } from 'vitest';
import { capitalisedName, correctedTo, districtsOf, nameInSmallLetters, isNoParticipant, looksLikePlace, noticeWith, onlyKommuneLeft, onlyMentioned, onlyNamesBeginningSo, participantNames, placeQueryOf, placeWords, withNameCapitalised } from './not-participant.ts';
import { fold } from './spelling.ts';

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
    // A name with where it is, and a name of two words (fresh eyes: «Bø i Telemark» found Fyresdal and said nothing).
    expect(capitalisedName('Bø i Telemark')).toBe('Bø i Telemark');
    expect(capitalisedName('Bø  i Telemark kommune')).toBe('Bø i Telemark');
    expect(capitalisedName('Vestre Toten')).toBe('Vestre Toten');
    expect(capitalisedName('Bø i telemark')).toBeUndefined();
  });

  // Fresh eyes: «Bø» (no participant) found 21 pages by «Bømlo» and said nothing of Bø.
  it('is said with hits too when they are other places whose name begins like it, not while a word is typed on the way to another', async () => {
    const siteWords = new Set(['telemark', 'omdømme', 'omdømmebygging', 'nord', 'bømlo']);
    const isSiteWord = async (word: string) => (siteWords.has(word) ? 3 : undefined);
    const participants = [...names, 'Bømlo'];
    expect(await onlyNamesBeginningSo('Bø', 'Ny arbeidstidsordning i <mark>Bømlo</mark> kommune', participants, isSiteWord)).toBe('names begin so');
    expect(await onlyNamesBeginningSo('Bo', 'Ny arbeidstidsordning i <mark>Bømlo</mark> kommune', participants, isSiteWord)).toBe('names begin so');
    expect(await onlyNamesBeginningSo('Bø i Telemark', '… som <mark>Bømlo</mark> og <mark>Telemark</mark>', participants, isSiteWord)).toBe('names begin so');
    // Capitalised as a phone writes a query's first letter: words, not names, begin so. A short word that ends as a
    // word may be a place's name all the same («Vik», «Hol», whose hits were pages of «viktig» and «holdning», with
    // no note): its hits are said to be words that begin like it; not a start cut between consonants («Omd»).
    expect(await onlyNamesBeginningSo('Omd', '<mark>Omd\u2060-ømme\u2060-bygging</mark> og <mark>omdømme</mark>', participants, isSiteWord)).toBeUndefined();
    expect(await onlyNamesBeginningSo('Omdø', '<mark>omdømme</mark>', participants, isSiteWord)).toBeUndefined();
    expect(await onlyNamesBeginningSo('Hol', 'å <mark>holde</mark> fast', participants, isSiteWord)).toBe('words begin so');
    expect(await onlyNamesBeginningSo('Sund', '<mark>sunde</mark> valg', participants, isSiteWord)).toBe('words begin so');
    expect(await onlyNamesBeginningSo('Vik', 'det er <mark>viktig</mark> å', participants, isSiteWord)).toBe('words begin so');
    expect(await onlyNamesBeginningSo('Omdøm', '<mark>omdømme</mark>', participants, isSiteWord)).toBeUndefined();
    expect(await onlyNamesBeginningSo('Telemark', 'kommuner i <mark>Telemark</mark>', participants, isSiteWord)).toBeUndefined();
    // «Bø» left out as on no page (placeWords), the hits are Telemark's.
    expect(await onlyNamesBeginningSo('Bø i Telemark', 'kommuner i <mark>Telemark</mark>', participants, isSiteWord)).toBe('left out');
  });

  // Fresh eyes: «Stavanger» found four pages about IRIS, «Kristiansand» six about a conference there, and nothing said
  // that the towns had not taken part.
  it('is said with hits that only mention a place the dictionary names', async () => {
    // Pages with each word (the site's word lists).
    const pages: Record<string, number> = { fagforbundet: 7, stavanger: 5, sykefravær: 79, telemark: 10, kristiansand: 6, kvalitetskommuneprogrammet: 68 };
    const isSiteWord = async (word: string) => pages[word];
    const isName = async (word: string) => ['Kristiansand', 'Telemark', 'Tønsberg', 'Bø'].includes(word);
    // The dictionary lacks «Stavanger»: the excerpt writes it as a name.
    expect(await onlyMentioned('Stavanger', 'IRIS (International Research Institute of <mark>Stavanger</mark>) er engasjert', isSiteWord, isName)).toBe(true);
    expect(await onlyMentioned('Kristiansand', 'i Tromsø, Bergen og <mark>Kristiansand</mark>.', isSiteWord, isName)).toBe(true);
    expect(await onlyMentioned('Telemark', '', isSiteWord, isName)).toBe(true);
    // A word a phone capitalised, at a sentence's start in the excerpt too; a name no page has (its hits are other
    // words'); a place with where it is.
    expect(await onlyMentioned('Sykefravær', 'Tiltak. <mark>Sykefravær</mark> og <mark>sykefraværet</mark>', isSiteWord, isName)).toBe(false);
    expect(await onlyMentioned('Tønsberg', '', isSiteWord, isName)).toBe(false);
    expect(await onlyMentioned('Bø i Telemark', 'i <mark>Telemark</mark>', isSiteWord, isName)).toBe(false);
    // An organisation the dictionary lacks, after a word that does not say where (fresh eyes: «Fagforbundet», «Unio»).
    expect(await onlyMentioned('Fagforbundet', 'Filmene ble spredt, og <mark>Fagforbundet</mark> bidro', isSiteWord, isName)).toBe(false);
    expect(await onlyMentioned('Fagforbundet', 'i samarbeid med <mark>Fagforbundet</mark>.', isSiteWord, isName)).toBe(false);
    expect(await onlyMentioned('Stavanger', 'et kurs i <mark>Stavanger</mark>', isSiteWord, isName)).toBe(true);
    // The site's own subject, on 68 pages, is no place its pages only mention (fresh eyes: «Kvalitetskommuneprogrammet»).
    expect(await onlyMentioned('Kvalitetskommuneprogrammet', 'deltar i <mark>Kvalitetskommuneprogrammet</mark>', isSiteWord, isName)).toBe(false);
  });

  // The site's words (vocabulary.ts) with their first letter.
  const siteWordList = ['vestre', 'toten', 'østre', 'nordre', 'land', 'telemark', 'rana', 'sykefravær', 'hægebostad', 'agder', 'bydel', 'alna'];
  const words = async (word: string) => Object.fromEntries(siteWordList.filter((known) => fold(known)[0] === fold(word)[0]).map((known) => [known, 3]));
  const read = (words: string[], readings: { typed: string; read: string }[] = []) => ({ words, readings });

  it('leaves out a word of the place a query is that no page has, not of where it is', async () => {
    expect(await placeWords('Bø i Telemark', read(['Bø', 'Telemark']), words)).toEqual(['Bø']);
    expect(await placeWords('Vestre Toten kommune', read(['Vestre', 'Toten', 'kommune']), words)).toEqual([]);
    expect(await placeWords('sykefravær i Bergen', read(['sykefravær', 'Bergen']), words)).toEqual([]);
    // A typo of a participant's name is no other place: «Hegebostad», read as Hægebostad, is searched so.
    expect(await placeWords('Hegebostad i Agder', read(['Hægebostad', 'Agder'], [{ typed: 'Hegebostad', read: 'Hægebostad' }]), words)).toEqual([]);
  });

  // Fresh eyes: «Øystre Slidre», a real municipality, was read as «Østre» (Østre Toten, one letter from «Øystre»),
  // «Slidre» left out; «Søndre Land» found Nordre Land by «Land», «Vestre Slidre» Vestre Toten by «Vestre».
  it('takes a name of several words with a word like «Øystre» or «Søndre» for one name: left out whole, as typed, if a word of it is on no page', async () => {
    const oystre = read(['Østre', 'Slidre'], [{ typed: 'Øystre', read: 'Østre' }]);
    expect(await placeWords('Øystre Slidre', oystre, words)).toEqual(['Øystre', 'Slidre']);
    expect(oystre).toEqual(read(['Øystre', 'Slidre']));
    expect(await placeWords('Søndre Land', read(['Søndre', 'Land']), words)).toEqual(['Søndre', 'Land']);
    expect(await placeWords('Vestre Slidre kommune', read(['Vestre', 'Slidre', 'kommune']), words)).toEqual(['Vestre', 'Slidre']);
    expect(await placeWords('Bydel Frogner', read(['Bydel', 'Frogner']), words)).toEqual(['Bydel', 'Frogner']);
    // A participant's name, typed with a slip or without ø, is searched as read.
    const totn = read(['Vestre', 'Toten'], [{ typed: 'Totn', read: 'Toten' }]);
    expect(await placeWords('Vestre Totn', totn, words)).toEqual([]);
    expect(totn.words).toEqual(['Vestre', 'Toten']);
    expect(await placeWords('Ostre Toten', read(['Østre', 'Toten'], [{ typed: 'Ostre', read: 'Østre' }]), words)).toEqual([]);
    expect(await placeWords('Nordre Land', read(['Nordre', 'Land']), words)).toEqual([]);
    // Words that are no name of one place: a word a phone capitalised, and a place the site has.
    expect(await placeWords('Sykefravær Lillehammer', read(['Sykefravær', 'Lillehammer']), words)).toEqual(['Lillehammer']);
    // Fresh eyes: «øystre slidre» and «Øystre slidre», as a phone types them, still found Østre Toten.
    const typedSo = (words: string[]) => read(words, [{ typed: words[0]!, read: 'østre' }]);
    expect(await placeWords('øystre slidre', typedSo(['østre', 'slidre']), words)).toEqual(['øystre', 'slidre']);
    expect(await placeWords('Øystre slidre', typedSo(['østre', 'slidre']), words)).toEqual(['Øystre', 'slidre']);
    expect(await placeWords('søndre land kommune', read(['søndre', 'land', 'kommune']), words)).toEqual(['søndre', 'land']);
    // Participants typed so, and a topic with a place, are searched as before.
    expect(await placeWords('østre toten', read(['østre', 'toten']), words)).toEqual([]);
    expect(await placeWords('vestre totn', read(['vestre', 'toten'], [{ typed: 'totn', read: 'toten' }]), words)).toEqual([]);
    expect(await placeWords('sykefravær molde', read(['sykefravær', 'molde']), words)).toEqual([]);
  });

  // Fresh eyes: «Mo i Rana» listed Rana's page under «Ingen av kommunene … heter «Mo i Rana».»: true (Mo is a town,
  // Rana took part), but it read as a contradiction. The sources do not say that Mo is in Rana.
  it('names a place left out «i» a participant without it, and says that the participant took part', () => {
    const participants = [...names, 'Rana'];
    expect(noticeWith('Mo i Rana', 'left out', participants)).toEqual(['Mo', ' «Rana» var med.']);
    expect(noticeWith('Bø i Telemark', 'left out', participants)).toEqual(['Bø i Telemark', '']);
    expect(noticeWith('Bø', 'names begin so', participants)).toEqual(['Bø', ' Treffene er sider med navn som begynner likt.']);
    expect(noticeWith('Vik', 'words begin so', participants)).toEqual(['Vik', ' Treffene er sider med ord som begynner likt.']);
  });

  it('is not said of a participant\'s official Sami or Kven name: Tana (Deatnu) and Kåfjord (Gáivuotna) took part', () => {
    const list = { municipalities: { '/kommuner/tana/': 'Tana', '/kommuner/kafjord/': 'Kåfjord' }, parallelNames: { Deatnu: '/kommuner/tana/', Gáivuotna: '/kommuner/kafjord/' } };
    expect(isNoParticipant('Deatnu', participantNames(list))).toBe(false);
    expect(isNoParticipant('Gaivuotna', participantNames(list))).toBe(false);
    expect(isNoParticipant('Ål', participantNames(list))).toBe(true);
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

// Fresh eyes: «tonsberg» and «tønsberg» said only «Ingen treff»; «Tønsberg» said that no participant has the name.
describe('a name typed in lower case', () => {
  // The names with a t in the bokmål dictionary (proper-names.ts), some of them.
  const names = ['Tana', 'Tønsberg', 'Tromsø', 'Tysnes', 'Tolga', 'Nord-Fron'];

  it('is written as the name, æ, ø and å typed or not, «kommune» after it kept', () => {
    expect(withNameCapitalised('tonsberg', names)).toBe('Tønsberg');
    expect(withNameCapitalised(' tønsberg ', names)).toBe('Tønsberg');
    expect(withNameCapitalised('tonsberg  kommune', names)).toBe('Tønsberg kommune');
    expect(withNameCapitalised('nord-fron', names)).toBe('Nord-Fron');
    expect(capitalisedName(withNameCapitalised('tonsberg kommune', names) ?? '')).toBe('Tønsberg');
  });

  // Fresh eyes: «Tonsberg» and «Tonsberg kommune» were said «heter «Tonsberg»», «TONSBERG» not at all.
  it('is written as the name typed with a capital or in capitals too', () => {
    expect(withNameCapitalised('Tonsberg', names)).toBe('Tønsberg');
    expect(withNameCapitalised('Tonsberg kommune', names)).toBe('Tønsberg kommune');
    expect(withNameCapitalised('TONSBERG', names)).toBe('Tønsberg');
    expect(withNameCapitalised('TONSBERG KOMMUNE', names)).toBe('Tønsberg kommune');
    expect(withNameCapitalised('NORD-FRON', names)).toBe('Nord-Fron');
    expect(capitalisedName(withNameCapitalised('TONSBERG', names) ?? '')).toBe('Tønsberg');
  });

  it('is no name the list lacks, nor a query of other words or capitals', () => {
    expect(withNameCapitalised('tonsbergg', names)).toBeUndefined();
    expect(withNameCapitalised('tonsberg barnehage', names)).toBeUndefined();
    expect(withNameCapitalised('sykefravær i tonsberg', names)).toBeUndefined();
    expect(withNameCapitalised('', names)).toBeUndefined();
  });
});

// Fresh eyes: «Tonsberg kommune» listed 243 hits, every page with «kommune», Tønsberg being on none.
describe('a place no page has, with «kommune» after it', () => {
  it('leaves only «kommune»: nothing of the place is found', () => {
    expect(onlyKommuneLeft('Tonsberg kommune', ['Tonsberg'])).toBe(true);
    expect(onlyKommuneLeft('Tønsberg kommune', ['tonsberg'])).toBe(true);
    expect(onlyKommuneLeft('Vestre Totn kommune', ['Vestre', 'Totn'])).toBe(true);
  });

  it('is not a place found, a place alone, a place with where it is, or other words', () => {
    expect(onlyKommuneLeft('Molde kommune', [])).toBe(false);
    expect(onlyKommuneLeft('Tonsberg', ['Tonsberg'])).toBe(false);
    expect(onlyKommuneLeft('Vestre Totn kommune', ['Totn'])).toBe(false);
    expect(onlyKommuneLeft('Bø i Telemark kommune', ['Bø'])).toBe(false);
    expect(onlyKommuneLeft('sykefravær kommune', ['sykefravær'])).toBe(false);
  });
});

// Fresh eyes: /sok/?q=Hegebostad said «18 treff på «Hægebostad»» and, below, that no participant is called «Hegebostad».
describe('a query the search corrected to a participant’s name', () => {
  const names = ['Hægebostad', 'Bømlo', 'Vestre Toten', 'Nord-Aurdal'];

  it('is known by the words searched that were not typed so', async () => {
    expect(await correctedTo('Hegebostad', 'hægebostad', { names })).toBe(true);
    expect(await correctedTo('Hegebostad kommune', 'hægebostad kommune', { names })).toBe(true);
    expect(await correctedTo('Vestre Totn', 'vestre toten', { names })).toBe(true);
  });

  it('is not a query searched as typed, one only shortened, or one corrected to no participant', async () => {
    expect(await correctedTo('Bø', 'bø', { names })).toBe(false);
    expect(await correctedTo('Bø i Telemark', 'Telemark', { names })).toBe(false);
    expect(await correctedTo('Åll', 'all', { names })).toBe(false);
  });
});

// Fresh eyes: «Barnhage», capitalised by a phone, was said to be no participant, though searched as «Barnehage».
it('a query corrected to the site’s words is no place', async () => {
  const siteWords = new Set(['barnehage', 'kommune', 'kvalitetskommuneprogrammet']);
  const isSiteWord = async (word: string) => (siteWords.has(word) ? 3 : undefined);
  expect(await correctedTo('Barnhage', 'Barnehage', { isSiteWord })).toBe(true);
  expect(await correctedTo('Kvalitetskomuneprogrammet', 'Kvalitetskommuneprogrammet', { isSiteWord })).toBe(true);
  // Not corrected, or to a word the site lacks: still perhaps a place.
  expect(await correctedTo('Tonsberg kommune', 'kommune', { isSiteWord })).toBe(false);
  expect(await correctedTo('Tonsberg', 'Tønsberg', { isSiteWord })).toBe(false);
  expect(await correctedTo('Aal', 'Ål', { isSiteWord })).toBe(false);
});

describe('the place a query may be', () => {
  const dictionary = async () => ['Tønsberg', 'Tolga'];
  it('is the dictionary’s name for a query that found nothing, in any case, with «kommune» alone left', async () => {
    expect(await placeQueryOf('tonsberg', true, [], dictionary)).toEqual({ place: 'Tønsberg', alone: false });
    expect(await placeQueryOf('TONSBERG', true, [], dictionary)).toEqual({ place: 'Tønsberg', alone: false });
    expect(await placeQueryOf('Tonsberg kommune', true, ['Tonsberg'], dictionary)).toEqual({ place: 'Tønsberg kommune', alone: true });
  });

  it('is a name of several words typed in small letters, as written with capitals, when a word of it says where', async () => {
    expect(await placeQueryOf('øystre slidre', true, [], dictionary)).toEqual({ place: 'Øystre Slidre', alone: false });
    expect(await placeQueryOf('Øystre slidre', true, [], dictionary)).toEqual({ place: 'Øystre Slidre', alone: false });
    expect(await placeQueryOf('bydel frogner', true, [], dictionary)).toEqual({ place: 'Bydel Frogner', alone: false });
    expect(nameInSmallLetters('nord-fron i innlandet')).toBeUndefined();
    expect(nameInSmallLetters('nord fron i innlandet')).toBe('Nord Fron i Innlandet');
    expect(nameInSmallLetters('sykefravær molde')).toBeUndefined();
    // Without ø as well: «sor odal» found Sortland by «sor», «odal» left out.
    expect(nameInSmallLetters('sor odal')).toBe('Sor Odal');
    expect(nameInSmallLetters('ovre eiker')).toBe('Ovre Eiker');
  });

  it('is a capitalised query as typed, and none for a lower-case query that found pages', async () => {
    expect(await placeQueryOf('Molde', false, [], dictionary)).toEqual({ place: 'Molde', alone: false });
    expect(await placeQueryOf('sykefravær', false, [], dictionary)).toBeUndefined();
  });

  // Fresh eyes: «Oslo kommune» said that no participant is named so, «oslo kommune» (and «stavanger kommune», «bø kommune») nothing.
  it('is the dictionary’s name for a word with «kommune» after it in lower case, though it found pages', async () => {
    const names = async () => ['Oslo', 'Bø', 'Bømlo'];
    expect(await placeQueryOf('oslo kommune', false, [], names)).toEqual({ place: 'Oslo kommune', alone: false });
    expect(await placeQueryOf('bo kommune', false, [], names)).toEqual({ place: 'Bø kommune', alone: false });
    expect(await placeQueryOf('oslo', false, [], names)).toBeUndefined();
    // Not another name that folds alike: «Bøe» for «bø» (the dictionary has no «Bø»), but as typed, as if capitalised.
    expect(await placeQueryOf('bø kommune', false, [], async () => ['Bøe', 'Bømlo'])).toEqual({ place: 'Bø kommune', alone: false });
    expect(await placeQueryOf('stavanger  kommune', false, [], names)).toEqual({ place: 'Stavanger kommune', alone: false });
    expect(withNameCapitalised('bo', ['Bøe'])).toBeUndefined();
    expect(withNameCapitalised('aas', ['Ås'])).toBe('Ås');
  });
});

// Fresh eyes: a phone capitalises a query's first letter, and «Nattevakt», «Langvakter» and «Velferdsteknologi», which
// no page has, were each said to be no participant's name.
describe('looksLikePlace', () => {
  const isName = async (word: string) => ['Tønsberg', 'Larvik', 'Oppdal'].some((name) => fold(name) === fold(word));
  it('takes several capitalised words or parts, a short name or a name the dictionary has for a place', async () => {
    for (const name of ['Vestre Toten', 'Nord-Fron', 'Ål', 'Os', 'Gran', 'Bø i Telemark', 'Tønsberg', 'Tonsberg', 'Larvik', 'Oppdal'])
      expect(await looksLikePlace(name, isName), name).toBe(true);
  });
  // Fresh eyes: «Kárášjohka» (Karasjok's Sami name; Karasjok did not take part) said only «Ingen treff».
  it('takes a name with a Sami letter for a place', async () => {
    for (const name of ['Kárášjohka', 'Unjárga']) expect(await looksLikePlace(name, isName), name).toBe(true);
  });
  // Fresh eyes: «Guovdageaidnu» (Kautokeino's Sami name) said only «Ingen treff»; «Gunn Marit Helgesen», a person, was
  // said to be no participant's name.
  it('takes a name with the Sami «uo» for a place, and capitalised words apart for one only with a word that says where', async () => {
    for (const name of ['Guovdageaidnu', 'Divtasvuodna', 'Øystre Slidre', 'Bydel Frogner']) expect(await looksLikePlace(name, isName), name).toBe(true);
    for (const name of ['Gunn Marit Helgesen', 'Kari Nordmann', 'Fluor']) expect(await looksLikePlace(name, isName), name).toBe(false);
  });
  it('takes a longer capitalised word the dictionary has no name for for a common word', async () => {
    for (const word of ['Nattevakt', 'Langvakter', 'Velferdsteknologi', 'Omsorgsarbeider', 'Sykehjemsavdeling'])
      expect(await looksLikePlace(word, isName), word).toBe(false);
  });
});

// Fresh eyes: «Oslo» was said to be no participant's name, its hits pages that only mention it, over four of its districts' pages.
describe('districtsOf', () => {
  const list = {
    municipalities: { '/kommuner/bydel-alna/': 'Bydel Alna', '/kommuner/bydel-bjerke/': 'Bydel Bjerke', '/kommuner/molde/': 'Molde' },
    districts: { Oslo: ['/kommuner/bydel-alna/', '/kommuner/bydel-bjerke/'] },
  };
  it('gives the districts that took part of a municipality that did not, by name and address', () => {
    const alna = { name: 'Bydel Alna', url: '/kommuner/bydel-alna/' };
    expect(districtsOf('Oslo', list)).toEqual([alna, { name: 'Bydel Bjerke', url: '/kommuner/bydel-bjerke/' }]);
    expect(districtsOf('oslo', list)[0]).toEqual(alna);
    expect(districtsOf('Bergen', list)).toEqual([]);
    expect(districtsOf('Oslo', undefined)).toEqual([]);
  });
});
