// The hosted backend the published CMS saves through, per git host, from the
// variables IT sets; mistakes are told in Norwegian before anything is built.
import { describe, expect, it } from 'vitest';
import { adminCsp } from './admin-page.ts';
import { backendOrigins, CmsConfigError, hostedBackend } from './backend.ts';
import { cmsConfig } from './config.ts';

const repo = 'kvalitetskommune/kompetansebanken';

describe('hostedBackend', () => {
  it('is none until CMS_BACKEND is set', () => {
    expect(hostedBackend({})).toBeUndefined();
    expect(hostedBackend({ CMS_BACKEND: ' ' })).toBeUndefined();
  });

  it('GitHub: the repository, main, an OAuth server, and changes through review', () => {
    expect(hostedBackend({ CMS_BACKEND: 'github', CMS_REPO: repo })).toEqual({
      backend: { name: 'github', repo, branch: 'main' },
      publishMode: 'editorial_workflow',
    });
    expect(hostedBackend({ CMS_BACKEND: 'GitHub', CMS_REPO: repo, CMS_BRANCH: 'publisering', CMS_BASE_URL: 'https://oauth.example.no/' })?.backend)
      .toEqual({ name: 'github', repo, branch: 'publisering', base_url: 'https://oauth.example.no' });
  });

  it('GitLab: PKCE with the application id, on gitlab.com or a server of its own', () => {
    expect(hostedBackend({ CMS_BACKEND: 'gitlab', CMS_REPO: repo, CMS_APP_ID: 'abc123' })).toEqual({
      backend: { name: 'gitlab', repo, branch: 'main', auth_type: 'pkce', app_id: 'abc123' },
      publishMode: 'editorial_workflow',
    });
    expect(hostedBackend({ CMS_BACKEND: 'gitlab', CMS_REPO: 'gruppe/under/kb', CMS_APP_ID: 'abc', CMS_BASE_URL: 'https://git.kommune.no' })?.backend)
      .toMatchObject({ repo: 'gruppe/under/kb', base_url: 'https://git.kommune.no', api_root: 'https://git.kommune.no/api/v4' });
  });

  it('Gitea/Forgejo: PKCE against its own server, without the editorial workflow Decap lacks there', () => {
    const gitea = hostedBackend({ CMS_BACKEND: 'gitea', CMS_REPO: repo, CMS_APP_ID: 'id', CMS_BASE_URL: 'https://git.example.no' });
    expect(gitea).toEqual({
      backend: {
        name: 'gitea', repo, branch: 'main', app_id: 'id',
        base_url: 'https://git.example.no', api_root: 'https://git.example.no/api/v1', auth_endpoint: 'login/oauth/authorize',
      },
    });
  });

  it('says in Norwegian what is missing or wrong', () => {
    const error = (env: Parameters<typeof hostedBackend>[0]) => {
      try {
        hostedBackend(env);
      } catch (e) {
        expect(e).toBeInstanceOf(CmsConfigError);
        return (e as Error).message;
      }
      throw new Error('no error');
    };
    expect(error({ CMS_BACKEND: 'bitbucket', CMS_REPO: repo })).toContain('CMS_BACKEND må være github, gitlab eller gitea');
    expect(error({ CMS_BACKEND: 'github' })).toContain('CMS_REPO må være depotet');
    expect(error({ CMS_BACKEND: 'gitlab', CMS_REPO: repo })).toContain('CMS_APP_ID må settes for gitlab');
    expect(error({ CMS_BACKEND: 'gitea', CMS_REPO: repo, CMS_APP_ID: 'x' })).toContain('CMS_BASE_URL må settes for gitea');
    expect(error({ CMS_BACKEND: 'gitlab', CMS_REPO: repo, CMS_APP_ID: 'x', CMS_BASE_URL: 'http://git.example.no' })).toContain('https://');
  });
});

describe('the hosted CMS', () => {
  it('goes into the CMS configuration with the editorial workflow', () => {
    const config = cmsConfig(hostedBackend({ CMS_BACKEND: 'gitlab', CMS_REPO: repo, CMS_APP_ID: 'abc' }));
    expect(config.backend).toMatchObject({ name: 'gitlab', auth_type: 'pkce' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(cmsConfig().backend).toEqual({ name: 'proxy', proxy_url: '/api/v1/', branch: 'main' });
    expect(cmsConfig()).not.toHaveProperty('publish_mode');
  });

  it('may call its git service from /admin/, and nothing else besides blob: URLs', () => {
    const github = hostedBackend({ CMS_BACKEND: 'github', CMS_REPO: repo });
    expect(backendOrigins(github)).toEqual(['https://api.github.com', 'https://api.netlify.com']);
    expect(adminCsp(github)).toContain("connect-src 'self' blob: https://api.github.com https://api.netlify.com;");
    const own = hostedBackend({ CMS_BACKEND: 'gitlab', CMS_REPO: repo, CMS_APP_ID: 'a', CMS_BASE_URL: 'https://git.kommune.no' });
    expect(adminCsp(own)).toContain("connect-src 'self' blob: https://git.kommune.no;");
    expect(adminCsp()).toContain("connect-src 'self' blob:;");
    expect(adminCsp()).toContain("img-src 'self' data: blob:");
  });
});
