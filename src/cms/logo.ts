// The CMS login page's picture: the site's name and what the page is for, as
// text in an SVG (Decap's login page shows a picture, `logo.src`, and no text).
import { siteText } from '../lib/site-text.ts';

export const cmsLogoPath = '/admin/logo.svg';

export function cmsLogo(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="80" viewBox="0 0 300 80" role="img" aria-label="${siteText.siteName}">
<text x="150" y="36" text-anchor="middle" font-family="system-ui, sans-serif" font-size="26" font-weight="700" fill="#1a1a1a">${siteText.siteName}</text>
<text x="150" y="66" text-anchor="middle" font-family="system-ui, sans-serif" font-size="18" fill="#3d3d3d">Redigering</text>
</svg>
`;
}
