import { describe, expect, it } from 'vitest';
import { newsletterEmailHtml, newsletterEmailText, type NewsletterEmail } from './newsletter-email.ts';
import { unsubscribePlaceholder } from './unsubscribe.ts';
import { archiveNote } from '../lib/archive-note.ts';

const email: NewsletterEmail = {
  lang: 'nb',
  title: 'Nyhetsbrev mars 2010: <Test> & mer',
  kicker: 'Nyhetsbrev nr. 9 · mars 2010',
  preheader: 'Kort om det viktigste.',
  summary: 'En ingress som er lang nok til å være en ingress.',
  note: archiveNote('nyhetsbrev', 'på nettsiden'),
  webUrl: new URL('https://example.org/nyhetsbrev/nr-9/'),
  unsubscribeInfoUrl: new URL('https://example.org/nyhetsbrev/#avmelding'),
  markdown: '## Sak\n\nLes [saken](/nyheter/sak/) og [mer](../annet/).\n\n| Tiltak | Resultat |\n| --- | --- |\n| DVD | Bedre |\n',
  items: [{ title: 'Et eksempel', summary: 'Om eksempelet.', url: new URL('https://example.org/eksempler/et/') }],
};

// An issue was written for Kompetansebanken: its e-mail said nothing of it, only its page did.
describe('the archive note', () => {
  it('stands under the ingress in the HTML and the plain text', async () => {
    const html = await newsletterEmailHtml(email, 'tool');
    expect(html).toMatch(/<p class="archive-note"[^>]*>Denne utgaven er skrevet for Kompetansebanken ut fra programmets egne dokumenter \(se kildene på nettsiden\); den er ikke en original utgave/);
    const text = (await newsletterEmailText(email, 'tool')).replace(/\s+/g, ' ');
    expect(text).toContain('En ingress som er lang nok til å være en ingress. Denne utgaven er skrevet for Kompetansebanken');
    expect(text).toContain('ikke en original utgave fra programmet, og numrene følger dette arkivet');
  });

  // Fresh eyes on the CMS: an issue the secretariat writes now was said to be written from the programme's documents.
  it('is left out of a new issue from the secretariat, in the preheader, the HTML and the text', async () => {
    const fresh = { ...email, note: undefined };
    const html = await newsletterEmailHtml(fresh, 'tool');
    expect(html).not.toContain('archive-note');
    expect(html).not.toContain('programmets egne dokumenter');
    expect(html).toMatch(/<div class="preheader"[^>]*>Kort om det viktigste\./);
    const text = await newsletterEmailText(fresh, 'tool');
    expect(text).not.toContain('programmets egne dokumenter');
    expect(text.replace(/\s+/g, ' ')).toContain('En ingress som er lang nok til å være en ingress. Les nyhetsbrevet på nettet');
  });
});

