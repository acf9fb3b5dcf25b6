// An image in a text at a site address («![…](/media/skjermbilde.png)»): the
// site has it only if it is a file of public/ or an address the build makes
// (a share image). Anything else was a broken image on the page and in the
// e-mail, and passed the check (fresh eyes: the check's own advice for a
// newsletter led there). An uploaded image is written from the entry's folder,
// «../media/skjermbilde.png», and the message says so.
import { stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { mediaFolder, mediaPublicPath } from '../cms/config.ts';
import { copyPathName, mediaLibraryName } from '../cms/media-names.ts';
import type { SiteAddresses } from './site-addresses.ts';

const publicFolder = join(import.meta.dirname, '..', '..', 'public');

const isFile = async (path: string) => (await stat(path).catch(() => undefined))?.isFile() === true;

/**
 * What is wrong with an image at `url` (a site address, «/…») in the text of the entry in `file` (absolute or
 * relative to the working folder), in Norwegian with what to write instead; undefined if the site has it.
 */
export async function siteImageProblem(url: string, file: string, addresses: SiteAddresses | undefined, root: string = publicFolder): Promise<string | undefined> {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  let path = url.replace(/[?#].*$/, '');
  try {
    path = decodeURI(path);
  } catch {
    // Left as written.
  }
  const inPublic = resolve(root, `.${path}`);
  if (inPublic.startsWith(resolve(root)) && (await isFile(inPublic))) return undefined;
  if (addresses?.has(path)) return undefined;
  const name = basename(path);
  // The entries are one folder below content/, as is the media folder.
  const uploaded = name !== '' && (await isFile(resolve(dirname(file), '..', mediaFolder, name)));
  return (
    `bildet «${url}» finnes ikke på nettstedet og blir et brutt bilde på siden og i e-posten; ` +
    (uploaded
      ? `bildet er lastet opp i «${mediaLibraryName}», og da skrives det ${mediaPublicPath}/${name}`
      : `last det opp i «${mediaLibraryName}» og skriv ${mediaPublicPath}/filnavn, slik «${copyPathName}» der gir det`)
  );
}
