import { describe, expect, it } from 'vitest';
import { contentNames } from '../content-check/content-names.ts';
import { properNames } from './proper-names.ts';
import { hyphenatePage, hyphenateText, softHyphen, type Room } from './soft-hyphens.ts';

const shown = (text: string) => text.replaceAll(softHyphen, '|');
const siteNames = properNames(await contentNames('content'));

describe('properNames', () => {
  const names = properNames(['Kristiansund', 'Bydel Nordstrand', 'Innherred samkommune', 'Oslo/Gardermoen', 'Aurskog-Høland']);

  it('knows each capitalised word of a name, in capitals and in the genitive too, not a common word of it', () => {
    for (const word of ['Kristiansund', 'KRISTIANSUND', 'Kristiansunds', 'Nordstrand', 'Bydel', 'Innherred', 'Gardermoen', 'Høland']) expect(names.has(word), word).toBe(true);
    for (const word of ['kristiansund', 'samkommune', 'Samkommune', 'Kristiansundere', 'Nord']) expect(names.has(word), word).toBe(false);
  });

  it('finds a name of several words where it stands, across a line break, and nothing inside a longer word', () => {
    const found = (text: string) => [...text.matchAll(names.phrases!)].map((m) => m[0]);
    expect(found('Levanger i Innherred samkommune, og Innherred\nsamkommunes kontor')).toEqual(['Innherred samkommune', 'Innherred\nsamkommunes']);
    expect(found('Innherred samkommunene')).toEqual([]);
    expect(properNames(['Kristiansund']).phrases).toBeUndefined();
  });

  it('lists the names sorted and once, for the build cache', () => {
    expect(properNames(['Molde', 'Asker ', 'Molde']).list).toEqual(['Asker', 'Molde']);
  });
});

// Fresh eyes at 320 px saw «Fredrik-/stad», «Lille-/hammer», «Kristian-/sund», «Ullens-/aker» in /tall/'s table,
// «Gar-/der-/moen» on an event and «Bydel Nord-/strand» as a heading: a proper name is not divided.
describe('the names in content/ get no soft hyphens', () => {
  const seen = ['Fredrikstad', 'Lillehammer', 'Kristiansund', 'Ullensaker', 'Gardermoen', 'Bydel Nordstrand', 'Hammerfest', 'Holmen Fjordhotell', 'Innherred samkommune', 'Os i Østerdalen'];

  it('reads the municipalities and the events’ places', () => {
    for (const name of ['Fredrikstad', 'Lillehammer', 'Kristiansund', 'Ullensaker', 'Bydel Nordstrand', 'Innherred samkommune', 'Oslo/Gardermoen', 'Holmen Fjordhotell']) {
      expect(siteNames.list, name).toContain(name);
    }
  });

  it.each(['line', 'cell'] as Room[])('keeps them whole in a %s, in the genitive too', (room) => {
    const text = `${seen.join(', ')}, Kristiansunds og Lillehammers.`;
    expect(shown(hyphenateText(text, 'nb', room, siteNames))).toBe(text);
  });

  it('still breaks the long words around them, capitalised ones included, and a word of a name used as a common word', () => {
    expect(shown(hyphenateText('Kvalitetskommuneprogrammet i Lillehammer', 'nb', 'line', siteNames))).toBe('Kvalitets|kommune|programmet i Lillehammer');
    expect(shown(hyphenateText('Innsatskommune: Kristiansund', 'nb', 'cell', siteNames))).toBe('Inn|sats|kommune: Kristiansund');
    expect(shown(hyphenateText('Samkommune: Innherred samkommune', 'nb', 'cell', siteNames))).toBe('Sam|kommune: Innherred samkommune');
    expect(shown(hyphenateText('Fredrikstad-modellen og Austrheim/Øygarden-samarbeidet', 'nb', 'cell', siteNames))).toBe('Fredrikstad-modellen og Austrheim/Øygarden-sam|ar|bei|det');
  });

  it('leaves them whole in a built page: a heading, a list and a table', () => {
    const html = `<!doctype html><html lang="nb"><head><title>x</title></head><body><h1>Bydel Nordstrand</h1><ul><li><a href="/kommuner/hammerfest/">Hammerfest</a></li></ul><table><tr><th>Innsatskommune</th><td>Ullensaker</td></tr></table></body></html>`;
    expect(shown(hyphenatePage(html, siteNames))).toBe(html.replace('<th>Innsatskommune', '<th>Inn|sats|kommune'));
  });
});
