// Where a film can be seen, said the way a reader knows the place: «YouTube», «Vimeo», or the site's own name
// (its host without «www.»). /filmer/ links there; it never embeds a player (no third-party requests).

// Both are self-contained (videoLinkText given videoHost): the CMS preview runs them from their source.

/** «YouTube» for https://www.youtube.com/watch?v=…, «ks.no» for https://www.ks.no/film. */
export function videoHost(address: string): string {
  /** Video sites by the hosts their addresses have. */
  const knownHosts: Record<string, string> = {
    'youtube.com': 'YouTube',
    'm.youtube.com': 'YouTube',
    'youtu.be': 'YouTube',
    'vimeo.com': 'Vimeo',
    'player.vimeo.com': 'Vimeo',
    'facebook.com': 'Facebook',
    'fb.watch': 'Facebook',
  };
  const host = new URL(address).hostname.toLowerCase().replace(/^www\./, '');
  return knownHosts[host] ?? host;
}

/** The link's text: «Se filmen hos YouTube». */
export function videoLinkText(address: string, host: (address: string) => string = videoHost): string {
  return `Se filmen hos ${host(address)}`;
}
