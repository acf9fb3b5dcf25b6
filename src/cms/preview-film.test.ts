// A film's CMS preview (preview-film.js, a browser script), with the site's functions sent as their source, as
// start-script.ts sends them.
import { beforeAll, describe, expect, it } from 'vitest';
import { all, previewRender, sent, textOf, type Node } from './preview-render.fixtures.ts';
import { placeName } from '../lib/municipality-facts.ts';
import { quoted } from '../lib/quoted.ts';
import { videoHost, videoLinkText } from '../lib/video-link.ts';

let render: (data: Record<string, unknown>) => Node;

const places: Record<string, { name: string; kind?: string }> = { flora: { name: 'Flora', kind: 'kommune' }, 'bydel-nordre-aker': { name: 'Bydel Nordre Aker', kind: 'bydel' }, as: { name: 'Ås' } };

beforeAll(async () => {
  render = await previewRender('preview-film.js', 'kompetansebankenFilmPreview', {
    quoted,
    placeName: sent(placeName),
    videoLinkText: sent(videoLinkText),
    videoHost: sent(videoHost),
    placeOf: (id: string) => places[id],
  });
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
