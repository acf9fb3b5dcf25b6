// The addresses the site publishes, so a link in a text to /eksempler/finnes-ikke/
// is reported instead of becoming a 404 on the page and in the e-mail. Built
// from the registry (each collection's section and its entries' addresses,
// lib/routes.ts) and the files under src/pages/: a page without [brackets] is
// one address; a route with [brackets] that is not an entry page (facets,
// sources, share images) accepts any address of its form.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { spellingRoute } from '../lib/spelled-addresses.ts';
import { editDistance } from '../search/nearest-word.ts';
import { entryUrl, sectionPaths } from '../lib/routes.ts';
import { collectionDefinitions, collectionNames, type CollectionName } from '../schemas/collections.ts';
import type { PartialDate } from '../schemas/common.ts';
import { partialDateOf } from '../schemas/date-text.ts';
import { formatDate } from '../lib/dates.ts';
import { localAddress } from '../lib/local-address.ts';
import { publicationDate, shownFrom } from '../lib/published.ts';

export const pagesFolder = join(import.meta.dirname, '..', 'pages');

/** Every file under `folder`, as paths relative to it with «/». */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** A page file's address: «eksempler/index.astro» → /eksempler/, «sok.astro» → /sok/, «robots.txt.ts» → /robots.txt. */
export function addressOf(file: string): string {
  if (file.endsWith('.astro') || file.endsWith('.md') || file.endsWith('.mdx')) {
    const path = file.replace(/\.(astro|mdx?)$/, '').replace(/(^|\/)index$/, '');
    return path === '' ? '/' : `/${path}/`;
  }
  return `/${file.replace(/\.(ts|js)$/, '')}`;
}

export interface SiteAddresses {
  /** Whether the site publishes `path` (no #anchor or ?query). */
  has(path: string): boolean;
  /** The known address most like `path`, if one is close. */
  nearest(path: string): string | undefined;
  /** The file of the draft whose page is at `path` (shown only in `npm run dev`, never on the site), if one is. */
  draftAt(path: string): string | undefined;
  /**
   * The entry whose page is at `path`, with its date, where the site shows it only after a text dated `from`
   * (lib/published.ts shownFrom: the text's date or today, whichever is later).
   */
  laterAt(path: string, from?: PartialDate): { file: string; date: PartialDate } | undefined;
  /** All addresses and address forms in one string: equal keys accept the same links (for the check's cache). */
  key: string;
}

/**
 * The site's addresses for the entries given (all entries, also those with problems of their own); an entry whose
 * `data` has `draft: true` has its page in `npm run dev` only, and is known as a draft (`file`); one dated after `now`
 * (lib/published.ts: not an event's date) is on the site from that date only.
 */
export function siteAddresses(
  entries: readonly { collection: CollectionName; id: string; file?: string; data?: unknown }[],
  files: readonly string[] = filesUnder(pagesFolder),
  now = new Date(),
): SiteAddresses {
  const known = new Set<string>(['/', ...collectionNames.map((name) => sectionPaths[name])]);
  const drafts = new Map<string, string>();
  const later = new Map<string, { file: string; date: PartialDate }>();
  for (const { collection, id, file, data } of entries) {
    if (!collectionDefinitions[collection].entryPages) continue;
    const url = entryUrl(collection, id);
    known.add(url);
    const raw = data as { draft?: unknown; date?: unknown } | undefined;
    if (raw?.draft === true) drafts.set(url, file ?? id);
    const dated = publicationDate(collection, { date: dateOf(raw?.date) });
    if (dated && dated.date > now) later.set(url, { file: file ?? id, date: dated });
  }
  // An entry collection's own [id] page is known entry by entry, above; not by its form.
  const entryPageFiles = new Set(collectionNames.map((name) => `${sectionPaths[name].slice(1)}[id].astro`));
  const forms: RegExp[] = [];
  for (const file of files) {
    if (!/\.(astro|mdx?|ts|js)$/.test(file) || file.split('/').some((part) => part.startsWith('_')) || file === spellingRoute) continue;
    if (!file.includes('[')) known.add(addressOf(file));
    else if (!entryPageFiles.has(file)) {
      // A paged list ([...page], lib/paging.ts) has its later pages at side/N/.
      const pattern = addressOf(file)
        .replace('[...page]/', '\0')
        .split(/(\[\.\.\.[^\]]+\]|\[[^\]]+\])/)
        .map((part) => (part.startsWith('[...') ? '.*' : part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|\\]/g, '\\$&')))
        .join('')
        .replace('\0', '(?:side/\\d+/)?');
      forms.push(new RegExp(`^${pattern}$`));
    }
  }
  return {
    key: JSON.stringify([[...known].sort(), forms.map((form) => form.source).sort(), [...drafts.keys()].sort(), [...later].map(([url, { date }]) => `${url} ${date.date.toISOString()}`).sort()]),
    has: (path) => known.has(path) || forms.some((form) => form.test(path)),
    draftAt: (path) => drafts.get(path),
    laterAt: (path, from) => {
      const entry = later.get(path);
      return entry && entry.date.date > shownFrom(from, now) ? entry : undefined;
    },
    nearest: (path) => {
      let best: { address: string; distance: number } | undefined;
      const max = Math.max(2, Math.floor(path.length / 4));
      for (const address of known) {
        const distance = editDistance(path, address, max);
        if (distance <= max && (best === undefined || distance < best.distance)) best = { address, distance };
      }
      return best?.address;
    },
  };
}

