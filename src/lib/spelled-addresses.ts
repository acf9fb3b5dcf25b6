// Addresses spelled as Norwegian spells them. The site's addresses are a–z
// (lib/entry-id.ts: «Hægebostad» is /kommuner/haegebostad/), but a reader types
// or pastes the name: /kommuner/hægebostad/ was a 404. For every address whose
// segment is its page's name with æ, ø, å (or an accent) spelled out, the build
// writes a page at the name's own spelling that sends the reader on
// (pages/[...spelling].astro). A static host serves such a folder for the
// percent-encoded address without any server rule; a letter typed as a letter
// and a combining mark (NFD, as macOS may paste «å») is another folder on disk,
// so the build copies each such page to that form too (integrations/decomposed-addresses.ts; Astro reads
// both forms as one route).
import { idFromTitle } from './entry-id.ts';

/** The words of a name, lower case, in NFC: «Os i Østerdalen» → os, i, østerdalen. */
function words(name: string): string[] {
  return name
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The address segment `segment` as `name` spells it, or undefined when the name
 * does not spell the segment word for word or spells it the same:
 * («haegebostad», «Hægebostad») → «hægebostad»; («uonsket-deltid», «Uønsket deltid og arbeidstid») → «uønsket-deltid».
 */
export function nameSpelling(segment: string, name: string): string | undefined {
  const parts = segment.split('-');
  const named = words(name);
  for (let start = 0; start + parts.length <= named.length; start++) {
    const run = named.slice(start, start + parts.length);
    if (run.every((word, i) => idFromTitle(word) === parts[i])) {
      const spelled = run.join('-');
      return spelled === segment ? undefined : spelled;
    }
  }
  return undefined;
}

/** One level of an address: its segment and the name the page at it has (a section's or an entry's). */
export interface NamedSegment {
  segment: string;
  name: string;
}

/**
 * The other spellings of the address made of `levels` («/sykefravaer/dialogmoter/» named «Sykefravær» and
 * «Dialogmøter» → /sykefravær/dialogmøter/, /sykefravær/dialogmoter/, /sykefravaer/dialogmøter/), in NFC,
 * without the address itself. Paths start and end with «/».
 */
export function spelledPaths(levels: readonly NamedSegment[]): string[] {
  let paths = [''];
  for (const { segment, name } of levels) {
    const spellings = [segment, nameSpelling(segment, name)].filter((s): s is string => s !== undefined);
    paths = paths.flatMap((path) => spellings.map((spelling) => `${path}/${spelling}`));
  }
  const own = `/${levels.map((level) => level.segment).join('/')}/`;
  return paths.map((path) => `${path}/`).filter((path) => path !== own);
}

/**
 * The list of the addresses a reader may guess at (the spelling pages' targets, the stories, the municipalities with
 * their names), which the 404 page reads after a miss (src/pages/adresser.json.ts, lib/guessed-addresses.ts).
 */
export const spelledAddressList = '/adresser.json';

/**
 * An address as it is likely typed on a keyboard without æ, ø and å, folded so that every such typing folds
 * alike: æ, ø, å and accents to their base letter, then «aa», «ae» and «oe» to «a», «a» and «o».
 * «/kommuner/hægebostad/», «/kommuner/haegebostad/» and «/kommuner/hagebostad/» → «/kommuner/hagebostad/»;
 * «/kommuner/bodoe/», «/kommuner/bodø/» → «/kommuner/bodo/»; «/kommuner/aamot/», «/kommuner/åmot/» → «/kommuner/amot/».
 */
export function keyboardSpelling(path: string): string {
  return decodedPath(path)
    .normalize('NFC')
    .toLowerCase()
    .replace(/[æå]/g, 'a')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/a[ae]/g, 'a')
    .replace(/oe/g, 'o');
}

/** The route (in src/pages/) of the spelling pages: they only send the reader on, so a link names the page itself. */
export const spellingRoute = '[...spelling].astro';

/** True for a path only a spelling page has: ids are a–z, so any other letter is a name's spelling. */
export function isSpelledPath(pathname: string): boolean {
  return /[^\x00-\x7f]/.test(decodedPath(pathname));
}

/** A path with its percent-escapes read («/kommuner/h%C3%A6gebostad/» → «/kommuner/hægebostad/»); as it is if they are broken. */
export function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
