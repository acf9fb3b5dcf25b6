// Text left behind by «OK» to Decap's «Endringene dine er ikke lagret … Vil du gå likevel?» (browser Back, the
// CMS's own back arrow): Decap then deletes its own copy of the unsaved text, so the entry opened again offered no
// restore, and a reflex «OK» on a phone lost a whole newsletter (fresh eyes). The CMS page keeps its own copy of
// the form at that «OK» (browser/left-text-offer.js) and offers it, in Norwegian, when the entry is opened again, with a way
// to discard it; a save of the entry, the offer answered or Decap's own «gjenopprette» question answered forgets
// it. Self-contained: the CMS page runs the source of these (start-script.ts).

/** The copy's key for an entry: «collection/slug», or «collection/» for a new entry (Decap keeps one per collection too). */
export function leftTextKey(collection: string, slug: string | undefined): string {
  return `${collection}/${slug ?? ''}`;
}

/**
 * Whether the copy (`left`: the form's data as it was left) is worth offering over the entry as it opens (`opened`:
 * its data as loaded, or a new entry's empty form): not when it says the same, as after the same text was saved later.
 * Values compare by content (the form and the file give keys in the same order, but a list may be Decap's or plain).
 */
export function leftTextDiffers(left: unknown, opened: unknown): boolean {
  const blank = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  const same = (a: unknown, b: unknown): boolean => {
    if (blank(a) && blank(b)) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  };
  return !same(left, opened);
}

/** What the form says of the copy: its entry's title (or «uten tittel») and when it was left (`left`: ms since 1970). */
export function leftTextHeading(title: string | undefined, left: number, now: number): string {
  const time = new Intl.DateTimeFormat('nb-NO', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Oslo' }).format(left);
  const day = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', timeZone: 'Europe/Oslo' });
  const when = day.format(left) === day.format(now) ? `i dag kl. ${time}` : `${day.format(left)} kl. ${time}`;
  // A title in guillemets of its own («Lese for livet» – …, as several stories' are) is not quoted again: the banner
  // said ««Lese for livet» – …», the marks run together (fresh eyes). The rule of the CMS's other texts (shared.js inQuotes).
  const trimmed = title?.trim() ?? '';
  const name = trimmed === '' ? 'denne oppføringen' : /^[«"“]/.test(trimmed) ? trimmed : `«${trimmed}»`;
  return `Du gikk fra ${name} ${when} uten å lagre. Teksten du hadde skrevet, er tatt vare på her i nettleseren.`;
}
