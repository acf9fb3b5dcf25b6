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

  // Fresh eyes (the secretariat in the CMS): these were saved, passed the check and stood on the page as typed.
  it('names italics, strike-through, an address in angle brackets, an HTML tag and an entity', () => {
    expect(markdownInField('Vi satser på *heltid* i år.')).toBe('«*heltid*» vises med «*» rundt ordene: feltet er vanlig tekst og kan ikke ha kursiv. Ta bort «*»');
    expect(markdownInField('Et _viktig_ skritt')).toMatch(/^«_viktig_» vises med «_» rundt ordene: .*kursiv/);
    expect(markdownInField('Ikke ~~avlyst~~ likevel')).toMatch(/^«~~avlyst~~» vises med «~~» rundt ordene: .*gjennomstreking/);
    expect(markdownInField('Skriv til <post@ks.no>')).toBe('«<post@ks.no>» vises med «<» og «>» rundt: feltet er vanlig tekst. Skriv bare post@ks.no');
    expect(markdownInField('Se <https://www.ks.no/>')).toMatch(/^«<https:\/\/www\.ks\.no\/>» vises med «<» og «>» rundt: .* Skriv bare https:\/\/www\.ks\.no\/$/);
    expect(markdownInField('Lenke og <b>fet</b> tekst')).toBe('HTML-koden «<b>» vises som den står: feltet er vanlig tekst. Ta den bort');
    expect(markdownInField('linje<br>med')).toBe('HTML-koden «<br>» vises som den står: feltet er vanlig tekst. Ta den bort (feltet har ingen linjeskift)');
    expect(markdownInField('KS &amp; Fagforbundet')).toMatch(/^«&amp;» vises som det står: .*«&» for «&amp;»/);
  });

  it('leaves plain text alone: brackets, stars, a number sign and underscores as people write them', () => {
    for (const text of [
      'Under 5 % (<5 %) og over 10 % (>10 %)',
      'KS & Fagforbundet, 2 < 3 > 1',
      'Stjerne* og fotnote**',
      'snake_case_navn og fil_2010.pdf',
      '«Sitat» – sa hun',
      'Kvalitet (K) = opplevd (O) / forventet (F) [s. 12]',
      'Tallene for 2009* er foreløpige (* ikke endelige).',
      'Kommune nr. #3 i rekken, 5 * 3 = 15',
      'Filen heter sluttrapport_2010_endelig.pdf',
      'C# og [kilde]',
    ])
      expect(markdownInField(text), text).toBeUndefined();
  });
});
