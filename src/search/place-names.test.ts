import { describe, expect, it } from 'vitest';
import { asNamed, completedName, completedNames } from './place-names.ts';

describe('asNamed', () => {
  it('writes a place typed in lower case as its name writes it', () => {
    expect(asNamed('hægebostad', ['Hægebostad'])).toBe('Hægebostad');
    expect(asNamed('sykefravær hægebostad', ['Hægebostad', 'Bømlo'])).toBe('sykefravær Hægebostad');
    expect(asNamed('aurskog-høland', ['Aurskog-\u200bHøland'])).toBe('Aurskog-Høland');
    // The index's copy of a title has a segment joiner at a compound's joint (fresh eyes: «ringerike» said in lower case).
    expect(asNamed('ringerike', ['Ring\u2060-erike'])).toBe('Ringerike');
    expect(asNamed('jevnaker', ['Jevn\u2060-aker'])).toBe('Jevnaker');
    expect(asNamed('os østerdalen', ['Os i Østerdalen'])).toBe('Os Østerdalen');
  });

  it('leaves words no name has, and a word typed with capitals, as typed', () => {
    expect(asNamed('sykefravær', ['Hægebostad'])).toBe('sykefravær');
    expect(asNamed('HÆGEBOSTAD', ['Hægebostad'])).toBe('HÆGEBOSTAD');
    expect(asNamed('hægebostad', [])).toBe('hægebostad');
  });
});

// Fresh eyes: «Nottero» said «17 treff på «Nøtterø»», no word, and below that no participant is called «Nottero».
describe('completedName', () => {
  const names = ['Nøtterøy', 'Nord-Aurdal', 'Os i Østerdalen', 'Bømlo', 'Mandal'];

  it('is the name a start is, its last letter or two missing', () => {
    expect(completedName('Nøtterø', names)).toBe('Nøtterøy');
    expect(completedName('nøtterø', names)).toBe('Nøtterøy');
    expect(completedName('Nottero', names)).toBe('Nøtterøy');
    expect(completedName('Nøtter', names)).toBe('Nøtterøy');
    expect(completedName('Østerdal', names)).toBe('Østerdalen');
    expect(completedName('Nord-Aurd', names)).toBe('Nord-Aurdal');
  });

  it('is no name for a short start, a start far from the end, the whole name, or a start of two names', () => {
    expect(completedName('Bø', names)).toBeUndefined();
    expect(completedName('Nøtt', names)).toBeUndefined();
    expect(completedName('Nøtterøy', names)).toBeUndefined();
    expect(completedName('Nøt', names)).toBeUndefined();
    expect(completedName('Sand', ['Sande', 'Sandøy'])).toBeUndefined();
    expect(completedName('Nøtterø', [])).toBeUndefined();
  });
});

describe('completedNames', () => {
  const names = ['Nøtterøy', 'Stordal'];
  const none = async () => false;
  it('completes a start that is no site word and no place of its own', async () => {
    expect(await completedNames(['sykefravær', 'Nottero'], names, async (word) => word === 'sykefravær', none)).toEqual(new Map([['Nottero', 'Nøtterøy']]));
  });

  it('leaves a word the site has, and a place the dictionary names («Stord», not «Stordal»)', async () => {
    expect(await completedNames(['Nottero'], names, async () => true, none)).toEqual(new Map());
    expect(await completedNames(['Stord'], names, none, async (word) => word === 'Stord')).toEqual(new Map());
  });
});
