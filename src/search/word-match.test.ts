import { describe, expect, it } from 'vitest';
import { isInMetadata, isInflectionOf, isKnownForm, isOwnWord, matchesOnSite, searchedStart, startOnly } from './word-match.ts';

describe('isOwnWord', () => {
  it('takes the word, a longer word it begins and the word less a short ending, not a fallback', () => {
    expect(isOwnWord('Tana', ['tana'])).toBe(true);
    expect(isOwnWord('omsorg', ['omsorgstjenesten'])).toBe(true);
    expect(isOwnWord('sykefraværet', ['sykefravær'])).toBe(true);
    expect(isOwnWord('notteroy', ['noter'])).toBe(false);
    expect(isOwnWord('ia', [])).toBe(true);
  });

  // Fresh eyes: «mandla» (Mandal, two letters swapped) was taken for «man» inflected, and never corrected.
  it('takes the word inflected, not a start of it that Pagefind fell back to and letters that are no inflection', () => {
    expect(isOwnWord('barnehagen', ['barnehage'])).toBe(true);
    expect(isOwnWord('kommunene', ['kommune'])).toBe(true);
    expect(isOwnWord('barnehagens', ['barnehage'])).toBe(true);
    expect(isOwnWord('diagrammer', ['diagram'])).toBe(true);
    expect(isOwnWord('mandla', ['man'])).toBe(false);
    expect(isOwnWord('Mandla', ['man'])).toBe(false);
    expect(isOwnWord('Oppdal', ['opp'])).toBe(false);
    expect(isOwnWord('arbeidsmiljøqqq', ['arbeidsmiljø'])).toBe(false);
    expect(isOwnWord('Tromso', ['troms'])).toBe(false);
  });

  it('exactly: takes the word or a longer word it begins, not the word less an ending («troms» for «Tromso»)', () => {
    expect(isOwnWord('sykefraværet', ['sykefravær'], true)).toBe(false);
    expect(isOwnWord('Tromso', ['troms'], true)).toBe(false);
    expect(isOwnWord('omsorg', ['omsorgstjenesten'], true)).toBe(true);
    expect(isOwnWord('ia', [], true)).toBe(true);
  });

});

describe('startOnly', () => {
  it('is a highlighted start of the word up to three letters short of it, the rest no inflection: Pagefind\'s fallback', () => {
    expect(startOnly('mandla', ['man'])).toBe(true);
    expect(startOnly('Oppdal', ['opp'])).toBe(true);
    expect(startOnly('arbeidsmiljøqqq', ['arbeidsmiljøet', 'arbeidsmiljø'])).toBe(true);
    expect(startOnly('Tromso', ['troms'])).toBe(true);
  });

  it('is not the word inflected, a longer word, or a start more than three letters short', () => {
    expect(startOnly('sykefraværet', ['sykefravær'])).toBe(false);
    expect(startOnly('kommunene', ['kommune'])).toBe(false);
    expect(startOnly('omsorg', ['omsorgstjenesten'])).toBe(false);
    expect(startOnly('arbeidsmiljøqqqq', ['arbeidsmiljø'])).toBe(false);
    expect(startOnly('ia', [])).toBe(false);
  });
});

describe('isInflectionOf', () => {
  it('is a stem of three letters or more with an inflection, after its last letter doubled or not', () => {
    expect(isInflectionOf('sykefraværet', 'sykefravær')).toBe(true);
    expect(isInflectionOf('barnehagens', 'barnehage')).toBe(true);
    expect(isInflectionOf('diagrammer', 'diagram')).toBe(true);
    expect(isInflectionOf('mandla', 'man')).toBe(false);
    expect(isInflectionOf('oppdal', 'opp')).toBe(false);
    expect(isInflectionOf('ostre', 'os')).toBe(false);
    expect(isInflectionOf('programmene', 'program')).toBe(false);
  });
});

