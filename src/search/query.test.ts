import { describe, expect, it } from 'vitest';
import { asWritten, hasAsWritten, pagefindQuery, parseQuery, spokenQuery, withoutQuotes } from './query.ts';

describe('parseQuery', () => {
  it('keeps every word of a quoted phrase, «med» included', () => {
    expect(parseQuery('"samarbeid med pårørende"')).toEqual({ exact: ['samarbeid med pårørende'], words: [], dropped: [] });
    expect(parseQuery('«samarbeid med pårørende» hva')).toEqual({ exact: ['samarbeid med pårørende'], words: [], dropped: ['hva'] });
  });

  it('drops stop words outside quotes only', () => {
    expect(parseQuery('hvordan få ned sykefraværet "med plan"')).toEqual({ exact: ['med plan'], words: ['sykefraværet'], dropped: ['hvordan', 'få', 'ned'] });
  });

  it('searches a decimal number with a comma as that number', () => {
    expect(parseQuery('0,5')).toEqual({ exact: ['0,5'], words: [], dropped: [] });
    expect(pagefindQuery(parseQuery('sykefravær 9,6'))).toBe('"9,6" sykefravær');
  });

  // Fresh eyes: «100» found nothing (Pagefind put «10,0» and «1000» first) and «200» listed 2007–2010.
  it('searches a whole number or a decimal with a point as that number, a year as a word', () => {
    expect(parseQuery('100 ansatte')).toEqual({ exact: ['100'], words: ['ansatte'], dropped: [] });
    expect(asWritten(parseQuery('100 ansatte'))).toEqual(['100']);
    expect(parseQuery('9.6')).toEqual({ exact: ['9.6'], words: [], dropped: [] });
    expect(parseQuery('sykefravær 2009')).toEqual({ exact: [], words: ['sykefravær', '2009'], dropped: [] });
    expect(parseQuery('nyhetsbrev nr 5')).toEqual({ exact: [], words: ['nyhetsbrev', 'nr', '5'], dropped: [] });
  });

  // Fresh eyes (a journalist): «95 %» said «Ingen treff på «95»», «95 prosent» that «95» is on no page, though /tall/
  // has «Alle kommuner (95 % av alle kommuner)»: «95» was a word, judged by the first hit's «9,5» (Pagefind's «95»).
  it('searches a number of two digits or more as that number, its unit kept with it and not required as a word', () => {
    expect(parseQuery('95')).toEqual({ exact: ['95'], words: [], dropped: [] });
    for (const [typed, said] of [
      ['95 %', '95\u00a0%'],
      ['95%', '95\u00a0%'],
      ['95 prosent', '95\u00a0prosent'],
      ['12,5 Prosent', '12,5\u00a0prosent'],
      ['12,5 %', '12,5\u00a0%'],
      ['5 %', '5\u00a0%'],
      ['3 mill. kroner', '3\u00a0mill.'],
    ] as const) {
      const parsed = parseQuery(typed);
      expect(parsed.exact, typed).toEqual([said]);
      expect(parsed.words, typed).toEqual(typed === '3 mill. kroner' ? ['kroner'] : []);
      expect(asWritten(parsed), typed).toEqual([said]);
      expect(spokenQuery(parsed), typed).toBe(`«${[said, ...parsed.words].join(' ')}»`);
    }
    // Pagefind is asked for the number alone, as a phrase (no longer number it begins); the hits must have it as written.
    expect(pagefindQuery(parseQuery('95 %'))).toBe('"95"');
    expect(pagefindQuery(parseQuery('sykefravær 12,5 prosent'))).toBe('"12,5" sykefravær');
    expect(hasAsWritten('Alle kommuner (95 % av alle kommuner)', '95\u00a0%')).toBe(true);
    expect(hasAsWritten('i 95 prosent av tilfeldige serier', '95\u00a0%')).toBe(true);
    // A table's number under a heading that names the unit is the number too; «9,5» is not «95».
    expect(hasAsWritten('Sykefravær (prosent). Tana. 9,5. 9,8.', '9,8\u00a0%')).toBe(true);
    expect(hasAsWritten('Sykefravær (PAI): 9,5 %.', '95\u00a0%')).toBe(false);
    // Said as typed, the unit with its number: «du skrev «95 %»».
    expect(spokenQuery(parseQuery('95 %', true))).toBe('«95\u00a0%»');
    // One digit alone stays a word; a year too; a unit is no unit without a number before it.
    expect(parseQuery('nyhetsbrev nr 5').exact).toEqual([]);
    expect(parseQuery('prosent av 2009').words).toEqual(['prosent', '2009']);
  });

  // Fresh eyes: «"K = O/F"», as the help text suggests, found nothing; Pagefind has no word «=».
  it('searches a phrase with a part that is no word by its words, and checks the phrase as written on the page', () => {
    const parsed = parseQuery('"K = O/F"');
    expect(pagefindQuery(parsed)).toBe('K=O/F');
    expect(asWritten(parsed)).toEqual(['K = O/F']);
    expect(asWritten(parseQuery('"samarbeid med pårørende" 9,6'))).toEqual(['samarbeid med pårørende', '9,6']);
  });
});

