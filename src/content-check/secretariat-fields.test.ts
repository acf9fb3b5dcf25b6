// The fields the secretariat fills in for what it publishes now, as the content check reports them: a press release's
// own contact person and a new film's address. Each message names the file, the field and what to write instead.
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, type Problem } from './index.ts';
import { formatProblem } from './problem.ts';
import { contentFolder, edit } from './test-fixtures.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function problemsWith(changes: Record<string, string | null>): Promise<Problem[]> {
  const folder = await contentFolder(changes);
  cleanup = folder.cleanup;
  return checkContent(folder.root);
}

/** The fixture's news item as a press release the secretariat issues now, with `more` frontmatter lines. */
const release = (more: string) =>
  edit('news/opptak.mdx', 'date: 2007-10-17\n', `date: 2007-10-17\nkind: pressemelding\nnumber: 1\nnewItem: true\n${more}`);

/** A film, new from the secretariat unless `archive`, with `more` lines. */
const film = (more: string, archive = false) => ({
  'films/ny-film.yaml': `title: Ny film om sykefravær\nmaker: KS\n${archive ? 'year: 2008\nsources: [{ doc: S002, page: 50 }]' : 'year: 2026\nnewItem: true'}\n${more}`,
});

describe("a press release's contact person", () => {
  it('accepts a name with a phone number as people write it and an e-mail address', async () => {
    for (const phone of ['22 12 34 56', '+47 22 12 34 56']) {
      const problems = await problemsWith(release(`contact:\n  name: Kari Nordmann\n  role: Kommunikasjonsrådgiver\n  phone: '${phone}'\n  email: kari.nordmann@ks.no\n`));
      expect(problems, phone).toEqual([]);
      await cleanup?.();
    }
  });

  it('names the field and says what to write for a wrong phone number or e-mail address', async () => {
    const problems = await problemsWith(release('contact:\n  name: Kari Nordmann\n  phone: tlf 22 12\n  email: kari.nordmann(at)ks.no\n'));
    const shown = problems.map(formatProblem).join('\n');
    expect(shown).toMatch(/news\/opptak\.mdx:\d+\n\s+felt «Kontaktperson for pressemeldingen → Telefon/);
    expect(shown).toContain('felt «Kontaktperson for pressemeldingen → E-post» (contact → email)');
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['contact → phone', expect.stringContaining('for eksempel «22 00 00 00» eller «+47 22 00 00 00»')],
      ['contact → email', expect.stringContaining('skriv en hel e-postadresse, for eksempel «presse@virksomhet.no»')],
    ]);
  });

  it('asks for a name, and for a phone number or an e-mail address to reach the person by', async () => {
    const noName = await problemsWith(release('contact:\n  role: Kommunikasjonsrådgiver\n  phone: 22 12 34 56\n'));
    expect(noName.map((p) => p.message)).toEqual(['mangler; feltet må fylles ut med tekst']);
    await cleanup?.();
    const noWay = await problemsWith(release('contact:\n  name: Kari Nordmann\n  role: Kommunikasjonsrådgiver\n'));
    expect(noWay.map((p) => p.message)).toEqual([expect.stringMatching(/^mangler telefon eller e-post: skriv minst ett av dem/)]);
  });

  it('refuses a contact person on a news item and on a release from the archive, saying what to do', async () => {
    const onNews = await problemsWith(
      edit('news/opptak.mdx', 'date: 2007-10-17\n', 'date: 2007-10-17\nnewItem: true\ncontact:\n  name: Kari Nordmann\n  phone: 22 12 34 56\n'),
    );
    expect(onNews.map((p) => p.message)).toEqual([expect.stringContaining('vises bare under en pressemelding')]);
    await cleanup?.();
    const onArchive = await problemsWith(
      edit('news/opptak.mdx', 'date: 2007-10-17\n', 'date: 2007-10-17\nkind: pressemelding\nnumber: 1\ncontact:\n  name: Kari Nordmann\n  phone: 22 12 34 56\n'),
    );
    expect(onArchive.map((p) => p.message)).toEqual([expect.stringContaining('slå på «Ny sak fra sekretariatet»')]);
  });
});

describe("a film's address", () => {
  it('accepts an https address for a new film', async () => {
    expect(await problemsWith(film('video: https://www.youtube.com/watch?v=abc123\n'))).toEqual([]);
  });

  it('refuses an address without https, or that is not a whole address, saying to copy it from the browser', async () => {
    for (const video of ['http://www.youtube.com/watch?v=abc123', 'www.youtube.com/watch?v=abc123', 'https://youtube']) {
      const problems = await problemsWith(film(`video: ${video}\n`));
      expect(problems.map((p) => [p.field, p.message]), video).toEqual([['video', expect.stringContaining('begynner med «https://»')]]);
      await cleanup?.();
    }
  });

  it('refuses an address on a film from the archive, whose sources give none', async () => {
    const problems = await problemsWith(film('video: https://www.youtube.com/watch?v=abc123\n', true));
    expect(problems.map((p) => [p.field, p.message])).toEqual([['video', expect.stringContaining('kildene oppgir ingen adresse')]]);
  });
});
