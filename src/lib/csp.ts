// The site's Content-Security-Policy directives, in one place: every page's <meta> (BaseLayout.astro) has them, the
// nginx configuration sends the same policy (deploy/nginx), and the CMS page adds only what the CMS needs.
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * The policy of every page of the site: scripts its own files and Pagefind's WebAssembly, styles its own files. Written
 * by the site, not by Astro's `security.csp`, which put the hash of each of the build's nine scripts and styles on
 * every page (about 300 bytes gzip of a story page), though the site has no inline script or style and 'self' allows
 * its files.
 */
export const siteCsp = [...cspDirectives, "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'"].join('; ');
