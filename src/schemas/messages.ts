// Zod's messages in Norwegian, worded for editors. Missing fields, wrong types
// and lengths get our own wording; everything else falls back to zod's `no` locale.
import { z } from 'zod';
import { no } from 'zod/locales';

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'et tall',
  int: 'et heltall',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'et sett med felter',
  date: 'en dato (ÅÅÅÅ-MM-DD)',
};

/**
 * What is said of text outside its limits in characters (`length`: how many it has, if known): «er for lang:
 * skriv høyst 400 tegn (nå 412)»; undefined within them. By the content check and, at the field, by the CMS
 * (src/cms/text-length-widget.js, which is sent this function's source: it uses nothing outside itself).
 */
export function textLengthMessage(length: number | undefined, { min, max }: { min?: number; max?: number }): string | undefined {
  const now = length === undefined ? '' : ` (nå ${length})`;
  if (min !== undefined && (length === undefined || length < min)) return `er for kort: skriv minst ${min} tegn${now}`;
  if (max !== undefined && (length === undefined || length > max)) return `er for lang: skriv høyst ${max} tegn${now}`;
  return undefined;
}

/**
 * What is said of a field named `name` (already quoted: «Ingress»): ««Ingress» er for kort: skriv minst 20 tegn» when
 * the message goes on from the field («er …», «mangler …», «må …»), else ««E-post»: skriv en hel e-postadresse». A
 * colon before «er for kort: …» read as two in a row (fresh eyes). Sent as its source to the CMS page (start-script.ts).
 */
export function fieldSaying(name: string, message: string): string {
  return goesOnFromField(message) ? `${name} ${message}` : `${name}: ${message}`;
}

/**
 * Whether `message` goes on from the field's name: it starts with what the field is or does («er …», «nevner …»,
 * «brukes bare …»), and is no sentence without the name before it.
 */
export function goesOnFromField(message: string): boolean {
  return /^(er|mangler|må|kan|har|skal|nevner|sier|brukes|skrives|hopper|gir|viser|står)(?!\p{L})/u.test(message);
}

/**
 * What is said of a field named `name` (bare: Sluttdato) on its own, under its label in the CMS: a sentence, with the
 * name first where the message goes on from it («Sluttdato» er 9. februar 2027, før «Dato» …; it read «Er 9. februar
 * 2027, før «Dato» …»), the bare name before a number («Nummer 1000 hopper over …»), else from a capital letter, and
 * ending in a full stop (or the «.», «?», «!» or «:» it has).
 * Sent as its source, with fieldNamedSentence and goesOnFromField, to the CMS page (start-script.ts).
 */
export function fieldSentence(name: string, message: string): string {
  const text = message.trim();
  if (goesOnFromField(text) || /^\d/.test(text)) return fieldNamedSentence(name, text).join('');
  const said = `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  return /[.!?:][)»]?$/.test(said) ? said : `${said}.`;
}

/**
 * What is said of a field named `name` (bare) where the sentence must name it, above the form in the CMS: the name
 * first, as its own mark says it (fieldSentence), in three parts, the name in the middle (there a link to the field):
 * «, Påmeldingsfrist, » har måned 13 …; the bare name before a number (Nummer 1000 hopper over …); and before a message
 * that is a sentence without it, «Tittel»: Skriv en tittel …. It read «Påmeldingsfrist: har måned 13 …» (label, colon,
 * verb). Ends in a full stop (or the «.», «?», «!» or «:» it has). Sent as its source with goesOnFromField.
 */
export function fieldNamedSentence(name: string, message: string): [string, string, string] {
  const text = message.trim();
  const [before, after] = goesOnFromField(text) ? ['«', `» ${text}`] : /^\d/.test(text) ? ['', ` ${text}`] : ['«', `»: ${text.charAt(0).toUpperCase()}${text.slice(1)}`];
  return [before, name, /[.!?:][)»]?$/.test(after) ? after : `${after}.`];
}

z.config({
  ...no(),
  customError: (issue) => {
    // Lengths as an editor counts them; zod's own say «forventet string til å ha >=20 tegn».
    if ((issue.code === 'too_small' || issue.code === 'too_big') && (issue.origin === 'string' || issue.origin === 'array')) {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'array') return small ? `må ha minst ${limit}` : `kan ha høyst ${limit}`;
      const length = typeof issue.input === 'string' ? issue.input.length : undefined;
      return textLengthMessage(length, small ? { min: limit } : { max: limit });
    }
    // A number outside its limits, as a limit is said in Norwegian; zod's said «For lite(n): forventet number til å ha >0».
    if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') {
      const small = issue.code === 'too_small';
      const limit = String(small ? issue.minimum : issue.maximum).replace('.', ',');
      if (small) return issue.inclusive ? `må være ${limit} eller mer` : `må være større enn ${limit}`;
      return issue.inclusive ? `må være ${limit} eller mindre` : `må være mindre enn ${limit}`;
    }
    // A choice: the values to write, not zod's «Ugyldig valg: forventet en av "sikker"|"sannsynlig"».
    if (issue.code === 'invalid_value' && issue.values.length > 0) {
      const values = issue.values.map((value) => `«${String(value)}»`).join(', ');
      if (issue.input === null || issue.input === '') return `er tomt; velg en av ${values}, eller fjern linjen hvis feltet kan stå tomt`;
      return `«${String(issue.input)}» er ikke et av valgene; velg en av ${values}`;
    }
    if (issue.code !== 'invalid_type') return undefined;
    const expected = typeNames[issue.expected] ?? issue.expected;
    if (issue.input === undefined) return `mangler; feltet må fylles ut med ${expected}`;
    // An empty field the CMS wrote (`from: ""`): said as the empty field it is, not as a wrong type.
    if (issue.input === '' || issue.input === null) return `er tomt; feltet må fylles ut med ${expected}`;
    return `har feil type; forventet ${expected}`;
  },
});
