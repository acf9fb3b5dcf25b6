// Where a film can be seen, said the way a reader knows the place: «YouTube», «Vimeo», or the site's own name
// (its host without «www.»). /filmer/ links there; it never embeds a player (no third-party requests).

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

/** «YouTube» for https://www.youtube.com/watch?v=…, «ks.no» for https://www.ks.no/film. */
export function videoHost(address: string): string {
  const host = new URL(address).hostname.toLowerCase().replace(/^www\./, '');
  return knownHosts[host] ?? host;
}

/** The link's text: «Se filmen hos YouTube». */
export function videoLinkText(address: string): string {
  return `Se filmen hos ${videoHost(address)}`;
}
