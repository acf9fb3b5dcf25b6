// What the search page's status line says before anything is searched for.
// Written into the page at build time and again by the script when a search is
// cleared: the line has its height from the first paint, so the page does not
// shift when the script starts (Lighthouse counted it as layout shift).
export const searchPrompt = 'Skriv et søkeord, eller velg et filter for å bla.';
