import { describe, expect, it } from 'vitest';
import { asMeant, looseWords } from './query-text.ts';

describe('asMeant', () => {
  it('takes out the invisible characters Word and PDFs carry inside words', () => {
    expect(asMeant('syke\u00ADfravær')).toBe('sykefravær');
    expect(asMeant('syke\u200Bfravær\uFEFF')).toBe('sykefravær');
    expect(asMeant('samarbeid\u00A0med\u202Fpårørende')).toBe('samarbeid med pårørende');
  });

  it('joins a word a PDF hyphenated at a line’s end, as pasted or as a browser pastes the line break', () => {
    expect(asMeant('syke-\nfravær')).toBe('sykefravær');
    expect(asMeant('syke-\r\nfravær i barnehagen')).toBe('sykefravær i barnehagen');
    expect(asMeant('syke- fravær')).toBe('sykefravær');
    expect(asMeant('syke\u00AD\nfravær')).toBe('sykefravær');
    expect(asMeant('"uønsket del-\ntid"')).toBe('"uønsket deltid"');
  });

  it('keeps a hyphen by a capital, and a shared ending', () => {
    expect(asMeant('Aurskog-\nHøland')).toBe('Aurskog-Høland');
    expect(asMeant('IA- avtalen')).toBe('IA-avtalen');
    expect(asMeant('pleie- og omsorg')).toBe('pleie- og omsorg');
    expect(asMeant('helse- eller sosialtjenesten')).toBe('helse- eller sosialtjenesten');
  });

  // «å» pasted as «a» and a combining ring was searched as «a» (245 hits), while «og» was left out as too common.
  it('reads a letter pasted as a letter and its accent as that letter', () => {
    expect(asMeant('a\u030A og sjukefra\u030Avær')).toBe('å og sjukefråvær');
  });

  it('reads Word’s hyphens as hyphens', () => {
    expect(asMeant('Aurskog\u2011Høland')).toBe('Aurskog-Høland');
    expect(asMeant('syke\u2010fravær')).toBe('syke-fravær');
  });
});

describe('looseWords', () => {
  it('leaves out the punctuation around words', () => {
    expect(looseWords('Hvordan få ned sykefraværet?')).toEqual(['Hvordan', 'få', 'ned', 'sykefraværet']);
    expect(looseWords('sykefravær. (IA) «nærvær», …')).toEqual(['sykefravær', 'IA', 'nærvær']);
    expect(looseWords('Mandal 6,9.')).toEqual(['Mandal', '6,9']);
  });

  it('splits at dashes, which are no part of a word', () => {
    expect(looseWords('2009–2010')).toEqual(['2009', '2010']);
    expect(looseWords('sykefravær – tiltak')).toEqual(['sykefravær', 'tiltak']);
    expect(looseWords('sykefravær—tiltak')).toEqual(['sykefravær', 'tiltak']);
  });

  // Fresh eyes: «alert(1)» was said back as «alert(1».
  it('keeps a closing bracket whose opening one is in the word', () => {
    expect(looseWords('alert(1)')).toEqual(['alert(1)']);
    expect(looseWords('f(x). [IA] arbeidstid(er)?')).toEqual(['f(x)', 'IA', 'arbeidstid(er)']);
    expect(looseWords('(ny)?')).toEqual(['ny']);
    expect(looseWords('(sykefravær)')).toEqual(['sykefravær']);
  });

  it('keeps a word’s own hyphen', () => {
    expect(looseWords('IA-avtalen pleie- omsorg')).toEqual(['IA-avtalen', 'pleie-', 'omsorg']);
  });
});

it('reads numbers joined by «/» as one text however spaced', () => {
  expect(looseWords(asMeant('8,2 / 7,9 /7,3 og 2007 /094'))).toEqual(['8,2/7,9/7,3', 'og', '2007/094']);
  expect(looseWords(asMeant('K = O / F'))).toEqual(['K', 'O', 'F']);
});

// Fresh eyes: «<b>sykefravær</b>», pasted from a web page, said «Ingen treff på «b>sykefravær‹/b»».
it('takes markup pasted from a web page or an e-mail out of the query', () => {
  expect(looseWords(asMeant('<b>sykefravær</b> i <span class="x">barnehagen</span>'))).toEqual(['sykefravær', 'i', 'barnehagen']);
  expect(looseWords(asMeant('under 5 % (<5 %) og 3 > 2'))).toEqual(['under', '5', '5', 'og', '3', '2']);
});
