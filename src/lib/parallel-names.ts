// The official Sami and Kven names of participating municipalities, beside their Norwegian names: a search and
// address aid (a reader in Tana may type «Deatnu»), and shown on the municipality's page as an official fact, not
// as anything the programme's documents say. Listed only where certain: the municipality's official name has the
// parallel names by the regulation on municipal names (forskrift om kommunenavn, and Kartverket's place-name
// register, Sentralt stedsnavnregister): «Deatnu – Tana», «Gáivuotna – Kåfjord – Kaivuono», «Storfjord –
// Omasvuotna – Omasvuono». Names given only after the programme to a merged municipality (Hamarøy – Hábmer, 2020)
// are left out: the page is about the municipality of the time.

/** A parallel name and its language, for the page's `lang` (se: North Sami, fkv: Kven). */
export interface ParallelName {
  name: string;
  lang: 'se' | 'fkv';
}

/** The parallel names by the municipality's id (its file in content/municipalities/). */
export const parallelNames: Readonly<Record<string, readonly ParallelName[]>> = {
  tana: [{ name: 'Deatnu', lang: 'se' }],
  kafjord: [
    { name: 'Gáivuotna', lang: 'se' },
    { name: 'Kaivuono', lang: 'fkv' },
  ],
  storfjord: [
    { name: 'Omasvuotna', lang: 'se' },
    { name: 'Omasvuono', lang: 'fkv' },
  ],
};

/** The language's name in Norwegian, as the page says it. */
export const languageNames: Record<ParallelName['lang'], string> = { se: 'samisk', fkv: 'kvensk' };

/** The municipality's parallel names; none for most. */
export const parallelNamesOf = (id: string): readonly ParallelName[] => parallelNames[id] ?? [];
