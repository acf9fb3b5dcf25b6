// Lengths are worded for editors: what to write, in characters they can count.
import { expect, it } from 'vitest';
import { z } from 'zod';
import { fieldNamedSentence, fieldSaying, fieldSentence } from './messages.ts';

it('says how long a text must be, and how long it is now', () => {
  expect(z.string().min(20).safeParse('For kort').error?.issues[0]?.message).toBe('er for kort: skriv minst 20 tegn (nå 8)');
  expect(z.string().max(3).safeParse('Lang').error?.issues[0]?.message).toBe('er for lang: skriv høyst 3 tegn (nå 4)');
  expect(z.array(z.string()).min(1).safeParse([]).error?.issues[0]?.message).toBe('må ha minst 1');
});

// A source's page 0 was said «For lite(n): forventet number til å ha >0.» (zod's own Norwegian).
it('says which numbers a number field takes', () => {
  expect(z.number().int().positive().safeParse(0).error?.issues[0]?.message).toBe('må være større enn 0');
  expect(z.number().min(1).safeParse(0).error?.issues[0]?.message).toBe('må være 1 eller mer');
  expect(z.number().max(100).safeParse(101.5).error?.issues[0]?.message).toBe('må være 100 eller mindre');
  expect(z.number().lt(2.5).safeParse(3).error?.issues[0]?.message).toBe('må være mindre enn 2,5');
});

it('names the choices of a pick-list, and says an emptied one is empty', () => {
  const choice = z.enum(['sikker', 'sannsynlig']);
  expect(choice.safeParse('trolig').error?.issues[0]?.message).toBe('«trolig» er ikke et av valgene; velg en av «sikker», «sannsynlig»');
  expect(choice.safeParse(null).error?.issues[0]?.message).toBe('er tomt; velg en av «sikker», «sannsynlig», eller fjern linjen hvis feltet kan stå tomt');
});

it('says an empty field the CMS wrote («from: ""») is empty, not of the wrong type', () => {
  expect(z.number().safeParse('').error?.issues[0]?.message).toBe('er tomt; feltet må fylles ut med et tall');
  expect(z.number().safeParse('2009').error?.issues[0]?.message).toBe('har feil type; forventet et tall');
});

it('says a field and what is wrong with it as one sentence, without two colons in a row', () => {
  // «Feltet «Ingress»: er for kort: skriv …» read as two colons in a row (fresh eyes on the CMS).
  expect(fieldSaying('«Ingress»', 'er for kort: skriv minst 20 tegn (nå 9)')).toBe('«Ingress» er for kort: skriv minst 20 tegn (nå 9)');
  expect(fieldSaying('«Dato»', 'mangler; feltet må fylles ut med en dato (ÅÅÅÅ-MM-DD)')).toBe('«Dato» mangler; feltet må fylles ut med en dato (ÅÅÅÅ-MM-DD)');
  // A message of its own (an instruction, or a clause with its own subject) stays after a colon.
  expect(fieldSaying('«E-post»', 'skriv en hel e-postadresse')).toBe('«E-post»: skriv en hel e-postadresse');
  expect(fieldSaying('«Ingress»', 'ingressen er for kort (minst 20 tegn)')).toBe('«Ingress»: ingressen er for kort (minst 20 tegn)');
  expect(fieldSaying('«Tittel»', 'erstatt «Vi»')).toBe('«Tittel»: erstatt «Vi»');
});

// Fresh eyes: an event's end before its first day was marked «Er 9. februar 2027, før «Dato» …» under «Sluttdato».
it('says a field\'s message on its own as a sentence, with the field first where the message goes on from it', () => {
  expect(fieldSentence('Sluttdato', 'er 9. februar 2027, før «Dato» (10. februar 2027): skriv arrangementets siste dag')).toBe(
    '«Sluttdato» er 9. februar 2027, før «Dato» (10. februar 2027): skriv arrangementets siste dag.',
  );
  expect(fieldSentence('Når (fritekst)', 'nevner 31. februar, en dag som ikke finnes: rett datoen')).toBe('«Når (fritekst)» nevner 31. februar, en dag som ikke finnes: rett datoen.');
  expect(fieldSentence('Kilde', 'brukes bare i et nytt eksempel.')).toBe('«Kilde» brukes bare i et nytt eksempel.');
  expect(fieldSentence('Tittel', 'skriv en tittel med minst én bokstav')).toBe('Skriv en tittel med minst én bokstav.');
  expect(fieldSentence('Ingress', 'Teksten er for kort?')).toBe('Teksten er for kort?');
  expect(fieldSentence('Nummer', '1000 hopper over nr. 8–999')).toBe('Nummer 1000 hopper over nr. 8–999.');
  // «erstatt» is no «er»: a whole word only.
  expect(fieldSentence('Tekst', 'erstatt tegnet')).toBe('Erstatt tegnet.');
});

// Fresh eyes: the refusal above the form read «Påmeldingsfrist: har måned 13 …» (label, colon, verb), while the field's
// own mark said «Påmeldingsfrist» har måned 13 ….
it('says a field\'s message with its name first as a sentence, the name apart for its link, as the field\'s own mark says it', () => {
  const month = 'har måned 13, en måned som ikke finnes: skriv 01–12';
  expect(fieldNamedSentence('Påmeldingsfrist', month)).toEqual(['«', 'Påmeldingsfrist', `» ${month}.`]);
  expect(fieldNamedSentence('Påmeldingsfrist', month).join('')).toBe(fieldSentence('Påmeldingsfrist', month));
  expect(fieldNamedSentence('Ingress', 'må fylles ut.').join('')).toBe('«Ingress» må fylles ut.');
  expect(fieldNamedSentence('Nummer', '1000 hopper over nr. 8–999').join('')).toBe(fieldSentence('Nummer', '1000 hopper over nr. 8–999'));
  // A message that is a sentence without the name: the name before it, a colon between, the sentence from a capital.
  expect(fieldNamedSentence('Tittel', 'skriv en tittel med minst én bokstav').join('')).toBe('«Tittel»: Skriv en tittel med minst én bokstav.');
  expect(fieldNamedSentence('Tittel', 'Skriv en tittel?').join('')).toBe('«Tittel»: Skriv en tittel?');
});
