// The CMS's page. Decap CMS needs two things the rest of the site forbids,
// and only here: 'unsafe-eval' (it compiles its config schema with ajv) and
// inline styles (its components style themselves with emotion).
import { cspDirectives } from '../lib/csp.ts';

export const cmsScript = 'decap-cms.js';

export const adminCsp = [
  ...cspDirectives.map((d) => (d.startsWith('img-src') ? `${d} blob:` : d)),
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
].join('; ');

export function adminPage(): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${adminCsp}">
<meta name="robots" content="noindex, nofollow">
<title>Redigering – Kompetansebanken</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body>
<noscript>Redigeringsverktøyet trenger JavaScript. Se docs/redaktorveiledning.md for hvordan du redigerer filene direkte.</noscript>
<script src="/admin/${cmsScript}"></script>
</body>
</html>
`;
}
