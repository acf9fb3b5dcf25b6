// A page's description as a share preview and a search snippet show it (meta description, Open Graph, Twitter,
// JSON-LD): the page's own words, cut at a word with «…» where they are longer than a preview shows. Share previews
// and snippets show about 150–160 characters; a 400-character ingress was cut by each service at its own place, and
// an archive item's note before it took 111 of them (fresh eyes). The archive note stands on the item's page and its
// social image (lib/archive-note.ts), not here.

/** The longest description, in characters, «…» included. */
export const previewLength = 160;

/** The shortest run of whole sentences a description is cut to, in characters, rather than cut inside a sentence. */
export const shortestSentences = 40;

// A sentence ends at «.», «!» or «?» (a closing quote may follow) before a capital letter; not after a word that
// holds a dot itself («bl.a. Molde», «f.eks. Askim») or a single letter («K. Olsen»).
const sentenceEnd = /(?<![\p{L}\d]\.[\p{L}\d]*|(?<![\p{L}])\p{L})[.!?][»”"']?(?= [\p{Lu}«])/gu;

/**
 * `text` with its white space made single, within `max` characters: whole as it is if it fits; else its whole
 * sentences, if they make at least `shortestSentences` characters; else cut at a word with «…», leaving no number,
 * no word that only leads on («og», «med»), and no full stop, comma or dash at the end. A cut after a number read as
 * a claim without its unit: «med til sammen 137…», «på en skala fra 1…» (fresh eyes).
 */
export function previewDescription(text: string, max: number = previewLength): string {
  const whole = text.replace(/\s+/g, ' ').trim();
  if (whole.length <= max) return whole;
  const ends = [...whole.slice(0, max + 1).matchAll(sentenceEnd)].map((match) => match.index + match[0].length);
  const sentences = ends.findLast((end) => end <= max);
  if (sentences !== undefined && sentences >= shortestSentences) return whole.slice(0, sentences);
  const room = whole.slice(0, max - 1);
  const words = room.slice(0, Math.max(room.lastIndexOf(' '), 0)) || room;
  let cut = words;
  for (let before = ''; before !== cut; ) {
    before = cut;
    cut = cut.replace(/[\s.,;:–-]+$/u, '').replace(danglingWord, '').replace(danglingNumber, '');
  }
  return `${cut || words}…`;
}

/** Words that lead on to the next and say nothing last: «… arbeidet med…», «… sykefraværet, og…» (fresh eyes). */
const danglingWords = ['og', 'eller', 'men', 'at', 'å', 'som', 'i', 'på', 'med', 'fra', 'til', 'av', 'for', 'om', 'ved', 'mot', 'etter', 'en', 'et', 'ei', 'de', 'den', 'det', 'har', 'hadde', 'er', 'var', 'ble', 'kunne', 'skal', 'vil', 'seg', 'sin', 'sine', 'sitt'];
/** A number last, but a year («høsten 2009…» says when). */
const danglingNumber = /(?<=\S)\s+(?!(?:19|20)\d\d[.,]?$)\d[\d.,%]*$/u;
const danglingWord = new RegExp(`(?<=\\S)\\s+(?:${danglingWords.join('|')})$`, 'iu');
