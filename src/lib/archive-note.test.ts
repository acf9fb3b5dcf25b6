import { describe, expect, it } from 'vitest';
import { archiveDescription, archiveLabel, archiveNote } from './archive-note.ts';

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