describe('newsletterEmailHtml', () => {
  it('makes every link absolute against the issue page', async () => {
    const html = await newsletterEmailHtml(email, 'web');
    expect(html).toContain('href="https://example.org/nyheter/sak/"');
    expect(html).toContain('href="https://example.org/nyhetsbrev/annet/"');
    expect(html).not.toMatch(/href="\//);
  });

  it('inlines the styles, also on GFM tables, and keeps only the media query in <style>', async () => {
    const html = await newsletterEmailHtml(email, 'web');
    expect(html).toMatch(/<td style="[^"]*border: 1px solid/);
    expect(html).toMatch(/<h2 style="[^"]*font-size: 20px/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(style.trim()).toMatch(/^@media/);
  });

  it('keeps an image in the text within the mail\'s width, at its own aspect ratio', async () => {
    const html = await newsletterEmailHtml({ ...email, markdown: `${email.markdown}\n![Barn i barnehagen](/bilder/barnehage.jpg)\n` }, 'web');
    expect(html).toMatch(/<img src="https:\/\/example\.org\/bilder\/barnehage\.jpg" alt="Barn i barnehagen" style="[^"]*max-width: 100%; height: auto/);
  });

  // A mail is read in a mail client: a note's number and its «↩» went to the web page, and Gmail and Outlook drop form fields, so a
  // checklist lost its boxes; a long code line widened the mail on a phone.
  it('shows a checklist\'s state as characters, leaves out the notes\' «↩» links, and wraps code', async () => {
    const markdown = 'Tekst[^1].\n\n- [ ] Ugjort\n- [x] Gjort\n\n```\nen veldig lang kodelinje\n```\n\n[^1]: En fotnote.\n';
    const html = await newsletterEmailHtml({ ...email, markdown }, 'web');
    expect(html).not.toContain('<input');
    expect(html).toMatch(/<li[^>]*>☐ Ugjort<\/li>/);
    expect(html).toMatch(/<li[^>]*>☑ Gjort<\/li>/);
    expect(html).not.toContain('data-footnote-backref');
    // The number is the note's number under «Fotnoter» in the same mail, not a link that opens the web page.
    expect(html).toContain('Tekst<sup>1</sup>.');
    expect(html).toMatch(/<p[^>]*>En fotnote\.<\/p>/);
    expect(html).toMatch(/<pre style="[^"]*white-space: pre-wrap/);
  });

  it('escapes text, and has lang and preheader', async () => {
    const html = await newsletterEmailHtml(email, 'web');
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('<title>Nyhetsbrev mars 2010: &lt;Test&gt; &amp; mer</title>');
    expect(html).toMatch(/<div class="preheader" style="display:none[^"]*">Skrevet for Kompetansebanken [^<]*: Kort om det viktigste\./);
  });

  // The preheader and the footer were the sending template's: the inbox line read as the programme's own issue, and the
  // footer said «fra Kvalitetskommuneprogrammet fordi du har meldt deg på det» under a note saying the issue is not
  // the programme's, to readers of the archive copy too.
  it('says in the preheader and the footer what the archive note says, and claims no subscription', async () => {
    for (const copy of ['web', 'tool'] as const) {
      const html = await newsletterEmailHtml(email, copy);
      expect(html).toMatch(/<div class="preheader"[^>]*>Skrevet for Kompetansebanken ut fra programmets egne dokumenter, ikke en original utgave fra programmet: Kort om det viktigste\./);
      const footer = /<td class="footer"[^>]*>([\s\S]*?)<\/td>/.exec(html)?.[1] ?? '';
      expect(footer).toContain('Får du nyhetsbrevet fra Kompetansebanken på e-post og vil ikke ha det lenger?');
      expect(footer).not.toMatch(/meldt deg på|fra Kvalitetskommuneprogrammet/);
    }
    const text = (await newsletterEmailText(email, 'tool')).replace(/\s+/g, ' ');
    expect(text).toContain(`Får du nyhetsbrevet fra Kompetansebanken på e-post og vil ikke ha det lenger? Meld deg av: ${unsubscribePlaceholder}`);
    expect(text).not.toMatch(/meldt deg på|nyhetsbrevet fra Kvalitetskommuneprogrammet fordi/);
  });

  // Fresh eyes: an archive issue's footer said «Programmets postadresse: …» as if the programme, ended in 2010, could
  // still be written to; a new issue from the secretariat keeps its line.
  it('gives the programme\'s address as the address it had in an archive issue, and as now in a new one', async () => {
    const address = 'KS – Kvalitetskommuneprogrammet, Postboks 1378 Vika, 0114 Oslo';
    for (const copy of ['web', 'tool'] as const) {
      const archive = /<td class="footer"[^>]*>([\s\S]*?)<\/td>/.exec(await newsletterEmailHtml(email, copy))?.[1] ?? '';
      expect(archive).toContain(`Programmets postadresse i programperioden 2007–2010 var ${address}.`);
      expect(archive).not.toContain('Programmets postadresse:');
      const fresh = /<td class="footer"[^>]*>([\s\S]*?)<\/td>/.exec(await newsletterEmailHtml({ ...email, note: undefined }, copy))?.[1] ?? '';
      expect(fresh).toContain(`Programmets postadresse: ${address}`);
    }
    const text = (await newsletterEmailText(email, 'tool')).replace(/\s+/g, ' ');
    expect(text).toContain(`Programmets postadresse i programperioden 2007–2010 var ${address}.`);
    expect(text).not.toContain('Programmets postadresse:');
    expect((await newsletterEmailText({ ...email, note: undefined }, 'tool')).replace(/\s+/g, ' ')).toContain(`Programmets postadresse: ${address}`);
  });

  // The tester's finding: opened from the newsletter's page, «Meld deg av nyhetsbrevet» went to «{{unsubscribe}}», a 404.
  it('links «Meld deg av» to the page on unsubscribing on the web, and to the placeholder only in the copy for the mailing tool', async () => {
    const web = await newsletterEmailHtml(email, 'web');
    const tool = await newsletterEmailHtml(email, 'tool');
    expect(web).toMatch(/<a href="https:\/\/example\.org\/nyhetsbrev\/#avmelding"[^>]*>Meld deg av nyhetsbrevet<\/a>/);
    expect(web).not.toContain(unsubscribePlaceholder);
    expect(tool).toMatch(new RegExp(`<a href="${unsubscribePlaceholder.replace(/[|*{}]/g, '\\$&')}"[^>]*>Meld deg av nyhetsbrevet</a>`));
    // Otherwise the same e-mail.
    expect(tool.replace(unsubscribePlaceholder, email.unsubscribeInfoUrl.href)).toBe(web);
  });
});

