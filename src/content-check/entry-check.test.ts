// The content check's rules for one entry, as the CMS page runs them before a save: the entry's own schema on the
// data as Decap holds it, refusing what the check would refuse (and then hold the whole site back), and nothing else.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from './load.ts';
import { parseYaml, splitFrontmatter } from './format.ts';
import { collectionDefinitions, contentRoot } from '../schemas/collections.ts';
import { pressContactFile } from '../schemas/press-contact.ts';
import { bodyField } from '../cms/config.ts';
import { entryProblems, refusalMessage } from './entry-check.ts';
import { entryCheckGlobal, entryCheckScript } from './entry-check-script.ts';

/** An entry as Decap holds it when it opens the file: its YAML read as Decap reads it, and an MDX file's text as `body`. */
function asDecapHoldsIt(text: string, format: 'mdx' | 'yaml'): Record<string, unknown> {
  if (format === 'yaml') return parseYaml(text) as Record<string, unknown>;
  const { frontmatter, body } = splitFrontmatter(text)!;
  return { ...(parseYaml(frontmatter) as Record<string, unknown>), body };
}

/** A new press release from the secretariat as the CMS holds it at the save (emptied fields already left out, saved-text.js). */
const pressRelease = (contact: Record<string, unknown>) => ({
  title: 'Ny pressemelding om kvalitet i kommunene',
  summary: 'Sekretariatet forteller om arbeidet med kvalitet i kommunene.',
  date: '2026-12-01',
  kind: 'pressemelding',
  number: 99,
  contact,
  municipalities: [],
  lang: 'nb',
  draft: false,
  newItem: true,
  sources: [],
  body: 'Teksten.\n',
});

