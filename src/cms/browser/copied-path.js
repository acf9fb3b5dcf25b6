// «Kopier stien» in the media library copies the file's place in the repository («content/media/bilde.png»),
// which an entry cannot use: it writes the path from its own folder, as Decap does on «Velg markert».
/** A file's path in the media folder («barnehage.png»), from its place in the repository; undefined if elsewhere. */
const inMediaFolder = (path) => (path.startsWith(`${mediaRepositoryFolder}/`) ? path.slice(mediaRepositoryFolder.length + 1) : undefined);
const clipboard = navigator.clipboard;
if (clipboard) {
  const writeText = clipboard.writeText.bind(clipboard);
  clipboard.writeText = (text) => {
    const name = inMediaFolder(text);
    return writeText(name === undefined ? text : `${mediaPublicPath}/${name}`);
  };
}
