// The signs Word types as a bullet, for the content check's report
// (content-check/word-bullets.ts) and the CMS's paste cleaning
// (cms/pasted-text-script.ts), which read a pasted list by them.

/** The signs Word types as a bullet. */
export const bulletSigns = '•▪◦●·■□➢►✓';
/** Signs that are a bullet only with Word's tab after them: a dash or «o» also starts ordinary lines. */
export const tabbedBulletSigns = '–—o';
