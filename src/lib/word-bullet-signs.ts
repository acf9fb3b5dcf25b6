// The signs Word types as a bullet, for the content check's report
// (content-check/word-bullets.ts) and the CMS's paste cleaning
// (cms/pasted-text-script.ts), which read a pasted list by them.

/**
 * The signs Word types as a bullet; and those its Symbol and Wingdings bullets become in its plain text (U+F0B7,
 * U+F0A7, U+F0D8, U+F0FC: private characters, shown as an empty box or nothing outside those fonts).
 */
export const bulletSigns = '•▪◦●·■□➢►✓\uF0B7\uF0A7\uF0D8\uF0FC';
/** Word's Symbol and Wingdings bullets in plain text (in `bulletSigns`): an empty box or nothing anywhere else. */
export const symbolBulletSigns = '\uF0B7\uF0A7\uF0D8\uF0FC';
/** Signs that are a bullet only with Word's tab after them: a dash or «o» also starts ordinary lines. */
export const tabbedBulletSigns = '–—o';