// Fresh eyes: «k=o/f» found nothing, «k = o / f» 131 pages; the quality formula's page has «K = O/F».
describe('a formula typed in any spacing', () => {
  it('is one text, searched as the index files it and required as written', () => {
    for (const typed of ['k=o/f', 'K = O/F', 'k = o / f', '"K = O / F"']) {
      const parsed = parseQuery(typed);
      expect(parsed.words, typed).toEqual([]);
      expect(pagefindQuery(parsed).toLowerCase(), typed).toBe('k=o/f');
      expect(asWritten(parsed), typed).toEqual([typed.replaceAll('"', '')]);
    }
    expect(parseQuery('kvalitetsformelen K = O/F').words).toEqual(['kvalitetsformelen']);
    expect(hasAsWritten('uttrykt som K = O / F: kvalitet', 'k=o/f')).toBe(true);
    expect(hasAsWritten('K = L/F', 'k=o/f')).toBe(false);
  });
});

describe('hasAsWritten', () => {
  it('finds a decimal number whole, and other text in any case or spacing', () => {
    expect(hasAsWritten('fra 9,6 til 10,2 prosent', '9,6')).toBe(true);
    expect(hasAsWritten('fra 19,6 og 9,65 prosent', '9,6')).toBe(false);
    expect(hasAsWritten('fra 9,6 til 10,2 prosent', '9.6')).toBe(true);
    expect(hasAsWritten('se tabell 4.1.', '4,1')).toBe(true);
    expect(hasAsWritten('100 Så mange av prosjektene', '100')).toBe(true);
    expect(hasAsWritten('fast stilling: 100 prosent.', '100')).toBe(true);
    expect(hasAsWritten('om lag 1000 ansatte, tallene 10,1, 10,0 og 0,0; 1100', '100')).toBe(false);
    expect(hasAsWritten('Kvalitetsformelen – K = O/F.', 'k  =  o/f')).toBe(true);
    expect(hasAsWritten('Kvalitetsformelen – K = O/F.', 'K = O')).toBe(true);
    expect(hasAsWritten('K er kvalitet, O/F opplevd', 'K = O/F')).toBe(false);
    // The index's copy joins compound parts with a marked hyphen (segment-joiner.ts).
    expect(hasAsWritten('Kvalitets\u2060-kommune\u2060-programmet – 2007 – 2010', 'kvalitetskommuneprogrammet – 2007')).toBe(true);
  });
});

describe('withoutQuotes', () => {
  it.each([
    ['"sykefravær i barnehagen" Gloppen', 'sykefravær i barnehagen Gloppen'],
    ['«ti punkter»', 'ti punkter'],
    ['“heltid” deltid', 'heltid deltid'],
    ['"uten slutt', 'uten slutt'],
  ])('takes the quotes out of %s', (query, expected) => {
    expect(withoutQuotes(query)).toBe(expected);
  });

  it.each(['sykefravær', '""', '« »'])('has nothing to offer for %s', (query) => {
    expect(withoutQuotes(query)).toBeUndefined();
  });
});

describe('asWritten beside other words', () => {
  it('checks a phrase as written when other words are searched too (Pagefind then ignores the quotes)', () => {
    expect(asWritten(parseQuery('"sykefravær redusert punkter" barnehage'))).toEqual(['sykefravær redusert punkter']);
    expect(asWritten(parseQuery('"ti punkter" "heltid"'))).toEqual(['ti punkter']);
  });

  it('leaves a phrase alone to Pagefind when it is the whole query', () => {
    expect(asWritten(parseQuery('"sykefravær i barnehagen"'))).toEqual([]);
  });

  it('reads „low-high" quotes as a phrase too', () => {
    expect(parseQuery('„ti punkter“').exact).toEqual(['ti punkter']);
  });

  it('reads one word in quotes of any kind as that word, not a phrase', () => {
    for (const quoted of ['”sykefravær”', '“sykefravær”', '„sykefravær“', '«sykefravær»', '"sykefravær"', '« sykefravær »', '"sykefravær'])
      expect(parseQuery(quoted), quoted).toEqual({ exact: [], words: ['sykefravær'], dropped: [] });
    expect(parseQuery('«9,6»')).toEqual({ exact: ['9,6'], words: [], dropped: [] });
  });
});

