// A quote's attribution may end with a note on where the words were printed:
// «Deltakerne i prosjektet, om hva det har betydd for barna (gjengitt i
// sluttrapporten)». With the citation after it the line read «… (gjengitt i
// sluttrapporten) (Sluttrapporten, s. 25)»: two brackets in a row, the document
// named twice. The note goes into the citation's bracket instead:
// «… (gjengitt i sluttrapporten, s. 25)», the link on its name and page.
// A quote from the cited document itself («Sekretariatets sluttrapport, forordet») read «– Sekretariatets
// sluttrapport, forordet (Sluttrapporten, s. 63)»: it names the document once, by the attribution's name, with the
// page: «– Sekretariatets sluttrapport, s. 63, forordet».

export interface AttributionParts {
  /** Who said or wrote it, without the note. */
  who: string;
  /** The note, up to the cited document's name where it ends with that name («gjengitt i »); undefined without a note. */
  note?: string;
  /** The cited document's name as the note writes it («sluttrapporten»), for the citation's link; undefined when the note names another. */
  name?: string;
  /** Set when the words are the cited document's own: `who` is then its name as the attribution writes it, to cite with the page, and `rest` what follows («, forordet», or ''). */
  rest?: string;
}

/**
 * The attribution parted into who said it and the note on where it was printed, naming `documentName` (the citation's
 * document) or some other print. Self-contained with ownWordsOf: the CMS's preview of a story runs their source.
 */
export function attributionParts(attribution: string, documentName: string, asAuthor?: string): AttributionParts {
  // «gjengitt i …» at the end, in brackets or after a comma.
  const printedIn = /^(.*?\S)(?:\s*\((gjengitt\s+i\s[^()]+)\)|,\s*(gjengitt\s+i\s[^,()]+))$/isu;
  const text = attribution.trim();
  const ownWords = ownWordsOf(text, [documentName, ...(asAuthor === undefined ? [] : [asAuthor])]);
  if (ownWords !== undefined) return ownWords;
  const [, who, inBrackets, afterComma] = printedIn.exec(text) ?? [];
  const note = (inBrackets ?? afterComma)?.replace(/\s+/g, ' ').trim();
  if (who === undefined || note === undefined) return { who: text };
  const start = note.length - documentName.length;
  if (note[start - 1] === ' ' && note.slice(start).toLocaleLowerCase('nb') === documentName.toLocaleLowerCase('nb')) return { who, note: note.slice(0, start), name: note.slice(start) };
  // After a comma a note naming some other print stays part of who said it («…, gjengitt i Kommunal Rapport (Sluttrapporten, s. 25)»).
  return inBrackets === undefined ? { who: text } : { who, note };
}

/** The attribution parted into the document's name and the rest, where it starts with one of the document's `names` and goes on, if at all, after a comma. */
export function ownWordsOf(text: string, names: readonly string[]): AttributionParts | undefined {
  const flat = text.replace(/\s+/g, ' ');
  for (const name of names) {
    const head = flat.slice(0, name.length);
    const rest = flat.slice(name.length);
    if (head.toLocaleLowerCase('nb') === name.toLocaleLowerCase('nb') && (rest === '' || rest.startsWith(','))) return { who: head, rest };
  }
  return undefined;
}