describe('the rules the CMS runs before a save', () => {
  it('refuse no entry in content/, read as Decap reads it, nor the press contact setting', async () => {
    const { entries } = await loadContent(contentRoot);
    expect(entries.length).toBeGreaterThan(250);
    const refused = [];
    for (const entry of entries) {
      const problems = await entryProblems(entry.collection, asDecapHoldsIt(entry.text, collectionDefinitions[entry.collection].format));
      if (problems.length > 0) refused.push([entry.file, problems]);
    }
    expect(refused).toEqual([]);
    const setting = parseYaml(await readFile(join(contentRoot, pressContactFile), 'utf8')) as Record<string, unknown>;
    expect(await entryProblems('settings', setting, 'pressContact')).toEqual([]);
  }, 60_000);

  it('refuse no new entry with the empty lists and switches the CMS gives it, nor a setting with every field emptied', async () => {
    expect(await entryProblems('news', pressRelease({ name: 'Ola Nordmann', phone: '22 00 00 00' }))).toEqual([]);
    const story = {
      title: 'Et nytt eksempel',
      summary: 'Hva kommunen gjorde, og hva det førte til.',
      newItem: true,
      municipalities: ['gloppen'],
      sectors: ['skole'],
      themes: ['sykefravaer'],
      levels: ['system'],
      keyFigures: [],
      quotes: [],
      sickLeavePoints: [],
      tools: [],
      lang: 'nb',
      draft: false,
      sources: [],
      body: '',
    };
    expect(await entryProblems('stories', story)).toEqual([]);
    // A quote typed in its «» and a name with its dash were saved and shown «‘…’» and «– – …» (fresh eyes).
    const quoted = { ...story, quotes: [{ text: '«Det nytter å jobbe med heltid.»', attribution: '– Ola Nordmann, rådmann', sourceText: 'Intervju, mars 2025' }] };
    expect(refusalMessage(await entryProblems('stories', quoted), bodyField.label)).toBe(
      '«Sitater (nr. 1) → Sitat»: sitatet står i anførselstegn: ta dem bort, siden setter «» rundt sitatet selv.\n«Sitater (nr. 1) → Hvem sa det»: navnet begynner med en strek: ta den bort, siden setter «–» foran navnet selv.',
    );
    // The CMS keeps an empty value the file already had (saved-text.js): the setting's «role: ""».
    expect(await entryProblems('settings', { role: '', name: '', phone: '', email: '' }, 'pressContact')).toEqual([]);
  });

  it("refuse a press release's contact whose phone or e-mail the check refuses, naming each field by its label", async () => {
    const problems = await entryProblems('news', pressRelease({ name: 'Ola Nordmann', phone: '123', email: 'ola@ks' }));
    expect(problems).toEqual([
      {
        field: 'contact → phone',
        label: 'Kontaktperson for pressemeldingen → Telefon («22 00 00 00» eller «+47 22 00 00 00»)',
        message: 'skriv hele telefonnummeret, minst åtte sifre, med mellomrom mellom dem, for eksempel «22 00 00 00» eller «+47 22 00 00 00»',
      },
      {
        field: 'contact → email',
        label: 'Kontaktperson for pressemeldingen → E-post',
        message: 'skriv en hel e-postadresse, for eksempel «presse@virksomhet.no»',
      },
    ]);
    expect(refusalMessage(problems, bodyField.label)).toBe(
      '«Kontaktperson for pressemeldingen → Telefon («22 00 00 00» eller «+47 22 00 00 00»)»: skriv hele telefonnummeret, minst åtte sifre, ' +
        'med mellomrom mellom dem, for eksempel «22 00 00 00» eller «+47 22 00 00 00».\n«Kontaktperson for pressemeldingen → E-post»: skriv en hel e-postadresse, ' +
        'for eksempel «presse@virksomhet.no».',
    );
    // The setting's fields the same.
    expect((await entryProblems('settings', { phone: '123' }, 'pressContact')).map((p) => p.label)).toEqual(['Telefon («22 00 00 00» eller «+47 22 00 00 00»)']);
  });

  it("name each problem's field by its path, list items by number, as the CMS names the fields Decap has refused itself", async () => {
    // A source's page 0 and a date that does not exist: Decap's fields say so (field-refusal.js), and the CMS page leaves
    // out what the check says of the same fields, by these paths, so that each is said once.
    const problems = await entryProblems('news', { ...pressRelease({ name: 'Ola', email: 'ola@ks.no' }), date: '2026-02-29', sources: [{ doc: 'S002', page: 0 }] });
    expect(problems.map(({ field }) => field)).toEqual(['date', 'sources (nr. 1) → page']);
  });

  it('refuse what only a rule between fields or a date the calendar lacks says, and a placeholder left in the text', async () => {
    // A press release needs a phone or an e-mail: a rule Decap cannot know.
    expect(await entryProblems('news', pressRelease({ name: 'Ola Nordmann' }))).toEqual([
      expect.objectContaining({ label: 'Kontaktperson for pressemeldingen → Telefon («22 00 00 00» eller «+47 22 00 00 00»)', message: expect.stringMatching(/^mangler telefon eller e-post/) }),
    ]);
    // Only press releases are numbered: a news item with a number was saved, and held the site back once a press
    // release took the number (fresh eyes).
    const newsItem = { ...pressRelease({}), kind: 'nyhet', contact: undefined };
    expect(await entryProblems('news', { ...newsItem, number: undefined })).toEqual([]);
    expect(refusalMessage(await entryProblems('news', newsItem), bodyField.label)).toBe(
      '«Nummer»: bare pressemeldinger har nummer. Ta bort nummeret, eller velg «Pressemelding» under «Nyhet eller pressemelding».',
    );
    // An archive film is from the programme's years.
    const film = { title: 'En film', maker: 'KS', year: 2015, municipalities: [], lang: 'nb', draft: false, newItem: false, sources: [{ doc: 'S002', page: 1 }] };
    expect((await entryProblems('films', film)).map(({ label, message }) => [label, message.slice(0, 40)])).toEqual([['År', 'filmene i arkivet er fra programmet, 200']]);
    // 29 February of a year without one passes Decap's date pattern; the check refuses it.
    const problems = await entryProblems('news', { ...pressRelease({ name: 'Ola', email: 'ola@ks.no' }), date: '2026-02-29', body: 'Start.\nFYLL UT: skriv teksten\n' });
    expect(refusalMessage(problems, bodyField.label)).toBe(
      '«Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)»: 29. februar 2026 finnes ikke; sjekk datoen i kilden og skriv den som ÅÅÅÅ-MM-DD.\n' +
        `Linje 2 i «${bodyField.label}»: teksten er ikke skrevet ferdig: linjen har fortsatt «FYLL UT: skriv teksten»; skriv teksten ferdig, og ta bort «FYLL UT».`,
    );
  });

  it("refuse what the check says of the text fields: a Word bullet typed at a field's start, a Markdown link, an archive item in the programme's own voice", async () => {
    // Reported only after the save, each held the whole site back (fresh eyes typed «• » into an ingress).
    const bullet = await entryProblems('news', { ...pressRelease({ name: 'Ola', email: 'ola@ks.no' }), summary: '• Sekretariatet forteller om arbeidet med kvalitet.' });
    expect(refusalMessage(bullet, bodyField.label)).toMatch(/^«Ingress»: teksten begynner med et punkttegn fra Word \(«•»\)/);
    // A Markdown link typed in the ingress was saved, and the page showed its brackets.
    const link = await entryProblems('news', { ...pressRelease({ name: 'Ola', email: 'ola@ks.no' }), summary: 'Les [sluttrapporten](/kilder/sluttrapport/) fra programmet.' });
    expect(refusalMessage(link, bodyField.label)).toMatch(/^«Ingress»: lenken «\[sluttrapporten\]\(\/kilder\/sluttrapport\/\)» vises som den står/);
    const archive = { ...pressRelease({ name: 'Ola', email: 'ola@ks.no' }), newItem: false, contact: undefined, sources: [{ doc: 'S002', page: 1 }], title: 'Vi ønsker velkommen til samlingen' };
    const voice = await entryProblems('news', archive);
    expect(voice.map(({ label, message }) => [label, message.slice(0, 20)])).toEqual([['Tittel', expect.any(String)]]);
    expect(voice[0]?.message).toContain('«Vi»');
    // The same title, written now (a new item), is the secretariat's own voice.
    expect(await entryProblems('news', { ...archive, newItem: true, contact: { name: 'Ola', email: 'ola@ks.no' }, sources: [] })).toEqual([]);
  });

  // Fresh eyes wrote a news item in nynorsk and left «Språk» at «Bokmål»: it was published as bokmål.
  it('refuse a text in nynorsk whose «Språk» says bokmål, and take it once «Nynorsk» is chosen', async () => {
    const nynorsk = { ...pressRelease({ name: 'Ola', email: 'ola@ks.no' }), summary: 'Dei tilsette vert med frå hausten.', body: 'Det er ikkje berre leiarane.\n' };
    expect(refusalMessage(await entryProblems('news', nynorsk), bodyField.label)).toBe(
      '«Språk» er «Bokmål», men teksten er skrevet på nynorsk («dei», «tilsette» og «vert»); velg «Nynorsk», så leses siden opp og orddeles riktig.',
    );
    expect(await entryProblems('news', { ...nynorsk, lang: 'nn' })).toEqual([]);
  });

  it('know no other collection, and leave its save alone', async () => {
    expect(await entryProblems('other', { title: '' })).toEqual([]);
  });
});

describe('/admin/innholdsregler.js', () => {
  it('is the rules bundled for the browser: nothing in them needs Node', async () => {
    const script = await entryCheckScript();
    // Without zod's other languages (its 49 locales were 264 KB of 485): the CMS page loads this on a phone too.
    expect(script.length).toBeLessThan(300_000);
    const window: Record<string, unknown> = {};
    // As a classic script, its top-level «var» is the window's property.
    new Function('window', `${script}\nwindow.${entryCheckGlobal} = ${entryCheckGlobal};`)(window);
    const check = window[entryCheckGlobal] as { entryProblems: typeof entryProblems };
    const problems = await check.entryProblems('news', pressRelease({ name: 'Ola Nordmann', phone: '123', email: 'ola@ks.no' }));
    expect(problems.map((p) => p.message)).toEqual(['skriv hele telefonnummeret, minst åtte sifre, med mellomrom mellom dem, for eksempel «22 00 00 00» eller «+47 22 00 00 00»']);
  }, 30_000);
});
