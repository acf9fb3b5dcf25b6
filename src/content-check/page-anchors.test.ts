import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, type Problem } from './index.ts';
import { codeAnchors, textAnchors, unsavedAnchorProblems } from './page-anchors.ts';
import { contentFolder, edit, validContent } from './test-fixtures.ts';

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

describe('textAnchors', () => {
  it('gives the ids the page gives the headings and footnotes, after the site\'s typography', async () => {
    const { ids } = await textAnchors('## Bakgrunn og behov\n\n## 17. mai\n\n## 2007 - 2010: «Nye» tider\n\n## Bakgrunn og behov\n\nTekst.[^1]\n\n[^1]: Kilde.\n', 'x.mdx');
    // As the built page has them (a scratch entry built): a repeated heading gets «-1».
    expect(ids).toEqual(['bakgrunn-og-behov', '17-mai', '2007---2010-nye-tider', 'bakgrunn-og-behov-1', 'user-content-fnref-1', 'footnote-label', 'user-content-fn-1']);
  });

  it('gives the links that name a place on a page, with their lines', async () => {
    const { links } = await textAnchors('Tekst.\n\n[se her](/eksempler/gloppen/#resultater) og [der](#bakgrunn) og [ikke](/eksempler/gloppen/)\n', 'x.mdx');
    expect(links).toEqual([
      { url: '/eksempler/gloppen/#resultater', line: 3 },
      { url: '#bakgrunn', line: 3 },
    ]);
  });
});

describe('codeAnchors', () => {
  it('reads the ids a page and its components write out, without a list kept by hand', () => {
    const story = codeAnchors('eksempler/[id].astro');
    // SourceList.astro's «Kilder», the page's own «Relaterte», and the frame's main.
    expect([...story.ids]).toEqual(expect.arrayContaining(['kilder', 'relaterte', 'samme-tema', 'hovedinnhold']));
    expect(codeAnchors('presse/index.astro').ids.has('kontakt')).toBe(true);
  });
});

describe('a link to an anchor the page does not have', () => {
  it('is named at its line, with the page\'s heading anchor nearest to it', async () => {
    const problems = await problemsWith(edit('news/opptak.mdx', 'Tekst.', 'Tekst.\n\n[se her](/eksempler/gloppen/#bakgrun-og-behov)'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: expect.stringMatching(/news\/opptak\.mdx$/), field: 'body', line: 9, textLine: 3 });
    expect(problems[0]!.message).toMatch(/^lenken «\/eksempler\/gloppen\/#bakgrun-og-behov» går til ankeret «#bakgrun-og-behov», som ikke finnes på siden «\/eksempler\/gloppen\/».*mente du «#bakgrunn-og-behov»\?/);
  });

  it('is named in the same page, with the headings there when none is near', async () => {
    const problems = await problemsWith(edit('stories/gloppen.mdx', '## Bakgrunn og behov', '## Bakgrunn og behov\n\n[x](#feil-anker)'));
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/^lenken «#feil-anker» går til et anker som ikke finnes på denne siden.*overskriftene der har ankeret «#bakgrunn-og-behov»/)]);
  });

  it('is not named when the anchor is a heading, a footnote or a section the page\'s code makes', async () => {
    const links = ['/eksempler/gloppen/#bakgrunn-og-behov', '/eksempler/gloppen/#kilder', '/eksempler/gloppen#relaterte', '/presse/#kontakt', '/kilder/sluttrapporten/#s-3', '/tall/#finnes-ikke'];
    const problems = await problemsWith({
      'news/opptak.mdx': validContent['news/opptak.mdx']!.replace('Tekst.', links.map((url) => `[lenke](${url})`).join('\n\n')),
    });
    expect(problems).toEqual([]);
  });

  it('is named on a page of the site outside the entries whose ids all stand in its code', async () => {
    const problems = await problemsWith(edit('news/opptak.mdx', 'Tekst.', '[presse](/presse/#kontakter)'));
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/siden «\/presse\/».*mente du «#kontakt»/)]);
  });
});

// The CMS asks before a save (src/integrations/content-check.ts, bodyCheckPath): the check after it held the whole site back.
describe('a text not saved yet', () => {
  const story = { collection: 'stories' as const, id: 'gloppen', file: 'content/stories/gloppen.mdx', body: '## Bakgrunn og behov\n\nTekst.\n' };
  it('has its links to a missing anchor named, the other texts as saved, its own as it stands', async () => {
    const text = { collection: 'news' as const, id: 'ny', file: 'content/news/ny.mdx', body: '## Ny overskrift\n\n[a](/eksempler/gloppen/#bakgrun) og [b](#ny-overskrift) og [c](#gammel)\n' };
    const problems = await unsavedAnchorProblems(text, async () => [story]);
    expect(problems.map(({ line, message }) => [line, message])).toEqual([
      [3, expect.stringMatching(/^lenken «\/eksempler\/gloppen\/#bakgrun» går til ankeret «#bakgrun».*overskriftene der har ankeret «#bakgrunn-og-behov»/)],
      [3, expect.stringMatching(/^lenken «#gammel» går til et anker som ikke finnes på denne siden.*«#ny-overskrift»/)],
    ]);
  });

  it('reads no other entry when it links to no place on a page', async () => {
    let read = false;
    const problems = await unsavedAnchorProblems({ ...story, body: '[a](/eksempler/gloppen/)\n' }, async () => ((read = true), [story]));
    expect(problems).toEqual([]);
    expect(read).toBe(false);
  });
});
