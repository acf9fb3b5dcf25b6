import { describe, expect, it } from 'vitest';
import { leftTextDiffers, leftTextHeading, leftTextKey } from './left-text.ts';

describe('text left by «OK» to «Vil du gå likevel?»', () => {
  it('is kept per entry, and per collection for a new entry, as Decap keeps its own copy', () => {
    expect(leftTextKey('newsletters', 'nr-7-desember')).toBe('newsletters/nr-7-desember');
    expect(leftTextKey('news', undefined)).toBe('news/');
  });

  it('is offered when it says something the entry as opened does not', () => {
    const saved = { title: 'Nyhetsbrev desember', summary: 'Kort.', body: 'Første avsnitt.\n', tags: ['a'] };
    expect(leftTextDiffers({ ...saved, body: 'Første avsnitt.\n\nEt helt nytt avsnitt.\n' }, saved)).toBe(true);
    expect(leftTextDiffers({ ...saved, tags: ['a', 'b'] }, saved)).toBe(true);
    expect(leftTextDiffers({ ...saved, image: { src: '../media/a.jpg', alt: 'Et bilde' } }, saved)).toBe(true);
  });

  it('is not offered when the entry says the same (saved since), nor an empty field over a missing one', () => {
    const saved = { title: 'Nyhetsbrev desember', body: 'Tekst.\n', items: [{ kind: 'news', id: 'a' }] };
    expect(leftTextDiffers(JSON.parse(JSON.stringify(saved)), saved)).toBe(false);
    expect(leftTextDiffers({ ...saved, note: '', tags: [] }, saved)).toBe(false);
    expect(leftTextDiffers({ title: '', body: '' }, {})).toBe(false);
  });

  it('says in Norwegian which entry and when, today or on an earlier day', () => {
    const left = Date.UTC(2026, 11, 2, 4, 5);
    expect(leftTextHeading('Nyhetsbrev desember', left, left + 60_000)).toBe(
      'Du gikk fra «Nyhetsbrev desember» i dag kl. 05:05 uten å lagre. Teksten du hadde skrevet, er tatt vare på her i nettleseren.',
    );
    // A title in guillemets of its own is not quoted again (the marks ran together: ««Lese for livet» – …»).
    expect(leftTextHeading('«Lese for livet» – lesing i Odda', left, left + 60_000)).toMatch(/^Du gikk fra «Lese for livet» – lesing i Odda i dag kl\. 05:05 uten å lagre\./);
    expect(leftTextHeading('  ', left, left + 3 * 86_400_000)).toMatch(/^Du gikk fra denne oppføringen 2\. desember kl\. 05:05 uten å lagre\./);
  });
});
