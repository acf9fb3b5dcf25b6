import { describe, expect, it } from 'vitest';
import { withoutOwnQuoteMarks } from '../lib/own-quote-marks.ts';
import { quoteMarksProblem } from './quote-marks.ts';

// Fresh eyes (the secretariat in the CMS): «Det nytter å jobbe med heltid.» typed in its «» and «– Ola Nordmann, rådmann»
// were shown as «‘Det nytter å jobbe med heltid.’» and «– – Ola Nordmann».
describe('quoteMarksProblem', () => {
  it('names a quote typed in its own quotation marks, and a name typed with its own dash', () => {
    for (const text of ['«Det nytter å jobbe med heltid.»', '"Vi trodde ikke det gikk an."', '“Vi trodde ikke det gikk an.”', ' „Ja“ '])
      expect(quoteMarksProblem(['quotes', 0, 'text'], text), text).toBe('sitatet står i anførselstegn: ta dem bort, siden setter «» rundt sitatet selv');
    for (const name of ['– Ola Nordmann, rådmann', '- Ola Nordmann', '—Kari'])
      expect(quoteMarksProblem(['quotes', 0, 'attribution'], name), name).toBe('navnet begynner med en strek: ta den bort, siden setter «–» foran navnet selv');
  });

  it('leaves a quote with a title in «» inside it, a name with a hyphen and other fields alone', () => {
    expect(quoteMarksProblem(['quotes', 0, 'text'], '«Lese for livet» er et løft for hele kommunen.')).toBeUndefined();
    expect(quoteMarksProblem(['quotes', 0, 'text'], 'Vi kalte det «nærværsløftet».')).toBeUndefined();
    expect(quoteMarksProblem(['quotes', 0, 'attribution'], 'Anne-Lise Hansen, styrer')).toBeUndefined();
    expect(quoteMarksProblem(['title'], '«Veien videre»')).toBeUndefined();
    expect(quoteMarksProblem(['keyFigures', 0, 'text'], '«Veien videre»')).toBeUndefined();
  });
});

// Fresh eyes: the CMS refused a quote typed in «…», a round after it had refused the same quote for its missing source.
describe('withoutOwnQuoteMarks', () => {
  const asRun = new Function(`return ${withoutOwnQuoteMarks.toString()}`)() as typeof withoutOwnQuoteMarks;
  it('takes a quote out of its own quotation marks and a dash from before a name', () => {
    expect(asRun(['quotes', 0, 'text'], '«Vi har fått til mye.»')).toBe('Vi har fått til mye.');
    expect(asRun(['quotes', 1, 'text'], ' “Det nytter å jobbe med heltid.” ')).toBe('Det nytter å jobbe med heltid.');
    expect(asRun(['quotes', 0, 'attribution'], '– Ola Nordmann, rådmann')).toBe('Ola Nordmann, rådmann');
    expect(quoteMarksProblem(['quotes', 0, 'text'], asRun(['quotes', 0, 'text'], '«Vi har fått til mye.»'))).toBeUndefined();
  });
  it('leaves a quote with other quotation marks inside, another field, and a quote without marks as typed', () => {
    expect(asRun(['quotes', 0, 'text'], '«Ja», sa hun, «det nytter»')).toBe('«Ja», sa hun, «det nytter»');
    expect(asRun(['title'], '«Tittel»')).toBe('«Tittel»');
    expect(asRun(['quotes', 0, 'text'], 'Vi har fått til mye.')).toBe('Vi har fått til mye.');
    expect(asRun(['quotes', 0, 'attribution'], 'Ola Nordmann-Hansen')).toBe('Ola Nordmann-Hansen');
  });
});
