// A page's description as a share preview and a search snippet show it (meta description, Open Graph, Twitter,
// JSON-LD): the page's own words, cut at a word with «…» where they are longer than a preview shows. Share previews
// and snippets show about 150–160 characters; a 400-character ingress was cut by each service at its own place, and
// an archive item's note before it took 111 of them (fresh eyes). The archive note stands on the item's page and its
// social image (lib/archive-note.ts), not here.

/** The longest description, in characters, «…» included. */
export const previewLength = 160;

/** `text` with its white space made single, cut at the last whole word that leaves room for « …» within `max`. */
export function previewDescription(text: string, max: number = previewLength): string {
  const whole = text.replace(/\s+/g, ' ').trim();
  if (whole.length <= max) return whole;
  const room = whole.slice(0, max - 1);
  const cut = room.slice(0, Math.max(room.lastIndexOf(' '), 0)) || room;
  // A sentence's own end stays as it is; a cut after a comma, colon or dash drops it before the «…».
  return `${cut.replace(/[\s,;:–-]+$/u, '')}…`;
}
