/**
 * An address on the editor's own machine, as the preview in `npm run dev` has it: localhost, 127.x.x.x, 0.0.0.0 or
 * [::1], any port; its path as group 1 («http://localhost:4321/nyheter/x/» → «/nyheter/x/»). No reader can open it:
 * the check refuses it in a text (content-check/site-addresses.ts), and a paste in the CMS writes it from «/»
 * (cms/pasted-text.js).
 */
export const localAddress = /^https?:\/\/(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\])(?::\d+)?(\/\S*)?$/i;
