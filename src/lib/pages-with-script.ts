// The one list of pages that run JavaScript. Every other page ships none.
// The accessibility statement prints this list (components/PagesWithScript.astro),
// and the browser tests hold the build to it (tests/built-site.ts), so the
// statement cannot say something the site does not do.

export interface PageWithScript {
  path: string;
  /** The page's title, as the statement names it. */
  name: string;
  /** Why it needs JavaScript, in Norwegian, for the statement. */
  why: string;
  /** False for a page the site links to nowhere (the CMS): named, not linked. */
  linked: boolean;
}

export const pagesWithScript: readonly PageWithScript[] = [
  {
    path: '/sok/',
    name: 'Søk på nettstedet',
    why: 'søket kjører i nettleseren din og viser treffene der. Uten JavaScript kan du bla i eksemplene, verktøyene og de ti punktene mot sykefravær.',
    linked: true,
  },
  {
    path: '/verktoy/spc/lag-diagram/',
    name: 'Lag et SPC-diagram',
    why: 'verktøyet regner ut og tegner diagrammet i nettleseren, slik at tallene du limer inn, ikke sendes noe sted.',
    linked: true,
  },
  {
    path: '/presse/',
    name: 'Presse',
    why: 'tekst du kopierer (fakta, adresse, pressemeldinger), kommer ut som ren tekst uten de usynlige orddelingstegnene siden bruker for å dele lange ord på mobil. Uten JavaScript kopierer nettleseren teksten slik den står.',
    linked: true,
  },
  {
    path: '/presse/sitater/',
    name: 'Sitatbank',
    why: 'et sitat du kopierer, kommer ut som ren tekst uten de usynlige orddelingstegnene siden bruker for å dele lange ord på mobil. Uten JavaScript kopierer nettleseren teksten slik den står.',
    linked: true,
  },
  {
    path: '/tall/',
    name: 'Tall og tabeller',
    why: 'tall og tekst du kopierer fra tabellene, kommer ut uten de usynlige orddelingstegnene siden bruker for å dele lange ord på mobil, og en tabell du limer inn i et regneark, får kolonnene på riktig plass. Uten JavaScript kopierer nettleseren teksten slik den står.',
    linked: true,
  },
  {
    path: '/tall-og-fakta/',
    name: 'Tall og fakta',
    why: 'tall og tekst du kopierer, kommer ut uten de usynlige orddelingstegnene siden bruker for å dele lange ord på mobil, og en tabell du limer inn i et regneark, får kolonnene på riktig plass. Uten JavaScript kopierer nettleseren teksten slik den står.',
    linked: true,
  },
  {
    path: '/404.html',
    name: 'Fant ikke siden',
    why: 'siden leser adressen du prøvde: skrevet med store bokstaver, med et tegn satt sammen av bokstav og aksent eller uten æ, ø og å (som «hagebostad» eller «bodoe»), sendes du til siden den betyr. Står det bare en del av et kommunenavn i adressen (som «kommuner/nord»), foreslår siden kommunene det kan være, og ellers foreslår siden et søk etter ordene i adressen. Uten JavaScript viser siden de faste lenkene.',
    linked: true,
  },
  {
    path: '/admin/',
    name: 'Redigeringsverktøyet for sekretariatet',
    why: 'verktøyet (Decap CMS) er et JavaScript-program. Det er ikke en del av nettstedet for publikum.',
    linked: false,
  },
];
