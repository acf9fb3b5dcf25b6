// The controlled vocabularies used in frontmatter. Keys are what editors write;
// values are the Norwegian labels the site shows.

export const sectors = {
  barnehage: 'Barnehage',
  skole: 'Skole',
  sfo: 'SFO',
  oppvekst: 'Oppvekst (gjennomgående)',
  'pleie-og-omsorg': 'Pleie og omsorg',
  'hele-kommunen': 'Hele kommunen',
} as const;

export const themes = {
  sykefravaer: 'Sykefravær og nærvær',
  brukermedvirkning: 'Brukermedvirkning',
  foreldremedvirkning: 'Foreldremedvirkning',
  'brukeropplevd-kvalitet': 'Brukeropplevd kvalitet',
  kvalitetssystem: 'Kvalitetssystem',
  ledelse: 'Ledelse',
  kompetanse: 'Kompetanseutvikling',
  'uonsket-deltid': 'Uønsket deltid og arbeidstid',
  trepartssamarbeid: 'Trepartssamarbeid',
  omdomme: 'Omdømme og kommunikasjon',
  'tverrfaglig-samarbeid': 'Tverrfaglig samarbeid',
  'fag-og-laering': 'Fag og læring',
  'skole-hjem': 'Samarbeid skole og hjem',
  'etisk-refleksjon': 'Etisk refleksjon',
  arbeidsmiljo: 'Arbeidsmiljø og trivsel',
} as const;

/** The three levels of the quality funnel («kvalitetstrakten»). */
export const levels = {
  system: 'System',
  medarbeider: 'Medarbeider',
  atferd: 'Atferd i møte med brukeren',
} as const;

/** The programme's intake rounds. Innsatskommunene worked on sick leave only. */
export const puljer = {
  innsats: 'Innsatskommune',
  I: 'Pulje I',
  II: 'Pulje II',
  III: 'Pulje III',
  IV: 'Pulje IV',
} as const;

/** Counties as they were during the programme (2007–2010). */
export const counties = {
  ostfold: 'Østfold',
  akershus: 'Akershus',
  oslo: 'Oslo',
  hedmark: 'Hedmark',
  oppland: 'Oppland',
  buskerud: 'Buskerud',
  vestfold: 'Vestfold',
  telemark: 'Telemark',
  'aust-agder': 'Aust-Agder',
  'vest-agder': 'Vest-Agder',
  rogaland: 'Rogaland',
  hordaland: 'Hordaland',
  'sogn-og-fjordane': 'Sogn og Fjordane',
  'more-og-romsdal': 'Møre og Romsdal',
  'sor-trondelag': 'Sør-Trøndelag',
  'nord-trondelag': 'Nord-Trøndelag',
  nordland: 'Nordland',
  troms: 'Troms',
  finnmark: 'Finnmark',
} as const;

export const languages = { nb: 'Bokmål', nn: 'Nynorsk' } as const;

export type Sector = keyof typeof sectors;
export type Theme = keyof typeof themes;
export type Level = keyof typeof levels;
export type Pulje = keyof typeof puljer;
export type County = keyof typeof counties;
export type Language = keyof typeof languages;

/** The keys of a vocabulary as a non-empty tuple, as `z.enum` wants them. */
export function keysOf<T extends Record<string, string>>(vocabulary: T) {
  return Object.keys(vocabulary) as [keyof T & string, ...(keyof T & string)[]];
}
