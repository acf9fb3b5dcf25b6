// What components/FilmAvailability.astro cites, for the «Kilder» list of each page that shows it (/filmer/, /presse/):
// the final report's pages on how the films were spread, and the programme presentation that names the website. The
// press room cited the presentation and did not list it (fresh eyes).
import type { SourceRef } from './sources.ts';

export const filmAvailabilitySources: readonly SourceRef[] = [
  { doc: 'S002', page: 50 },
  { doc: 'S002', page: 51 },
  { doc: 'S000' },
];
