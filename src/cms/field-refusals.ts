// A save Decap refuses at its own fields is named above the form, field by field (browser/field-refusal.js), whatever
// the kind of error: Decap's own (a required field left empty, text of the wrong form by a pattern, a list or a choice
// with too few or too many, a number out of range, a path), our widgets' (a number, a date, a text's length) and our
// marks at a field (fact-marks.js), or a widget's bare «not valid» without a message. Sent as its source to the CMS
// page (start-script.ts): it uses nothing outside itself.

/** The heading of the refusal above the form when Decap's check of the fields refuses a save. */
export const fieldRefusalHeading = 'Noe i skjemaet mangler eller må rettes før det kan lagres:';

/**
 * What the refusal says of a field after its label (`label`, as the form shows it): its error's `message` without the
 * label it begins with («Dato» er en dag … → er en dag …; «Nummer»: «x» kan leses … → «x» kan leses …), ending in a
 * full stop (or what it ends in: «?», «(Se over.)», or «:» before the lines it leads into), or, for an error without a message (a widget's bare «not valid»), that the field is not filled in right.
 */
export function fieldErrorDetail(label: string, message: unknown): string {
  const text = typeof message === 'string' ? message.trim().replace(/\s+/g, ' ') : '';
  if (text === '') return 'er ikke fylt ut riktig: se over det som står i feltet.';
  // The label as the message names it: whole, or without its explanation in brackets («Dato (ÅÅÅÅ-MM-DD …)» → «Dato»),
  // in «» or bare (Decap's own texts: «Kilder må ha …»).
  const names = [label, label.replace(/\s*\([^)]*\)$/, '')].filter((name) => name !== '');
  // Or a list item as the content check names it: «Nøkkeltall» nr. 1 for «Nøkkeltall (nr. 1) → Kilde …» (it was said twice).
  const item = /^(.+?) \(nr\. (\d+)\)/.exec(label);
  const named = names
    .flatMap((name) => [`«${name}»`, name])
    .concat(item ? [`«${item[1]}» nr. ${item[2]}`] : [])
    .find((name) => text.startsWith(name) && /^[\s:]/.test(text.slice(name.length)) && text.slice(name.length).replace(/^[\s:]+/, '') !== '');
  // Named inside it, after the link to the field: «Disse i «Tekst (Markdown)» ville stoppet …» said the field twice.
  const inside = names.map((name) => ` i «${name}»`).find((name) => text.includes(name));
  const rest = named ? text.slice(named.length).replace(/^[\s:]+/, '') : inside ? text.replace(inside, '') : text;
  // A sentence in brackets or quotes ends it too («… (Se over.)», refusal-lines.ts): no second full stop after it.
  return /[.!?:][)»]?$/.test(rest) ? rest : `${rest}.`;
}

/**
 * What the refusal says of a field with several errors (`messages`: a pattern's and a widget's, say): each once, after
 * the label the line begins with (`fieldErrorDetail`); an error after the first names the field again where its own
 * words are no sentence without it. Joined as they came, «Skriv en tittel med minst én bokstav eller ett tall. er tomt:
 * skriv teksten i feltet.» ran together (fresh eyes). Sent as its source with fieldErrorDetail (start-script.ts).
 */
export function fieldErrorDetails(label: string, messages: readonly unknown[]): string {
  const details = [...new Set(messages.map((message) => fieldErrorDetail(label, message)))];
  return details.map((detail, index) => (index === 0 || /^[\p{Lu}«(]/u.test(detail) ? detail : `«${label}» ${detail}`)).join(' ');
}
