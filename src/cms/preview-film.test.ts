// A film's CMS preview (preview-film.js, a browser script), with the site's functions sent as their source, as
// start-script.ts sends them.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { placeName } from '../lib/municipality-facts.ts';
import { quoted } from '../lib/quoted.ts';
import { videoHost, videoLinkText } from '../lib/video-link.ts';

interface Node {
  tag: string;
  props: Record<string, unknown> | null;
  children: (Node | string | null)[];
}
const h = (tag: string, props: Record<string, unknown> | null, ...children: (Node | string | null)[]): Node => ({ tag, props, children });
const textOf = (node: Node | string | null): string => (node === null ? '' : typeof node === 'string' ? node : node.children.map(textOf).join(''));
const all = (node: Node | string | null, tag: string): Node[] =>
  node === null || typeof node === 'string' ? [] : [...(node.tag === tag ? [node] : []), ...node.children.flatMap((child) => all(child, tag))];

let render: (data: Record<string, unknown>) => Node;

const places: Record<string, { name: string; kind?: string }> = { flora: { name: 'Flora', kind: 'kommune' }, 'bydel-nordre-aker': { name: 'Bydel Nordre Aker', kind: 'bydel' }, as: { name: 'Ås' } };

beforeAll(async () => {
  const window: { kompetansebankenFilmPreview?: (deps: unknown) => { render(this: unknown): Node } } = {};
  new Function('window', await readFile(new URL('preview-film.js', import.meta.url), 'utf8'))(window);
  // From their source, as the CMS page gets them: they must need nothing from their modules.
  const sent = (f: (...args: never[]) => unknown) => new Function(`return ${f.toString()}`)();
  const template = window.kompetansebankenFilmPreview!({
    h,
    createClass: (spec: unknown) => spec,
    quoted,
    placeName: sent(placeName),
    videoLinkText: sent(videoLinkText),
    videoHost: sent(videoHost),
    placeOf: (id: string) => places[id],
  });
  render = (data) => template.render.call({ props: { entry: { get: () => ({ get: (key: string) => data[key] }) } } });
});

describe('the preview of a film', () => {
  // The secretariat's finding: the preview showed bare values (file names for the municipalities, the address as text).
  it('shows its title in «», its summary, maker and year, its places by name and the link as /filmer/ does', () => {
    const preview = render({
      title: 'Film om “Langtidsfrisk”',
      summary: 'Om arbeidet med nærvær i barnehagene.',
      maker: 'Røe Kommunikasjon',
      year: 2026,
      municipalities: ['flora', 'bydel-nordre-aker', 'as', 'ukjent'],
      video: 'https://www.youtube.com/watch?v=abc123',
    });
    expect(textOf(all(preview, 'h1')[0]!)).toBe('«Film om ‘Langtidsfrisk’»');
    expect(all(preview, 'p').map(textOf)).toEqual([
      'Om arbeidet med nærvær i barnehagene.',
      'Laget av Røe Kommunikasjon, 2026.',
      'Filmen er fra Flora kommune, Bydel Nordre Aker, Ås og ukjent.',
      'Se filmen hos YouTube',
    ]);
    expect(all(preview, 'a')[0]!.props?.href).toBe('https://www.youtube.com/watch?v=abc123');
  });

  it('shows no link while the address typed is not one yet, and draws a new film with nothing filled in', () => {
    expect(all(render({ title: 'Film', video: 'https://' }), 'a')).toEqual([]);
    expect(() => render({})).not.toThrow();
  });
});