describe('a query pasted from Word or a PDF', () => {
  // «å» pasted as «a» and a combining ring was searched as «a»: 245 hits, while «og» was left out.
  it('leaves out «å» as it leaves out «og», however «å» was written', () => {
    expect(parseQuery('a\u030A skrive og lese')).toEqual({ exact: [], words: ['skrive', 'lese'], dropped: ['å', 'og'] });
  });

  it.each([
    ['“samarbeid med pårørende”', ['samarbeid med pårørende'], []],
    ['«samarbeid med pårørende».', ['samarbeid med pårørende'], []],
    ['„ti\u00A0punkter“', ['ti punkter'], []],
    ['syke\u00ADfravær', [], ['sykefravær']],
    ['syke\u200Bfravær', [], ['sykefravær']],
    ['syke-\nfravær', [], ['sykefravær']],
    ['syke- fravær', [], ['sykefravær']],
    ['sykefravær.', [], ['sykefravær']],
    ['sykefravær – tiltak', [], ['sykefravær', 'tiltak']],
    // A range, one number to find as written with any dash (below).
    ['2009–2010', ['2009-2010'], []],
    ['(IA)', [], ['IA']],
  ])('reads %j as meant', (query, exact, words) => {
    expect(parseQuery(query)).toEqual({ exact, words, dropped: [] });
  });

  it('takes the quotes out of a pasted phrase for the loose offer', () => {
    expect(withoutQuotes('“uønsket del-\ntid”.')).toBe('uønsket deltid');
  });
});

// The page said «24 treff på «"ti punkter"»»: a quote inside a quote.
describe('spokenQuery', () => {
  it('names a phrase as «uttrykket», the other words in one pair of «»', () => {
    expect(spokenQuery(parseQuery('"ti punkter"'))).toBe('uttrykket «ti punkter»');
    expect(spokenQuery(parseQuery('"samarbeid med pårørende" turnus'))).toBe('uttrykket «samarbeid med pårørende» og «turnus»');
    expect(spokenQuery(parseQuery('"ti punkter" «uønsket deltid»'))).toBe('uttrykkene «ti punkter» og «uønsket deltid»');
    expect(spokenQuery(parseQuery('sykefravær 9,6'))).toBe('«9,6 sykefravær»');
  });

  it('says the words as typed beside those searched, where a nynorsk word was searched as bokmål', () => {
    expect(spokenQuery({ exact: [], words: ['sykefravær'], dropped: [] }, 'sjukefråvær')).toBe('«sjukefråvær» eller «sykefravær»');
    expect(spokenQuery({ exact: [], words: ['sykefravær'], dropped: [] }, 'sykefravær')).toBe('«sykefravær»');
    // A decimal number is among the words searched, not a word the typed ones lack («ansatte» eller «6,9 ansatte»).
    expect(spokenQuery(parseQuery('6,9 ansatte'), 'ansatte')).toBe('«6,9 ansatte»');
    expect(spokenQuery(parseQuery('6,9 sykefravær'), 'sjukefråvær')).toBe('«6,9 sjukefråvær» eller «6,9 sykefravær»');
  });

  // Fresh eyes: «Tabell 4.6» was said «4.6 Tabell», «sykefravær Mandal 7,7» «7,7 sykefravær Mandal».
  it('says numbers where they were typed, given the query as typed', () => {
    expect(spokenQuery(parseQuery('Tabell 4.6'), undefined, 'Tabell 4.6')).toBe('«Tabell 4.6»');
    expect(spokenQuery(parseQuery('sykefravær Mandal 7,7'), undefined, 'sykefravær Mandal 7,7')).toBe('«sykefravær Mandal 7,7»');
    expect(spokenQuery(parseQuery('sjukefråvær 6,9'), 'sjukefråvær', 'sjukefråvær 6,9')).toBe('«sjukefråvær 6,9»');
    expect(spokenQuery({ ...parseQuery('sjukefråvær 6,9'), words: ['sykefravær'] }, 'sjukefråvær', 'sjukefråvær 6,9')).toBe('«sjukefråvær 6,9» eller «sykefravær 6,9»');
    // Said back as typed: «du skrev «sykefravær 95 %»».
    expect(spokenQuery(parseQuery('sykefravar 95 %', true), undefined, 'sykefravar 95 %')).toBe('«sykefravar 95\u00a0%»');
  });
});

