import { expect, it } from 'vitest';
import { quoteJoinedParts } from './quote-joins.ts';

const shown = (text: string) => quoteJoinedParts(text).map((part) => (part.whole ? `[${part.text}]` : part.text)).join('');

it('keeps each quote mark with the letter beside it, so a long quoted word cannot leave a quote mark alone on a line', () => {
  expect(shown('67 treff på «Kvalitetskommuneprogrammet»')).toBe('67 treff på [«K]valitetskommuneprogramme[t»]');
});

it('takes the punctuation touching a quote mark along: a bracket, a full stop, a nested quote', () => {
  expect(shown('17 treff på «nøtterøy» (du skrev «notteroy»).')).toBe('17 treff på [«n]øtterø[y»] (du skrev [«n]ottero[y»).]');
});

it('keeps a short quoted word whole, and leaves text without quotes as one part that may wrap', () => {
  expect(shown('Ordet «i» er for vanlig')).toBe('Ordet [«i»] er for vanlig');
  expect(shown('Søk etter «"ti punkter"» i stedet')).toBe('Søk etter [«"t]i punkte[r"»] i stedet');
  expect(quoteJoinedParts('Ingen treff')).toEqual([{ text: 'Ingen treff', whole: false }]);
});
