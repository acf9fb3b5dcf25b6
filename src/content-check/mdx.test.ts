// The images of a text as the CMS asks about them before a save (bodyImageProblems) and the check reports them after
// one (checkBodies): one set of rules, each problem naming the image as written (the CMS's form shows no line numbers).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyImageProblems, checkBodies, imagesWithProblems } from './mdx.ts';

let root: string;
let file: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kompetansebanken-body-images-'));
  await mkdir(join(root, 'news'));
  await mkdir(join(root, 'media'));
  await writeFile(join(root, 'media', 'skjermbilde.png'), await sharp({ create: { width: 900, height: 500, channels: 3, background: '#37a' } }).png().toBuffer());
  file = join(root, 'news', 'ny.mdx');
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('the images of a text not saved yet', () => {
  it('names an image without alt text as written, and says what to write', async () => {
    expect(await bodyImageProblems('Tekst.\n\n![](../media/skjermbilde.png)\n', file)).toEqual([
      {
        line: 3,
        image: '![](../media/skjermbilde.png)',
        message:
          'bildet mangler alt-tekst: ![](../media/skjermbilde.png); skriv en kort beskrivelse av bildet mellom hakeparentesene: ![Beskrivelse](../media/skjermbilde.png)',
      },
    ]);
  });

  it('names an image whose file is not there, and says where to upload it', async () => {
    const [problem, ...rest] = await bodyImageProblems('![Kart over Ålesund](../media/kart-over-alesund.png)\n', file);
    expect(rest).toEqual([]);
    expect(problem!.image).toBe('![Kart over Ålesund](../media/kart-over-alesund.png)');
    expect(problem!.message).toMatch(/^bildefilen «\.\.\/media\/kart-over-alesund\.png» finnes ikke .*; last opp bildet under «Bilder og filer», trykk «Kopier stien»/);
  });

  // Fresh eyes: an image from another site passed, and the page's security policy (lib/csp.ts) blocked it for every reader.
  it('refuses an image at another site\'s address, saying to upload it, but not a data: image', async () => {
    const [web, ...others] = await bodyImageProblems('![Et bilde](https://example.com/bilde.jpg)\n\n![Annet](//cdn.example.com/b.png)\n', file);
    expect(web?.message).toMatch(/^bildet ligger på et annet nettsted og kan ikke vises her .*: !\[Et bilde\]\(https:\/\/example\.com\/bilde\.jpg\); last det ned, last det opp under «/);
    expect(others).toHaveLength(1);
    expect(await bodyImageProblems('![Prikk](data:image/png;base64,iVBORw0KGgo=)\n', file)).toEqual([]);
  });

  it('has nothing to say of an image with alt text and its file, nor of a text without images or one MDX cannot read', async () => {
    expect(await bodyImageProblems('![Skjermbilde av søket](../media/skjermbilde.png)\n', file)).toEqual([]);
    expect(await bodyImageProblems('Bare tekst.\n', file)).toEqual([]);
    expect(await bodyImageProblems('Tekst med {ugyldig\n\n![Kart](../media/skjermbilde.png)\n', file)).toEqual([]);
  });

  // Fresh eyes: two images, one without alt text and one without both its file and alt text, were «3 bilder».
  it('counts the images the problems are about, not the problems', async () => {
    const problems = await bodyImageProblems('![](../media/skjermbilde.png)\n\n![](../media/mangler.png)\n', file);
    expect(problems).toHaveLength(3);
    expect(imagesWithProblems(problems)).toBe(2);
    // The same image written twice is two images.
    expect(imagesWithProblems(await bodyImageProblems('![](../media/skjermbilde.png)\n\n![](../media/skjermbilde.png)\n', file))).toBe(2);
  });

  it('says what the check says of the same text after a save', async () => {
    const body = '![](../media/skjermbilde.png)\n\n![Kart](../media/mangler.png)\n\n![](/finnes-ikke.png)\n';
    const before = await bodyImageProblems(body, file);
    const after = await checkBodies([{ collection: 'news', file, body, bodyStartLine: 1 }]);
    // The last twice: no alt text, and an address the site does not have.
    expect(before).toHaveLength(4);
    const said = (problems: { line?: number; message: string }[]) => problems.map(({ line, message }) => `${line}: ${message}`).toSorted();
    expect(said(after)).toEqual(said(before));
  });
});

// Fresh eyes (the secretariat in the CMS): a published news item's link to a draft passed the check.
describe('a link to a draft', () => {
  it('is reported in a text that is published, not in another draft', async () => {
    const { siteAddresses } = await import('./site-addresses.ts');
    const addresses = siteAddresses([{ collection: 'news', id: 'utkastet', file: 'news/utkastet.mdx', data: { draft: true } }], ['index.astro']);
    const body = 'Les [utkastet](/nyheter/utkastet/).\n';
    const published = await checkBodies([{ collection: 'news', file: 'news/publisert.mdx', body, bodyStartLine: 5, data: { draft: false } }], addresses);
    expect(published.map((problem) => problem.field)).toEqual(['body']);
    expect(published[0]!.message).toMatch(/^lenken går til «\/nyheter\/utkastet\/», et utkast \(news\/utkastet\.mdx\) som ikke vises på nettstedet/);
    expect(await checkBodies([{ collection: 'news', file: 'news/annet-utkast.mdx', body, bodyStartLine: 5, data: { draft: true } }], addresses)).toEqual([]);
  });
});
