import { describe, expect, it } from 'vitest';
import { typedDateProblem } from '../schemas/typed-date.ts';
import { monthNames } from '../schemas/common.ts';
import { fieldErrorDetail, fieldErrorDetails, fieldRefusalHeading } from './field-refusals.ts';
import { missingNorwegian } from './locale.ts';

const dateLabel = 'Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)';
const fill = (text: string, values: Record<string, string>) => text.replace(/%\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

describe('what the refusal above the form says of a field Decap refused', () => {
  it('says a required field left empty by its label once (PRESENCE, in our words)', () => {
    const message = fill(missingNorwegian.editor.editorControlPane.widget.required, { fieldLabel: dateLabel });
    expect(message).toBe(`«${dateLabel}» må fylles ut.`);
    expect(fieldErrorDetail(dateLabel, message)).toBe('må fylles ut.');
  });

  it('gives a date widget’s message after the label without its explanation in brackets (CUSTOM, our widget)', () => {
    const message = `«Dato» ${typedDateProblem('31.02.2010', monthNames)}`;
    expect(fieldErrorDetail(dateLabel, message)).toBe('er en dag som ikke finnes: februar 2010 har 28 dager. Nå står det «31.02.2010».');
  });

  it('keeps a pattern’s message, which says what to write, with a full stop (PATTERN)', () => {
    expect(fieldErrorDetail('Tittel', 'Skriv en tittel med minst én bokstav eller ett tall')).toBe('Skriv en tittel med minst én bokstav eller ett tall.');
  });

  it('drops the label Decap’s own texts begin with, in «» (RANGE of a list, a number)', () => {
    expect(fieldErrorDetail('Kilder', '«Kilder» må ha minst 1.')).toBe('må ha minst 1.');
    expect(fieldErrorDetail('Nummer', '«Nummer»: «41.5» kan leses både som 415 og som 41,5.')).toBe('«41.5» kan leses både som 415 og som 41,5.');
  });

  // A story's figure refused at Decap's check said its item twice: «Nøkkeltall (nr. 1) → Kilde (nytt eksempel): «Nøkkeltall» nr. 1: …».
  it('leaves out the list item the message begins with, as the content check names it', () => {
    expect(fieldErrorDetail('Nøkkeltall (nr. 1) → Kilde (nytt eksempel)', '«Nøkkeltall» nr. 1: skriv hvor tallet kommer fra.')).toBe('skriv hvor tallet kommer fra.');
    expect(fieldErrorDetail('Nøkkeltall (nr. 2) → Kilde', '«Nøkkeltall» nr. 1: skriv hvor tallet kommer fra.')).toBe('«Nøkkeltall» nr. 1: skriv hvor tallet kommer fra.');
  });

  it('keeps a message that names the field otherwise, and one that is only the label', () => {
    const figure = 'Tallet under «Kolonne 2» i raden «Kurs, 2008» må være et tall skrevet med sifre, for eksempel 8,2 eller 1 234. Nå står det «ca. 5».';
    expect(fieldErrorDetail('Kolonne 2', figure)).toBe(figure);
    expect(fieldErrorDetail('Tittel', '«Tittel»')).toBe('«Tittel».');
  });

  // The box's line begins with the field's label, a link: «Tekst (Markdown): Disse i «Tekst (Markdown)» ville …» said it twice.
  it('adds no full stop after a sentence in brackets, nor after a line that leads into those below it, and names the field once', () => {
    expect(fieldErrorDetail('Tekst (Markdown)', '«Vi» skriver som om … i tredje person. (Se over.)')).toBe('«Vi» skriver som om … i tredje person. (Se over.)');
    expect(fieldErrorDetail('Tekst (Markdown)', 'Disse i «Tekst (Markdown)» ville stoppet nettstedet, og er ikke lagret:')).toBe(
      'Disse ville stoppet nettstedet, og er ikke lagret:',
    );
  });

  it('says a field is not filled in right when the error has no message (a widget’s bare «not valid»)', () => {
    for (const message of [undefined, true, '', '  '])
      expect(fieldErrorDetail('Tallet', message)).toBe('er ikke fylt ut riktig: se over det som står i feltet.');
  });

  it('has a heading that leads into the list', () => {
    expect(fieldRefusalHeading).toMatch(/^Noe i skjemaet mangler eller må rettes .*:$/);
  });
});

// Fresh eyes: a title of spaces alone was refused with «Skriv en tittel med minst én bokstav eller ett tall. er tomt:
// skriv teksten i feltet.»: two errors of one field, run together.
describe('what the refusal says of a field with several errors', () => {
  it('says each once, a sentence each, naming the field again where an error’s words need it', () => {
    expect(fieldErrorDetails('Tittel', ['Skriv en tittel med minst én bokstav eller ett tall', '«Tittel» er tomt: skriv teksten i feltet.'])).toBe(
      'Skriv en tittel med minst én bokstav eller ett tall. «Tittel» er tomt: skriv teksten i feltet.',
    );
    expect(fieldErrorDetails('Tittel', ['«Tittel» må fylles ut.', '«Tittel» må fylles ut.'])).toBe('må fylles ut.');
    expect(fieldErrorDetails('Nummer', ['«Nummer» må være 1 eller mer.', 'Skriv et helt tall'])).toBe('må være 1 eller mer. Skriv et helt tall.');
  });
});
