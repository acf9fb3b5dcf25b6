import { describe, expect, it } from 'vitest';
import { tableCsv, toCsv } from './csv.ts';

const about = { title: 'Sykefravær (prosent)', sources: [{ doc: 'S002' as const, page: 58 }, { doc: 'S002' as const, page: 39 }], page: 'https://kompetansebanken.no/tall/#sykefravaer' };

describe('CSV for Norwegian Excel', () => {
  it('starts with a BOM, separates with semicolons, writes decimal commas and ends lines in CRLF', () => {
    const csv = tableCsv(['3. kv. 2006', '3. kv. 2007'], [{ label: 'Sykefravær, Mandal', values: [8.25, 7.5] }], 'Kommune', about);
    expect(csv).toMatch(/^\ufeffKommune;3\. kv\. 2006;3\. kv\. 2007\r\nSykefravær, Mandal;8,25;7,5\r\n\r\n/);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).not.toMatch(/[^\r]\n/);
  });

  it('quotes cells holding a semicolon, a quote or a line break', () => {
    expect(toCsv([['a;b', 'si «hei»', 'sa "ja"', 'to\nlinjer']])).toBe('\ufeff"a;b";si «hei»;"sa ""ja""";"to\nlinjer"\r\n');
  });

  // The downloads had «Snitt;10,6;…;9,6» without the note the page gives, empty cells where the page says «tapt i kilden», and no source.
  it('says «tapt i kilden» where the page does, and gives the note, source and page below the figures after a blank line', () => {
    const csv = tableCsv(['Snitt fravær', 'Snitt størrelse'], [{ label: 'Differanse', values: [1.9, null] }], '(prosent)', {
      ...about,
      caption: 'Tabell 4.7 i sluttrapporten.',
      note: 'Differansen er trykt som 1,9; her står tallet slik rapporten har det.',
    });
    const lines = csv.slice(1).split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['(prosent);Snitt fravær;Snitt størrelse', 'Differanse;1,9;tapt i kilden', '']);
    expect(lines).toContain('Tabelltekst;Tabell 4.7 i sluttrapporten.');
    expect(lines).toContain('Merknad;"Differansen er trykt som 1,9; her står tallet slik rapporten har det."');
    expect(lines.find((l) => l.startsWith('tapt i kilden;'))).toBeDefined();
    expect(lines).toContain('Kilde;Kvalitetskommuneprogrammet – sekretariatets sluttrapport (juni 2010), s. 39 og 58');
    expect(lines).toContain('Side;https://kompetansebanken.no/tall/#sykefravaer');
  });

  it('gives a new story\'s own source in words where it cites no programme document', () => {
    const csv = tableCsv(['2024'], [{ label: 'A', values: [1] }], '', { ...about, sources: [], sourceText: 'Gloppen kommunes årsmelding 2024, s. 12' });
    expect(csv.slice(1).split('\r\n')).toContain('Kilde;Gloppen kommunes årsmelding 2024, s. 12');
  });

  it('leaves out the legend for lost figures and the note when there are none', () => {
    const csv = tableCsv(['2008'], [{ label: 'A', values: [1] }], '', about);
    expect(csv).not.toContain('Merknad');
    expect(csv).not.toContain('tapt i kilden');
  });
});
