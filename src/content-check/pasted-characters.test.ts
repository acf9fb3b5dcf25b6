import { expect, it } from 'vitest';
import { findPastedCharacters } from './pasted-characters.ts';
import { findTextFieldProblems } from './text-fields.ts';

// Fresh eyes: a Word list pasted into an ingress kept its second Symbol bullet (U+F0B7), a box on the page.
it('names a Word Symbol bullet inside a line, with the words before it, as one to delete', () => {
  expect(findPastedCharacters('Kommunen kuttet fraværet med to poeng. \uF0B7 De ansatte ble hørt.')).toEqual([
    {
      line: 1,
      message:
        'det står et usynlig tegn (punkttegn fra Word, vist som en tom rute, U+F0B7) rett etter «fraværet med to poeng.», som ofte følger med tekst limt inn fra Word eller PDF; sett markøren der og slett tegnet',
    },
  ]);
});

it('leaves a Symbol bullet that starts a line to the bullet rule, said once', () => {
  expect(findPastedCharacters('\uF0B7\tKommunen kuttet fraværet.')).toEqual([]);
  expect(findTextFieldProblems({ summary: '\uF0B7\tKommunen kuttet fraværet.' }).map(({ message }) => message)).toEqual([
    'teksten begynner med et punkttegn fra Word («\uF0B7», vist som en tom rute eller ingenting, U+F0B7); ta det bort, feltet er vanlig tekst og kan ikke være en punktliste',
  ]);
});