/** A web address written without its scheme: «www.ks.no», «ks.no/om-ks». */
const bareWebAddress = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:no|com|org|net|eu|int|se|dk|fi|is|uk|de)(?:[/?#:]|$)/i;

/**
 * What is wrong with a link in a text to `url`, in Norwegian; undefined for a
 * link that leaves the site or points to an address it has. An address
 * without a trailing slash is read with one (/om-programmet → /om-programmet/).
 * A link with neither a scheme (https:, mailto:) nor a leading / or # is
 * relative: it goes somewhere else from every page, and in the e-mail, so it
 * is reported with what to write instead, as is one to the editor's own machine («http://localhost:4321/…»). A
 * link to a draft's page from a text that is not a draft itself (`from.draft`) would be a dead link on the site, which
 * has no drafts (fresh eyes: the CMS saved it, the check let it pass, and the draft could then not be saved as one); so
 * would one to a page dated after the text's own date (`from.shownFrom`) and today.
 */
export function linkProblem(url: string, addresses: SiteAddresses, from: LinkingText = {}): string | undefined {
  // The address of the editor's own machine (the CMS's preview in `npm run dev`): it went out in the newsletter's
  // e-mail, a link no reader could open (fresh eyes).
  const local = localAddress.exec(url);
  if (local) {
    const path = local[1] || '/';
    return `lenken «${url}» går til din egen maskin, ikke til nettstedet, og virker ikke for andre; skriv adressen fra og med «/»: «${path}»`;
  }
  if (url.startsWith('#') || url.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
  if (bareWebAddress.test(url)) return `lenken «${url}» mangler https:// foran og går derfor ikke ut av nettstedet; skriv «https://${url}»`;
  // «[e-post](kari@ks.no)» was told to put a «/» before it, which breaks it (fresh eyes).
  if (/^[^\s/@]+@[^\s/@]+\.[a-z]{2,}$/i.test(url)) return `lenken «${url}» er en e-postadresse uten mailto: foran og virker ikke; skriv «mailto:${url}»`;
  if (!url.startsWith('/')) {
    const rooted = `/${url.replace(/^(?:\.\.?\/)+/, '')}`;
    const meant = internalLinkProblem(rooted, addresses, { draft: true }) === undefined ? `; mente du «${rooted}»?` : '';
    return `lenken «${url}» mangler / foran og går til ulike steder fra ulike sider og i e-posten; skriv adressen med / foran, slik den står i nettleseren etter nettstedets navn${meant}`;
  }
  return internalLinkProblem(url, addresses, from);
}

/** The text a link stands in: a draft (on no site, so it may link to drafts), and the date it is shown from, if any. */
export interface LinkingText {
  draft?: boolean;
  shownFrom?: PartialDate | undefined;
}

/** An entry's date as written («2026-12-20», a YAML date) or as its schema read it (a PartialDate). */
const dateOf = (value: unknown): PartialDate | undefined =>
  value !== null && typeof value === 'object' && 'precision' in value ? (value as PartialDate) : partialDateOf(value);

/** The text of an entry of `collection` with `data` (as written or as read), as a link's origin. */
export function linkingText(collection: CollectionName, data: unknown): LinkingText {
  const raw = data as { draft?: unknown; date?: unknown } | undefined;
  return { draft: raw?.draft === true, shownFrom: publicationDate(collection, { date: dateOf(raw?.date) }) };
}

/** What is wrong with a link to an address on the site (`url` starts with /). */
/** A site path as its page's address: one without a trailing slash is read with one (/om-programmet → /om-programmet/), a file's (/filer/x.pdf) as it is. */
export function withTrailingSlash(path: string): string {
  return path.endsWith('/') || /\.[a-z0-9]+$/i.test(path.split('/').at(-1) ?? '') ? path : `${path}/`;
}

function internalLinkProblem(url: string, addresses: SiteAddresses, from: LinkingText): string | undefined {
  const withSlash = withTrailingSlash(url.replace(/[?#].*$/, ''));
  const draft = from.draft ? undefined : addresses.draftAt(withSlash);
  if (draft !== undefined)
    return `lenken går til «${url}», et utkast (${draft}) som ikke vises på nettstedet, så lenken ville ikke virke der; slå av «Utkast» i ${draft} når den er klar, fjern lenken, eller slå på «Utkast» her også`;
  // A page dated ahead is on the site from its date only: a link from a text shown before then would be dead until it
  // (fresh eyes: passed the check, as a draft's was refused).
  const later = from.draft ? undefined : addresses.laterAt(withSlash, from.shownFrom);
  if (later !== undefined)
    return `lenken går til «${url}» (${later.file}), som ikke vises på nettstedet før ${formatDate(later.date)}, så lenken ville ikke virke før da; fjern lenken til da, eller gi denne teksten en dato som ikke er tidligere`;
  if (addresses.has(withSlash)) return undefined;
  const nearest = addresses.nearest(withSlash);
  return `lenken går til «${url}», som ikke finnes på nettstedet; ${nearest === undefined ? 'sjekk adressen (åpne siden og kopier adressen fra nettleseren)' : `mente du «${nearest}»?`}`;
}
