// What JavaScript the site runs. Every page of the site runs one small script for copying (copyScript); the
// pages listed in pagesWithScript run one of their own besides, and no other page does. The accessibility
// statement prints both (components/PagesWithScript.astro), and the browser tests hold the build to them
// (tests/built-site.ts), so the statement cannot say something the site does not do.

/** Why every page of the site (not the CMS) loads the site's script (copying, tables' Tab stops) (components/SiteScript.astro), in Norwegian. */
export const copyScript =
  'Alle sidene på nettstedet har et lite skript for kopiering og tabeller. Sidene deler lange ord med usynlige orddelingstegn, slik at de får plass på mobil. Tekst du kopierer, kommer ut uten disse tegnene, og en tabell du limer inn i et regneark, får kolonnene på riktig plass. En tabell som er bredere enn skjermen, kan du rulle med piltastene når du har gått til den med tabulatortasten; en tabell som får plass, hopper tabulatortasten over. Uten JavaScript kopierer nettleseren teksten slik den står, tabulatortasten stopper ved hver tabell, og sidene virker ellers likt.';

export interface PageWithScript {
  path: string;
  /** The page's title, as the statement names it. */
  name: string;
  /** Why it needs JavaScript, in Norwegian, for the statement. */
  why: string;
  /** False for a page the site links to nowhere (the CMS): named, not linked. */
  linked: boolean;
}

/** The pages that run a script of their own, besides the copy script. */
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
