// A picture in the text column (a story's photo, an image in an entry's text):
// the widths the build makes of it and how wide the browser is told it shows,
// so a phone downloads the file for its column, not the photo as uploaded (a
// 375 px phone fetched a 1 600 px file of 800 KB). Few widths: each one is an
// image sharp makes at build (Astro keeps them between builds in
// <cacheDir>/assets/). 360 px fits a phone's column (288–343 px at 320–375 px),
// 720 and 1080 px the same at two and three device pixels per point, 1440 px the
// desktop column (--text-width, 44rem) at two.
export const textImageWidths = [360, 720, 1080, 1440];

/**
 * The column's width: --text-width (44rem) from 48rem up, else the window less
 * the page's gutters (--gutter, at least 1rem each side; src/styles/layout.css).
 */
export const textImageSizes = '(min-width: 48rem) 44rem, calc(100vw - 2rem)';
