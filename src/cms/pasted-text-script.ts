// The browser script for text pasted into the CMS (pasted-text.js), with turndown, the library it turns
// the clipboard's HTML into Markdown by: its browser build as npm ships it, sent inside the CMS start
// script (start-script.ts) and run as the unit tests run it.
import turndownScript from 'turndown/lib/turndown.browser.umd.js?raw';
import pastedTextScript from './pasted-text.js?raw';

/** A UMD build as an expression of what it exports: the page has no module loader, and its globals stay as they are. */
const umdExports = (source: string) => `((module, exports) => {\n${source}\nreturn module.exports;\n})({ exports: {} }, {})`;

export const pastedTextScripts = `window.kompetansebankenTurndown = ${umdExports(turndownScript)};\n${pastedTextScript}`;
