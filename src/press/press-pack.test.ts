import { describe, expect, it } from 'vitest';
import { citation, municipalityList, pressPackText, type PressPackStory } from './press-pack.ts';

const story: PressPackStory = {
  title: 'Modellkommunen som viste vei',
  summary: 'Mandal skulle vise vei for kommuner med høyt sykefravær.\n',
  municipalities: [{ name: 'Mandal', county: 'Vest-Agder' }],
  period: { from: 2003, to: 2003 },
  keyFigures: [{ value: '6,9', label: 'sykefravær i Mandal', period: '4. kvartal 2005', source: { doc: 'S002', page: 58 } }],
  quotes: [
    { text: 'Takk til Mandal.', attribution: 'Sekretariatets sluttrapport, forordet', source: { doc: 'S002', page: 3 } },
    { text: 'Et annet sitat.', attribution: 'Rådmannen', source: { doc: 'S004' } },
  ],
  sources: [{ doc: 'S002', page: 58 }, { doc: 'S002', page: 3 }, { doc: 'S004' }],
  url: 'https://kompetansebanken.no/eksempler/mandal/',
  pressRoomUrl: 'https://kompetansebanken.no/presse/',
};

describe('press pack', () => {
  const text = pressPackText(story);

  it('starts with the title and the municipality, then the lede', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('Modellkommunen som viste vei');
    expect(lines).toContain('Kommune: Mandal (Vest-Agder)');
    expect(lines).toContain('Periode: 2003');
    expect(text).toContain('KORT FORTALT\nMandal skulle vise vei for kommuner med høyt sykefravær.\n');
  });

  it('gives every figure and quote with its source and page', () => {
    expect(text).toContain(
      '- 6,9: sykefravær i Mandal (4. kvartal 2005). Kilde: Kvalitetskommuneprogrammet – sekretariatets sluttrapport (juni 2010), s. 58.',
    );
    // The report's own words name it once, with its page (it read «– Sekretariatets sluttrapport, forordet. Kilde:
    // Kvalitetskommuneprogrammet – sekretariatets sluttrapport (juni 2010), s. 3.»).
    expect(text).toContain('«Takk til Mandal.»\n– Kvalitetskommuneprogrammet – sekretariatets sluttrapport (juni 2010), s. 3, forordet.\n');
    expect(text).toContain('– Rådmannen. Kilde: Innherred samkommune');
  });

  it('lists the sources once per document, the permanent address, a citation and the organisational contact', () => {
    expect(text).toContain('- Kvalitetskommuneprogrammet – sekretariatets sluttrapport (juni 2010), s. 3 og 58');
    expect(text).toContain('LES HELE EKSEMPELET\nhttps://kompetansebanken.no/eksempler/mandal/');
    expect(text).toContain('SLIK SITERER DU\n«Modellkommunen som viste vei». Kompetansebanken');
    // Said, as the press room says it, that no one answers there soon (a journalist took the 2010 post box for a contact).
    expect(text).toContain(
      'PRESSEKONTAKT\nIngen pressekontakt med telefon eller e-post er satt opp.\nKS – Kvalitetskommuneprogrammet, Postboks 1378 Vika, 0114 Oslo (programmets adresse i 2007–2010)\nPresserom: https://kompetansebanken.no/presse/',
    );
  });

  it('gives the press contact when one is set, without the postal address once there is a phone or e-mail', () => {
    expect(pressPackText(story, { role: 'Pressevakt', phone: '22 00 00 00' })).toContain(
      'PRESSEKONTAKT\nPressevakt\nTelefon: 22 00 00 00\nPresserom: https://kompetansebanken.no/presse/',
    );
  });

  it('gives a period that has only its start as «fra»', () => {
    expect(pressPackText({ ...story, period: { from: 2008 } })).toContain('Periode: fra 2008');
  });

  it('leaves out sections a story has nothing for', () => {
    const bare = pressPackText({ ...story, keyFigures: [], quotes: [], period: undefined });
    expect(bare).not.toContain('TALL FRA KILDENE');
    expect(bare).not.toContain('SITATER');
    expect(bare).not.toContain('Periode:');
  });

  it('names several municipalities the Norwegian way and cites with a permanent address', () => {
    expect(municipalityList([{ name: 'Levanger' }, { name: 'Verdal', county: 'Nord-Trøndelag' }])).toBe('Levanger og Verdal (Nord-Trøndelag)');
    expect(citation(story)).toBe(
      '«Modellkommunen som viste vei». Kompetansebanken – Kvalitetskommuneprogrammet 2007–2010. https://kompetansebanken.no/eksempler/mandal/ (lest [dato]).',
    );
  });

  // Fresh eyes of the secretariat: a story written now had to cite a 2007–2010 document, and its pack said so.
  it('gives a new story\'s figures and quotes with their own sources, and no programme years, document or PDF page', () => {
    const pack = pressPackText({
      ...story,
      newItem: true,
      keyFigures: [{ value: '12 %', label: 'sykefravær i barnehagene', sourceText: 'Gloppen kommunes årsmelding 2024, s. 12' }],
      quotes: [{ text: 'Foreldrene forstår mer nå.', attribution: 'Kari Nordmann, styrer', sourceText: 'Intervju 3. mars 2025' }],
      sources: [],
    });
    expect(pack).toContain('Et godt eksempel i Kompetansebanken\n');
    expect(pack).toContain('NØKKELTALL\n- 12 %: sykefravær i barnehagene. Kilde: Gloppen kommunes årsmelding 2024, s. 12.');
    expect(pack).toContain('«Foreldrene forstår mer nå.»\n– Kari Nordmann, styrer. Kilde: Intervju 3. mars 2025.\n');
    // The contact's postal address says it is the programme's from 2007–2010; the story itself claims no programme years.
    for (const claim of ['Kvalitetskommuneprogrammet 2007–2010)', 'TALL FRA KILDENE', '\nKILDER\n', 'PDF-utgaven', 'sluttrapport']) expect(pack).not.toContain(claim);
  });

  // Fresh eyes: a title with «» of its own was cited as «Prosjektet «Nærvær»» (a quote inside a quote).
  it('never puts «» inside «»: the title\'s, the project\'s and a quote\'s own quotation marks become ‘ ’', () => {
    const nested = { ...story, title: 'Prosjektet «Nærvær» i Mandal', projectName: '«Nærvær» 2008', quotes: [{ ...story.quotes[0]!, text: 'Vi kalte det «nærvær».' }] };
    expect(citation(nested)).toMatch(/^«Prosjektet ‘Nærvær’ i Mandal»\. /);
    const pack = pressPackText(nested);
    expect(pack).toContain('Prosjekt: «‘Nærvær’ 2008»');
    expect(pack).toContain('«Vi kalte det ‘nærvær’.»');
  });
});
