// The benchmark's synthetic stories must be content the site accepts, or the
// benchmark measures a build that fails.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/index.ts';
import { textOf, writeSyntheticContent } from './synthetic-stories.ts';

const folders: string[] = [];
afterAll(async () => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

async function generate(total: number) {
  const target = join(await mkdtemp(join(tmpdir(), 'kb-synthetic-')), 'content');
  folders.push(target);
  await writeSyntheticContent('content', target, total);
  return target;
}

it('adds stories up to the total, and the content checker finds nothing wrong', { timeout: 120_000 }, async () => {
  const target = await generate(80);
  expect((await readdir(join(target, 'stories'))).filter((f) => f.endsWith('.mdx'))).toHaveLength(80);
  expect(await checkContent(target)).toEqual([]);
});

it('makes the same stories every time, in Norwegian', { timeout: 60_000 }, async () => {
  const [a, b] = [await generate(40), await generate(40)];
  const file = (await readdir(join(a, 'stories'))).find((f) => f.startsWith('syntetisk-'));
  expect(file).toBeDefined();
  const text = await readFile(join(a, 'stories', file ?? ''), 'utf8');
  expect(text).toBe(await readFile(join(b, 'stories', file ?? ''), 'utf8'));
  expect(text).toMatch(/[æøå]/);
  expect(text).toMatch(/^## /m);
});

it('gives every story a title of its own, as the content check demands', { timeout: 60_000 }, async () => {
  const target = await generate(400);
  const titles = await Promise.all(
    (await readdir(join(target, 'stories'))).filter((f) => f.endsWith('.mdx')).map(async (f) => /^title: (.*)$/m.exec(await readFile(join(target, 'stories', f), 'utf8'))?.[1]),
  );
  expect(titles.every((t) => t !== undefined)).toBe(true);
  expect(new Set(titles).size).toBe(titles.length);
});

// A real story with footnotes, as the news item on the final report has them: a sentence copied with its «[^s3]» and
// without «[^s3]: …» is refused by the check, and the benchmark would measure a build that fails.
const footnoted = `Rapporten er ikke en evaluering; den eksterne evalueringen er gjort av NIBR.[^s3] Den forteller hva kommunene har gjort, og hva andre kan lære.

- **138 kommuner** har vært aktive i programmet, og to trakk seg underveis.[^s9]
- Mange lokalpolitikere forteller at de har fått bedre innsikt i egne tjenester.[^s48]

Les mer i [rapporten][sluttrapport] om hvordan samarbeidet mellom partene utviklet seg i kommunene.

[^s3]: [Sluttrapporten, s. 3](/kilder/sluttrapporten/#s-3)
[^s9]: Sluttrapporten, s. 9. Tallet gjelder kommuner som ble tatt opp etter søknad.

    Et avsnitt til i fotnoten, som ikke er en del av teksten i saken.

[sluttrapport]: /kilder/sluttrapporten/
[^s48]: [Sluttrapporten, s. 48](/kilder/sluttrapporten/#s-48)
`;

describe('the text copied from a real story', () => {
  it('leaves out footnote references and definitions, and reference links\' halves', () => {
    expect(textOf(footnoted)).toEqual({
      sentences: [
        'Rapporten er ikke en evaluering; den eksterne evalueringen er gjort av NIBR.',
        'Den forteller hva kommunene har gjort, og hva andre kan lære.',
        'Les mer i rapporten om hvordan samarbeidet mellom partene utviklet seg i kommunene.',
      ],
      listItems: ['138 kommuner har vært aktive i programmet, og to trakk seg underveis.', 'Mange lokalpolitikere forteller at de har fått bedre innsikt i egne tjenester.'],
    });
  });

  it('makes stories the content checker accepts when every real story has footnotes', { timeout: 120_000 }, async () => {
    const withFootnotes = join(await mkdtemp(join(tmpdir(), 'kb-footnoted-')), 'content');
    folders.push(withFootnotes);
    await cp('content', withFootnotes, { recursive: true });
    const stories = join(withFootnotes, 'stories');
    for (const file of (await readdir(stories)).filter((f) => f.endsWith('.mdx'))) {
      const text = await readFile(join(stories, file), 'utf8');
      // Each paragraph that ends a sentence gets a footnote, its definition at the end.
      let count = 0;
      const body = text.replace(/(?<=\n[^\n#|>-][^\n]*[a-zæøå)]\.)(?=\n\n)/g, () => `[^n${++count}]`);
      const definitions = Array.from({ length: count }, (_, i) => `[^n${i + 1}]: Sluttrapporten, s. ${i + 3}.`).join('\n');
      await writeFile(join(stories, file), count > 0 ? `${body.trimEnd()}\n\n${definitions}\n` : text);
    }
    const target = join(await mkdtemp(join(tmpdir(), 'kb-synthetic-')), 'content');
    folders.push(target);
    await writeSyntheticContent(withFootnotes, target, 80);
    expect(await checkContent(withFootnotes)).toEqual([]);
    expect(await checkContent(target)).toEqual([]);
  });
});
