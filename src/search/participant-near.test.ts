import { afterEach, describe, expect, it, vi } from 'vitest';
import { nearName, participantMeant, siteUse } from './participant-near.ts';

// Real participants' names (content/municipalities/).
const names = ['Odda', 'Alta', 'Sola', 'Narvik', 'Mandal', 'Sveio', 'Sørum', 'Stord', 'Klepp', 'Sel', 'Andøy', 'Bærum', 'Midtre Gauldal', 'Nord-Aurdal', 'Bardu', 'Dovre', 'Løten', 'Skjåk', 'Molde', 'Modum', 'Re', 'Tana', 'Bydel Alna'];
// A part of the site's word lists: words as pages have them, place names with their bonus.
const words = { skal: 61, både: 48, mod: 3, modell: 9, reell: 4, re: 21, tanke: 7, møte: 24, sel: 22 };

describe('siteUse', () => {
  it('takes a word the site has, as typed or with æ, ø and å put back, as its word', () => {
    expect(siteUse('skal', words)).toBe('word');
    expect(siteUse('bade', words)).toBe('word');
    expect(siteUse('mote', words)).toBe('word');
  });
  it('takes a word the site has only inflected or begun as a start', () => {
    expect(siteUse('mode', words)).toBe('start');
    expect(siteUse('ree', words)).toBe('start');
  });
  it('takes a word the site lacks as none', () => {
    expect(siteUse('skak', words)).toBeUndefined();
    expect(siteUse('badu', words)).toBeUndefined();
  });
});

describe('nearName', () => {
  it('finds the name one slip from a word typed without æ, ø and å', () => {
    const typed = { manal: 'Mandal', svio: 'Sveio', soum: 'Sørum', strd: 'Stord', klpp: 'Klepp', sell: 'Sel', anoy: 'Andøy', baeum: 'Bærum', badu: 'Bardu', dore: 'Dovre', loen: 'Løten', skak: 'Skjåk', mode: 'Molde', ree: 'Re' };
    for (const [word, name] of Object.entries(typed)) expect(nearName(word, names, [word]), word).toBe(name);
  });
  it('takes the name whose other words were typed too', () => {
    expect(nearName('auldal', names, ['midtre', 'auldal'])).toBe('Gauldal');
  });
  it('takes no letter for another but a slip: «Larvik» is not Narvik', () => {
    expect(nearName('larvik', names, ['larvik'])).toBeUndefined();
  });
  // Fresh eyes: «Oda» and «oda» said only that no participant has the name, not «Mente du «Odda»?».
  it('takes a word of three letters for a name with a letter left out, where no word of the site begins so', () => {
    expect(nearName('oda', names, ['oda'], false)).toBe('Odda');
    expect(nearName('ala', names, ['ala'], false)).toBe('Alta');
    expect(nearName('oda', names, ['oda'], true)).toBeUndefined();
    expect(nearName('tan', names, ['tan'], true)).toBeUndefined();
  });
  it('leaves a short word alone but for a letter pressed twice, and a name or its start', () => {
    expect(nearName('tan', names, ['tan'])).toBeUndefined();
    expect(nearName('red', names, ['red'])).toBeUndefined();
    expect(nearName('sel', names, ['sel'])).toBeUndefined();
    expect(nearName('mold', names, ['mold'])).toBeUndefined();
  });
  it('takes no word of a name that says where a place is', () => {
    expect(nearName('nor', names, ['nor'])).toBeUndefined();
    expect(nearName('bydl', names, ['bydl'])).toBeUndefined();
  });
});

describe('participantMeant', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('searches a word the site lacks as the name, offers it for a start, and leaves the site\'s words alone', async () => {
    const list = { municipalities: Object.fromEntries(names.map((name) => [`/kommuner/${name.toLowerCase()}/`, name])), parallelNames: {} };
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(list))));
    // The dictionary's names (proper-names.ts): «Ree» is a name too, but the site begins it.
    const isName = async (word: string) => ['larvik', 'sula', 'ree'].includes(word.toLowerCase());
    expect(await participantMeant('skak', ['skak'], words, '/adresser.json', isName)).toEqual({ name: 'Skjåk', sure: true });
    expect(await participantMeant('ree', ['ree'], words, '/adresser.json', isName)).toEqual({ name: 'Re', sure: false });
    expect(await participantMeant('skal', ['skal'], words, '/adresser.json', isName)).toBeUndefined();
    expect(await participantMeant('både', ['både'], words, '/adresser.json', isName)).toBeUndefined();
    // Another place or a person, not a participant's name misspelt, but maybe meant: offered, in any case.
    expect(await participantMeant('sula', ['sula'], words, '/adresser.json', isName)).toEqual({ name: 'Sola', sure: false });
    // A word of three letters, a name or not («Oda» said only that no participant has the name).
    expect(await participantMeant('Oda', ['Oda'], words, '/adresser.json', isName)).toEqual({ name: 'Odda', sure: false });
    expect(await participantMeant('ala', ['ala'], words, '/adresser.json', isName)).toEqual({ name: 'Alta', sure: false });
    expect(await participantMeant('larvik', ['larvik'], words, '/adresser.json', isName)).toBeUndefined();
  });
});