describe('newsletterEmailText', () => {
  it('writes links out in full and ends with the unsubscribe placeholder', async () => {
    const text = await newsletterEmailText(email, 'tool');
    expect(text).toContain('saken [https://example.org/nyheter/sak/]');
    expect(text).toContain('Et eksempel [https://example.org/eksempler/et/]: Om eksempelet.');
    expect(text).toContain(`Meld deg av: ${unsubscribePlaceholder}`);
    expect(text).toContain('Nyhetsbrev mars 2010: <Test> & mer');
    expect(text).not.toContain('<h2>');
  });

  // The «ren tekst» link on an issue's page showed readers the tool's «Meld deg av: {{unsubscribe}}».
  it('gives readers the site\'s unsubscribe section instead of the placeholder, and is otherwise the same text', async () => {
    const web = await newsletterEmailText(email, 'web');
    expect(web).not.toContain(unsubscribePlaceholder);
    expect(web).toContain('Meld deg av: https://example.org/nyhetsbrev/#avmelding');
    expect(web).toBe((await newsletterEmailText(email, 'tool')).replace(unsubscribePlaceholder, email.unsubscribeInfoUrl.href));
  });

  // «~~tirsdag~~ onsdag» read «tirsdag onsdag»: the struck-out word as if it stood.
  it('marks struck-out text, and keeps a checklist\'s state as [ ] and [x]', async () => {
    const text = await newsletterEmailText({ ...email, markdown: 'Møtet er ~~tirsdag~~ onsdag.\n\n- [ ] Ugjort\n- [x] Gjort\n' }, 'tool');
    expect(text).toContain('Møtet er ~~tirsdag~~ onsdag.');
    expect(text).toContain('[ ] Ugjort');
    expect(text).toContain('[x] Gjort');
  });

  // A column of numbers was left-aligned in the text part («9,6 %» over «10,2 %»), and the title stood after two blank lines.
  it('aligns a column of numbers right and other columns as the Markdown says, and sets the title after one blank line', async () => {
    const markdown = '| Kommune | Fravær | Endring |\n| --- | --- | :---: |\n| Testby | 9,6 % | ned |\n| Kárášjohka | 10,2 % | opp |\n';
    const text = await newsletterEmailText({ ...email, markdown }, 'tool');
    expect(text).toContain(['Kommune      Fravær   Endring', 'Testby        9,6 %     ned', 'Kárášjohka   10,2 %     opp'].join('\n'));
    expect(text).toContain('Nyhetsbrev nr. 9 · mars 2010\n\nNyhetsbrev mars 2010: <Test> & mer\n');
  });

  // A list item with a paragraph and a nested list had a line of three spaces between them.
  it('ends no line in spaces, and keeps a nested list under its item', async () => {
    const text = await newsletterEmailText({ ...email, markdown: '- Første punkt\n\n  - Under A\n  - Under B\n\n- Andre punkt\n' }, 'tool');
    expect(text).not.toMatch(/[ \t]$/m);
    expect(text).toMatch(/ \* Første punkt\n\n {3}\* Under A\n {3}\* Under B\n\n \* Andre punkt/);
  });

  // «www.ks.no [http://www.ks.no]»: the address twice.
  it('writes a bare address once', async () => {
    const text = await newsletterEmailText({ ...email, markdown: 'Se www.ks.no og https://www.nav.no/.\n' }, 'tool');
    expect(text).toContain('Se www.ks.no og https://www.nav.no/.');
  });
});

// Fresh eyes: an image uploaded in «Bilder og filer» was refused in a newsletter, and /media/… (the advice) was a 404.
describe('an uploaded image in the text', () => {
  it('is shown in the e-mail at the absolute address the site’s build gives it; other images are made absolute', async () => {
    const made: Record<string, string> = { '../media/skjermbilde.png': 'https://example.org/_astro/skjermbilde.abc123.png' };
    const html = await newsletterEmailHtml(
      { ...email, markdown: 'Tekst.\n\n![Skjermbilde av søket](../media/skjermbilde.png)\n\n![Logo](/favicon.svg)\n', imageAddress: async (src) => made[src] },
      'web',
    );
    expect(html).toMatch(/<img src="https:\/\/example\.org\/_astro\/skjermbilde\.abc123\.png" alt="Skjermbilde av søket"/);
    expect(html).toMatch(/<img src="https:\/\/example\.org\/favicon\.svg" alt="Logo"/);
    expect(html).not.toContain('media/skjermbilde.png');
  });
});
