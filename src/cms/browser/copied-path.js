// «Kopier stien» in the media library copies the file's place in the repository («content/media/bilde.png»),
// which an entry cannot use: it writes the path from its own folder, as Decap does on «Velg markert». A file just
// uploaded from an entry's image field (a draft to Decap) had «Kopier navnet», which copied its bare name
// («bilde.png»): the button says «Kopier stien» there too (locale.ts), and the name is made the same path. Nothing
// else in the CMS writes a bare file name to the clipboard (a copy in a text field is the browser's own).
/** A file's path in the media folder («barnehage.png»), from its place in the repository; undefined if elsewhere. */
const inMediaFolder = (path) => (path.startsWith(`${mediaRepositoryFolder}/`) ? path.slice(mediaRepositoryFolder.length + 1) : undefined);
const clipboard = navigator.clipboard;
if (clipboard) {
  const writeText = clipboard.writeText.bind(clipboard);
  clipboard.writeText = (text) => {
    const name = inMediaFolder(text) ?? (/^[^/\\\s]+\.[a-z0-9]{2,5}$/i.test(text) ? text : undefined);
    return writeText(name === undefined ? text : `${mediaPublicPath}/${name}`);
  };
}
