// The CMS's page. Decap CMS needs what the rest of the site forbids, and only
// here: 'unsafe-eval' (it compiles its config schema with ajv), inline styles
// (its components style themselves with emotion), blob: for images it has just
// been given (preview, upload and its draft backup), and the git service's
// address when the published site saves through one.
import { cspDirectives } from '../lib/csp.ts';
import { siteText } from '../lib/site-text.ts';
import { adminStyles } from './admin-styles.ts';
import { backendOrigins, cmsVariables, type CmsHosting } from './backend.ts';

export const cmsScript = 'decap-cms.js';
/** Our own script, before Decap's (which it then starts): Norwegian texts, the site's styles in the preview. */
export const cmsStartScript = 'cms-start.js';
/** The content check's rules for one entry, run before a save (content-check/entry-check-script.ts); loaded before our own script. */
export const entryCheckScriptFile = 'innholdsregler.js';

export function adminCsp(hosting?: CmsHosting): string {
  const extra = (directive: string) => {
    if (directive.startsWith('img-src')) return `${directive} blob:`;
    if (directive.startsWith('connect-src')) return [directive, 'blob:', ...backendOrigins(hosting)].join(' ');
    return directive;
  };
  return [...cspDirectives.map(extra), "script-src 'self' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'"].join('; ');
}

const head = (csp: string, style = '') => `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${csp}">
<meta name="robots" content="noindex, nofollow">
<title>Redigering – ${siteText.siteName}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">${style && `\n<style>${style}</style>`}
</head>`;

/** The CMS itself, saving through `hosting`. */
export function adminPage(hosting: CmsHosting): string {
  return `${head(adminCsp(hosting), adminStyles)}
<body>
<noscript>Redigeringsverktøyet trenger JavaScript. Se docs/redaktorveiledning.md for hvordan du redigerer filene direkte.</noscript>
<script src="/admin/${entryCheckScriptFile}"></script>
<script src="/admin/${cmsStartScript}"></script>
<script src="/admin/${cmsScript}"></script>
</body>
</html>
`;
}

/** The built site without a hosted backend: how to set one up, instead of a CMS that cannot log in. */
export function setupPage(): string {
  const variables = Object.entries(cmsVariables)
    .map(([name, what]) => `<li><code>${name}</code>: ${what}</li>`)
    .join('\n');
  // The CMS page's CSP, which a server's header for /admin/ repeats (deploy/nginx, public/_headers).
  // A long word («Redigeringsverktøyet» at 200 % text), file or variable name wraps rather than widen a phone's page.
  return `${head(adminCsp(), 'body { overflow-wrap: anywhere; hyphens: auto; }')}
<body>
<main>
<h1>Redigeringsverktøyet er ikke satt opp her ennå</h1>
<p>Kompetansebanken redigeres med Decap CMS. På den publiserte nettsiden lagrer verktøyet endringene i
git-tjenesten nettstedet bygges fra (GitHub, GitLab eller Gitea/Forgejo), og da må IT-kontakten først
koble det til tjenesten.</p>
<h2>Slik setter IT-kontakten det opp</h2>
<ol>
<li>Lag en OAuth-applikasjon i git-tjenesten med denne adressen som tilbakeadresse (redirect URI).</li>
<li>Sett disse miljøvariablene der nettstedet bygges (for eksempel i GitHub Actions, GitLab CI eller Netlify):
<ul>
${variables}
</ul></li>
<li>Bygg nettstedet på nytt. Da viser denne siden innloggingen.</li>
</ol>
<p>Trinn for trinn står det i redaktørveiledningen, <code>docs/redaktorveiledning.md</code>, under
«Publisere fra nettleseren». Til det trenger du ikke vente: på egen maskin virker redigeringen med
<code>npm run dev</code> og adressen <code>/admin/</code>.</p>
</main>
</body>
</html>
`;
}
