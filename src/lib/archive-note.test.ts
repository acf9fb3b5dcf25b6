import { describe, expect, it } from 'vitest';
import { archiveDescription, archiveLabel, archiveNote, isFromArchive, feedDescription, listedArchiveLabel } from './archive-note.ts';

describe('the archive note', () => {
  it('says what the entry is and where its sources are, on the page and in the e-mail', () => {
    expect(archiveNote('pressemelding', 'nederst på siden')).toBe(
      'Denne pressemeldingen er skrevet for Kompetansebanken ut fra programmets egne dokumenter (se kildene nederst på siden); den er ikke en original pressemelding fra programmet.',
    );
    expect(archiveNote('nyhet', 'nederst på siden')).toMatch(/^Denne saken er skrevet for Kompetansebanken .*; den er ikke en original tekst fra programmet\.$/);
    expect(archiveNote('nyhetsbrev', 'på nettsiden')).toMatch(/\(se kildene på nettsiden\); den er ikke en original utgave fra programmet, og numrene følger dette arkivet, ikke programmets egne utgaver\.$/);
  });

  it('adds the note to a description as its own sentence, and fits a social image in one line', () => {
    // First: share previews cut a long description, and the note at its end was cut away.
    expect(archiveDescription('pressemelding', ' Fem kommuner fikk ned sykefraværet. ')).toBe(
      'Skrevet for Kompetansebanken ut fra programmets egne dokumenter, ikke en original pressemelding fra programmet: Fem kommuner fikk ned sykefraværet.',
    );
    expect(archiveLabel('pressemelding')).toBe('Skrevet for Kompetansebanken – ikke en original pressemelding fra programmet');
  });
});

// Fresh eyes on the CMS: a news item the secretariat wrote today was said to be written from the programme's documents.
describe('a new item from the secretariat', () => {
  it('is described by its ingress alone, an archive item with the note first', () => {
    expect(isFromArchive({ newItem: true })).toBe(false);
    expect(feedDescription('nyhet', { summary: ' Ny kurs i vår. ', newItem: true })).toBe('Ny kurs i vår.');
    expect(feedDescription('nyhet', { summary: 'Ny kurs i vår.', newItem: false })).toBe(archiveDescription('nyhet', 'Ny kurs i vår.'));
  });
});

// Fresh eyes: «Pressemelding nr. 4 · juni 2010» in a list was quoted as the programme's own release of 2010; a news
// item in the news archive and in search results said nothing of the kind beside it.
describe('an archive entry in a list or a search result', () => {
  it('says beside an archive release that it was written for Kompetansebanken, in the note\'s words', () => {
    expect(listedArchiveLabel({ kind: 'pressemelding', newItem: false })).toBe(archiveLabel('pressemelding'));
    // Not a release the secretariat issues now: the note would be false.
    expect(listedArchiveLabel({ kind: 'pressemelding', newItem: true })).toBeUndefined();
  });

  it('says it beside an archive news item too, in words for a news item, not a press release', () => {
    expect(listedArchiveLabel({ kind: 'nyhet', newItem: false })).toBe('Skrevet for Kompetansebanken – ikke en original tekst fra programmet');
    expect(listedArchiveLabel({ kind: 'nyhet', newItem: true })).toBeUndefined();
  });
});
