import { parse, type HTMLElement } from 'node-html-parser';
import { expect, it } from 'vitest';
import { referenceWords, takeReferences } from './references.ts';

const bodyOf = (html: string) => parse(`<main data-pagefind-body>${html}</main>`).querySelector('main') as HTMLElement;

// Fresh eyes: «Lag et SPC-diagram» showed «Kilde: Anhøj J, Olesen AV.» as its excerpt, a rule's source line.
it('takes source lines and footnotes out of the text, keeping their words', () => {
  const body = bodyOf(
    '<ul><li>Uvanlig lang serie: flere punkter på rad. <span class="meta">Kilde: Anhøj J, Olesen AV. Run charts revisited.</span></li></ul>' +
      '<p class="meta">Kilde: <a href="/kilder/sluttrapporten/#s-9">Sluttrapporten, s. 9</a></p>' +
      '<section data-footnotes class="footnotes"><h2>Fotnoter</h2><ol><li><p>Sluttrapporten, s. 40 <a data-pagefind-ignore>↩</a></p></li></ol></section>' +
      '<p>Kilden til tallene er sluttrapporten.</p>',
  );
  expect(takeReferences(body)).toEqual(['Kilde: Anhøj J, Olesen AV. Run charts revisited.', 'Kilde: Sluttrapporten, s. 9', 'Fotnoter Sluttrapporten, s. 40']);
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  expect(body.textContent).toBe('Uvanlig lang serie: flere punkter på rad. Kilden til tallene er sluttrapporten.');
});

it('keeps each word of the references once, without the label', () => {
  expect(referenceWords(['Kilde: Sluttrapporten, s. 9', 'Kilde: Sluttrapporten, s. 40', 'Fotnoter Sluttrapporten, s. 9'])).toEqual(['Sluttrapporten,', 's.', '9', '40', 'Fotnoter']);
});
