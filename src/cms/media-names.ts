// What the CMS calls its media library and the button that copies a file's path there: one name each wherever the
// interface, the hints and the messages speak of them. The library was «Bilder og filer» in the menu, «Mediebibliotek»
// and «Bilder» as its own heading, and the hint's «Kopier stien» was «Kopier navnet» on a file just uploaded
// (fresh eyes); browser/copied-path.js makes either copy the path an entry writes.

/** The media library: the menu's button and the library's heading, opened from the menu or from an image field. */
export const mediaLibraryName = 'Bilder og filer';
/** The library's button that copies the chosen file's path, as an entry writes it. */
export const copyPathName = 'Kopier stien';
