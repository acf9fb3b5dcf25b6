// Where the CMS reads and saves content on the published site: a hosted git
// service, chosen by environment variables at build time (the editor's guide,
// docs/redaktorveiledning.md, says how IT sets them). In `astro dev` the CMS
// uses the dev server's own file API instead (src/integrations/decap-local-backend.ts).
//
// Decap's backends (decapcms.org/docs): GitHub logs in through an OAuth server
// (GitHub has no PKCE for browser apps); GitLab and Gitea/Forgejo log in with
// PKCE and an OAuth application's client id. GitHub and GitLab support the
// editorial workflow (draft → review → ready → published as pull/merge
// requests); Decap's Gitea backend does not.

export const cmsHosts = ['github', 'gitlab', 'gitea'] as const;
export type CmsHost = (typeof cmsHosts)[number];

export interface CmsBackend {
  name: CmsHost | 'proxy';
  repo?: string;
  branch: string;
  proxy_url?: string;
  api_root?: string;
  base_url?: string;
  auth_endpoint?: string;
  auth_type?: 'pkce';
  app_id?: string;
  /** Shown in the CMS beside each entry: the site's address. */
  site_domain?: string;
}

export interface CmsHosting {
  backend: CmsBackend;
  /** Changes go through review unless the host's backend cannot do that. */
  publishMode?: 'editorial_workflow';
  /**
   * Where the entries' pages are seen before they are published: the editor's «Vis forhåndsvisning» opens the
   * entry's page there (each collection's preview_path, config.ts). The dev server's own site; hosted, none.
   */
  siteUrl?: string;
}

/** A configuration mistake, in Norwegian, for the person setting the variables. */
export class CmsConfigError extends Error {}

/** The environment variables IT sets, with what each is for. */
export const cmsVariables = {
  CMS_BACKEND: 'github, gitlab eller gitea',
  CMS_REPO: 'depotet, skrevet eier/navn (for eksempel kvalitetskommune/kompetansebanken)',
  CMS_BRANCH: 'grenen nettstedet bygges fra (standard: main)',
  CMS_APP_ID: 'klient-id-en (Client ID / Application ID) til OAuth-applikasjonen (GitLab og Gitea)',
  CMS_BASE_URL: 'adressen til git-tjenesten når den ikke er gitlab.com (GitLab og Gitea), eller til OAuth-tjenesten for GitHub (standard: https://api.netlify.com)',
} as const;

type Env = Partial<Record<keyof typeof cmsVariables, string>>;

const withoutSlash = (url: string) => url.replace(/\/+$/, '');

function requireUrl(name: keyof typeof cmsVariables, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.hostname !== 'localhost') throw new Error();
    return withoutSlash(url.href);
  } catch {
    throw new CmsConfigError(`${name} må være en adresse som begynner med https://, men er «${value}»`);
  }
}

/**
 * The hosted backend from the environment, or undefined when CMS_BACKEND is
 * not set (the built site then explains on /admin/ how to set one up).
 * Throws CmsConfigError when a variable is missing or wrong.
 */
export function hostedBackend(env: Env): CmsHosting | undefined {
  const host = env.CMS_BACKEND?.trim().toLowerCase();
  if (!host) return undefined;
  if (!(cmsHosts as readonly string[]).includes(host))
    throw new CmsConfigError(`CMS_BACKEND må være ${cmsVariables.CMS_BACKEND}, men er «${env.CMS_BACKEND}»`);
  const repo = env.CMS_REPO?.trim() ?? '';
  if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repo)) throw new CmsConfigError(`CMS_REPO må være ${cmsVariables.CMS_REPO}${repo ? `, men er «${repo}»` : ''}`);
  const branch = env.CMS_BRANCH?.trim() || 'main';
  const baseUrl = requireUrl('CMS_BASE_URL', env.CMS_BASE_URL);
  const appId = env.CMS_APP_ID?.trim();
  const needAppId = () => {
    if (!appId) throw new CmsConfigError(`CMS_APP_ID må settes for ${host}: ${cmsVariables.CMS_APP_ID}`);
    return appId;
  };
  switch (host as CmsHost) {
    case 'github':
      return { backend: { name: 'github', repo, branch, ...(baseUrl && { base_url: baseUrl }) }, publishMode: 'editorial_workflow' };
    case 'gitlab':
      return {
        backend: {
          name: 'gitlab', repo, branch, auth_type: 'pkce', app_id: needAppId(),
          ...(baseUrl && { base_url: baseUrl, api_root: `${baseUrl}/api/v4` }),
        },
        publishMode: 'editorial_workflow',
      };
    case 'gitea': {
      if (!baseUrl) throw new CmsConfigError(`CMS_BASE_URL må settes for gitea: adressen til Gitea- eller Forgejo-tjenesten`);
      return {
        backend: {
          name: 'gitea', repo, branch, app_id: needAppId(),
          base_url: baseUrl, api_root: `${baseUrl}/api/v1`, auth_endpoint: 'login/oauth/authorize',
        },
      };
    }
  }
}

/** The origins the CMS page must be allowed to call for this backend (its CSP's connect-src). */
export function backendOrigins(hosting: CmsHosting | undefined): string[] {
  if (!hosting) return [];
  const { name, api_root, base_url } = hosting.backend;
  const defaults: Record<string, string[]> = {
    github: ['https://api.github.com', 'https://api.netlify.com'],
    gitlab: ['https://gitlab.com'],
    gitea: [],
    proxy: [],
  };
  const urls = [api_root, base_url].filter((u): u is string => Boolean(u));
  const origins = urls.length > 0 ? [...urls.map((u) => new URL(u).origin), ...(name === 'github' ? ['https://api.github.com'] : [])] : defaults[name] ?? [];
  return [...new Set(origins)];
}
