// Every text of Decap's English interface has a Norwegian one: Decap's nb_no
// with ours laid over it.
import { expect, it } from 'vitest';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import nb from 'decap-cms-locales/dist/esm/nb_no/index.js';
import { mergePhrases, missingNorwegian } from './locale.ts';

type Phrases = { [key: string]: string | Phrases };
const keys = (phrases: Phrases, prefix = ''): string[] =>
  Object.entries(phrases).flatMap(([key, value]) => (typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`]));

it('leaves no text of the CMS in English', () => {
  const norwegian = new Set(keys(mergePhrases(nb as Phrases, missingNorwegian)));
  expect(keys(en as Phrases).filter((key) => !norwegian.has(key))).toEqual([]);
  // The ones editors met: «Add …» on lists, «Insert from URL», «Copy Name».
  const merged = mergePhrases(nb as Phrases, missingNorwegian) as { editor: { editorWidgets: { list: { add: string }; image: { chooseUrl: string } } } };
  expect(merged.editor.editorWidgets.list.add).toBe('Legg til: %{item}');
  expect(merged.editor.editorWidgets.image.chooseUrl).toBe('Sett inn fra adresse');
});

it('adds only texts Decap has, so none is a typo', () => {
  const english = new Set(keys(en as Phrases));
  expect(keys(missingNorwegian as Phrases).filter((key) => !english.has(key))).toEqual([]);
});
