// The site's Content-Security-Policy directives, in one place: astro.config.mjs
// gives them to every page, and the CMS page adds only what the CMS needs.
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Scripts the site runs: its own, and Pagefind's WebAssembly. */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"] as const;
