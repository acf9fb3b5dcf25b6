import { describe, expect, it } from 'vitest';
import { markdownInField } from './field-markdown.ts';

describe('markdownInField', () => {
  // Fresh eyes: «Les [rapporten](/kilder/)» in «Ingress» was shown with its brackets.
  it('names a link typed in a text field, and says to write its text and put the link in the body', () => {
    expect(markdownInField('Les [sluttrapporten](/kilder/sluttrapport/) fra programmet.')).toBe(
      'lenken «[sluttrapporten](/kilder/sluttrapport/)» vises som den står, med klammer og parentes: feltet er vanlig tekst. Skriv bare «sluttrapporten» her, og sett lenken i teksten («Tekst (Markdown)»)',
    );
    expect(markdownInField('Se [KS](https://www.ks.no).')).toMatch(/^lenken «\[KS\]\(https:\/\/www\.ks\.no\)»/);
  });

  it('names bold type and a heading’s «#», which show as typed', () => {
    expect(markdownInField('Sykefraværet gikk **kraftig** ned.')).toMatch(/^«\*\*kraftig\*\*» vises med «\*\*» rundt ordene: .* Ta bort «\*\*»$/);
    expect(markdownInField('__Viktig__: frist i mai.')).toMatch(/^«__Viktig__» vises med «__»/);
    expect(markdownInField('## Nyhetsbrev for mars')).toMatch(/^«##» i starten vises som det står/);
  });

  it('leaves plain text alone: brackets, stars, a number sign and underscores as people write them', () => {
    for (const text of [
      'Kvalitet (K) = opplevd (O) / forventet (F) [s. 12]',
      'Tallene for 2009* er foreløpige (* ikke endelige).',
      'Kommune nr. #3 i rekken, 5 * 3 = 15',
      'Filen heter sluttrapport_2010_endelig.pdf',
      'C# og [kilde]',
    ])
      expect(markdownInField(text), text).toBeUndefined();
  });
});
