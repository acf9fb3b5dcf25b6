// The programme's main terms, and the services its stories are about, by their English names, for a journalist or researcher who searches in English:
// «sick leave» was read as the site's «lave». Read as the site's Norwegian term, as a nynorsk word is read as
// bokmål (search.ts: readQuery), so the page says both. Only terms the site is about; loaded only for a query
// with a word the site does not have.

const terms: Record<string, string> = {
  'sick leave': 'sykefravær',
  'sickness absence': 'sykefravær',
  absenteeism: 'sykefravær',
  'inclusive working life': 'inkluderende arbeidsliv',
  'user involvement': 'brukermedvirkning',
  'statistical process control': 'SPC',
  // The services and places the stories are about (fresh eyes: «kindergarten», «nursing home», «school», «absence»
  // found nothing): one Norwegian word each, one the site has.
  absence: 'fravær',
  'tripartite cooperation': 'partssamarbeid',
  kindergarten: 'barnehage',
  kindergartens: 'barnehage',
  school: 'skole',
  schools: 'skole',
  'nursing home': 'sykehjem',
  'nursing homes': 'sykehjem',
  'home care': 'hjemmetjeneste',
  'elderly care': 'eldreomsorg',
  'health centre': 'helsestasjon',
  'health center': 'helsestasjon',
  municipality: 'kommune',
  municipalities: 'kommune',
  quality: 'kvalitet',
  // A Norwegian term the site writes otherwise is read so too, here, not as a synonym in the index: «ufrivillig
  // deltid», as much in use as «uønsket deltid», was on no page («ufrivillig» left out), and filed on every page with
  // «deltid» it cost the first search 19 bytes (tests/budgets.spec.ts).
  'ufrivillig deltid': 'uønsket deltid',
};

/** The words with each English term among them read as its Norwegian term (`read`: each term as typed and as read). */
export function inNorwegian(words: readonly string[]): { words: string[]; read: { typed: string; read: string }[] } {
  const out: string[] = [];
  const read: { typed: string; read: string }[] = [];
  for (let at = 0; at < words.length; ) {
    const term = Object.keys(terms).find((term) => term.split(' ').every((word, i) => words[at + i]?.toLowerCase() === word));
    if (!term) {
      out.push(words[at++]!);
      continue;
    }
    const length = term.split(' ').length;
    read.push({ typed: words.slice(at, at + length).join(' '), read: terms[term]! });
    out.push(...terms[term]!.split(' '));
    at += length;
  }
  return { words: out, read };
}