describe('matchesOnSite', () => {
  it('drops a word Pagefind only matched by its first letters', () => {
    expect(matchesOnSite('azzzzq', ['a'], false)).toBe(false);
    expect(matchesOnSite('Deatnu', ['de'], false)).toBe(false);
    expect(matchesOnSite('Oppdal', ['opp'], false)).toBe(false);
    expect(matchesOnSite('sick', ['si'], false)).toBe(false);
    expect(matchesOnSite('2015', ['20'], false)).toBe(false);
    expect(matchesOnSite('Larvik', ['lar'], false)).toBe(false);
    expect(matchesOnSite('Sandefjord', ['sande'], false)).toBe(false);
    expect(matchesOnSite('Aal', ['aa'], false)).toBe(false);
  });

  it('drops a word typed with å that Pagefind matched only by folding å to a («Ål»: «Alta», «alle»), not one the site has', () => {
    expect(matchesOnSite('Ål', ['alta', 'alle'], false)).toBe(false);
    expect(matchesOnSite('hå', ['handlings-plan'], false)).toBe(false);
    expect(matchesOnSite('hå', ['handlings-plan'], true)).toBe(true);
    expect(matchesOnSite('mål', ['målene'], false)).toBe(true);
    expect(matchesOnSite('åpen', ['aapenhet'], false)).toBe(true);
  });

  it('keeps a word the site has, though the first result highlights another («Asker» beside «Askim», «hele» beside «helhetlig»)', () => {
    expect(matchesOnSite('Asker', ['askim'], true)).toBe(true);
    expect(matchesOnSite('hele', ['helhetlig'], true)).toBe(true);
  });

  it('keeps a word found in metadata, inside a compound, inflected, or as a long compound’s head', () => {
    expect(matchesOnSite('nærvær', [], false)).toBe(true);
    expect(matchesOnSite('fravær', ['sykefravær'], false)).toBe(true);
    expect(matchesOnSite('ha', ['hå'], false)).toBe(true);
    expect(matchesOnSite('planene', ['planer'], false)).toBe(true);
    expect(matchesOnSite('fraværet', ['fravær'], false)).toBe(true);
    expect(matchesOnSite('sykefraværsoppfølgingsrutinene', ['sykefraværsoppfølging'], false)).toBe(true);
  });
});

describe('searchedStart', () => {
  // «arbeidsmiljøutvalgsmøte» said «23 treff på «arbeidsmiljøutvalgsmøte»»: Pagefind had searched «arbeidsmiljø».
  it('names the start Pagefind searched for a word it matched only by a long compound’s head', () => {
    expect(searchedStart('arbeidsmiljøqqqqqqqqqqqq', ['arbeidsmiljøet'])).toBe('arbeidsmiljø');
    expect(searchedStart('arbeidsmiljoqqqqqqqqqqqq', ['arbeidsmiljøet', 'arbeidsmiljø'])).toBe('arbeidsmiljø');
    // Three letters more: Pagefind takes them for an inflection.
    expect(searchedStart('arbeidsmiljøqqq', ['arbeidsmiljøet'])).toBe('arbeidsmiljø');
  });

  it('has nothing to name for a word matched as itself, inflected or inside a compound', () => {
    expect(searchedStart('planene', ['planer'])).toBeUndefined();
    expect(searchedStart('fravær', ['sykefravær'])).toBeUndefined();
    expect(searchedStart('nærvær', [])).toBeUndefined();
    expect(searchedStart('sykefraværet', ['sykefravær'])).toBeUndefined();
    expect(searchedStart('barnehagens', ['barnehage'])).toBeUndefined();
    expect(searchedStart('kommunane', ['kommunene'])).toBeUndefined();
  });
});

describe('isKnownForm', () => {
  const words = { mot: 300, møteplass: 1, møte: 30, sykefravær: 77 };

  it('knows a site word, a start of one, and a word inflected from one', () => {
    expect(isKnownForm('mot', words)).toBe(true);
    expect(isKnownForm('sykefrav', words)).toBe(true);
    expect(isKnownForm('mote', words)).toBe(true);
    expect(isKnownForm('Sykefraværet', words)).toBe(true);
  });

  it('does not know a word Pagefind matched only by a start of it', () => {
    expect(isKnownForm('moteplass', words)).toBe(false);
    expect(isKnownForm('motepl', words)).toBe(false);
  });
});

describe('isInMetadata', () => {
  const spcTool = 'Lag et SPC-diagram nærvær 2 åtte seks Anhøj J, Olesen AV. Run charts revisited. Verktøy';

  it('is false for a word no word of the metadata has: Pagefind fell back to a start of it', () => {
    expect(isInMetadata('skle', spcTool)).toBe(false);
    expect(isInMetadata('sk', spcTool)).toBe(false);
    // A start of a word of it and letters that are no inflection: «mandla» is not «man».
    expect(isInMetadata('mandla', 'Hvem har ansvaret? Lederen, man selv')).toBe(false);
    expect(isInMetadata('Oppdal', 'Følg opp sykefraværet')).toBe(false);
  });

  it('is true for a word the metadata has, begins with or has inside, folded, or has less an ending', () => {
    expect(isInMetadata('diagram', spcTool)).toBe(true);
    expect(isInMetadata('naervaer', spcTool)).toBe(true);
    expect(isInMetadata('verkt', spcTool)).toBe(true);
    expect(isInMetadata('diagrammer', spcTool)).toBe(true);
    expect(isInMetadata('fravær', 'sykefravær')).toBe(true);
    // A short word of an entry's kicker («Nyhetsbrev nr. 5»).
    expect(isInMetadata('nr', 'Nyhetsbrev nr. 5 · januar 2010')).toBe(true);
  });
});