describe('parseQuery, as typed', () => {
  it('keeps every word as typed, small words too, and the phrases, for saying the query back', () => {
    expect(spokenQuery(parseQuery('"uonsket deltid"', true))).toBe('uttrykket «uonsket deltid»');
    expect(spokenQuery(parseQuery('sykefravaer i hjemmetjenesten', true))).toBe('«sykefravaer i hjemmetjenesten»');
    expect(spokenQuery(parseQuery('«ti punkter» og sykefravaer', true))).toBe('uttrykket «ti punkter» og «og sykefravaer»');
  });
});

// Fresh eyes: «4-6 kommuner» said «4-6» was on no page, though /tall-og-fakta/ has «4–6» (an en dash).
// Fresh eyes: «2007/094» (a report's number) and «8,2/7,9/7,3» (figures) were searched as formulas, «uttrykket «2007/094»».
describe('numbers joined by «/»', () => {
  it('are a number, searched by their numbers, said as typed, and required as written', () => {
    for (const [typed, term] of [
      ['2007/094', '2007 094'],
      ['8,2/7,9/7,3', '8,2 7,9 7,3'],
      ['8,2 / 7,9 / 7,3', '8,2 7,9 7,3'],
    ]) {
      const parsed = parseQuery(typed!);
      expect(parsed, typed).toEqual({ exact: [typed!.replace(/ /g, '')], words: [], dropped: [] });
      expect(pagefindQuery(parsed)).toBe(term);
      expect(asWritten(parsed)).toEqual(parsed.exact);
      expect(spokenQuery(parsed)).toBe(`«${typed!.replace(/ /g, '')}»`);
    }
    expect(spokenQuery(parseQuery('rapport 2007/094'))).toBe('«2007/094 rapport»');
  });

  it('are on a page that has them so, the slashes spaced in any way, not the numbers elsewhere', () => {
    expect(hasAsWritten('(IRIS Rapport nr. 2007/094).', '2007/094')).toBe(true);
    expect(hasAsWritten('Nærvær 8,2 / 7,9 / 7,3 prosent', '8,2/7,9/7,3')).toBe(true);
    expect(hasAsWritten('gikk ned fra 8,2 til 7,9 og 7,3', '8,2/7,9/7,3')).toBe(false);
    expect(hasAsWritten('rapport 2007/0945', '2007/094')).toBe(false);
    expect(hasAsWritten('rapport 12007/094', '2007/094')).toBe(false);
  });
});

describe('a range of numbers', () => {
  const dashes = ['-', '–', '−', '\u2011', ' – ', ' - '];
  it('is one number to search for, whatever its dash', () => {
    for (const dash of dashes) {
      expect(parseQuery(`4${dash}6 kommuner`), dash).toEqual({ exact: ['4-6'], words: ['kommuner'], dropped: [] });
      expect(asWritten(parseQuery(`2007${dash}2010`)), dash).toEqual(['2007-2010']);
    }
    expect(pagefindQuery(parseQuery('4–6 kommuner'))).toBe('"4-6" kommuner');
    expect(spokenQuery(parseQuery('4–6 kommuner'))).toBe('«4-6 kommuner»');
    expect(parseQuery('4–6 %').exact).toEqual(['4-6\u00a0%']);
  });
  it('is on a page with any dash between the same numbers, and not on one with others', () => {
    for (const typed of ['4-6', '4–6', '4\u20116']) for (const dash of dashes) expect(hasAsWritten(`Så mange kommuner: 4${dash}6.`, parseQuery(typed).exact[0] ?? ''), `${typed} ${dash}`).toBe(true);
    expect(hasAsWritten('perioden 2007–2010', parseQuery('2007-2010').exact[0] ?? '')).toBe(true);
    expect(hasAsWritten('14–6 og 4–60 og 4 og 6', '4-6')).toBe(false);
    expect(hasAsWritten('0,5–1,5 prosent', '0,5-1,5')).toBe(true);
  });
});

// «10 punkter» must find the page that writes «Ti punkter» (number-words.ts).
it('finds a number written as a word on the page', () => {
  expect(hasAsWritten('Ti punkter for et redusert sykefravær', '10')).toBe(true);
  expect(hasAsWritten('tolv kommunar', '12')).toBe(true);
  expect(hasAsWritten('tiltak og tiende', '10')).toBe(false);
});
