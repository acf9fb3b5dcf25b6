// A chart's or table's heading with the unit its numbers are in, composed as
// Norwegian reads it. Captions may already end in a parenthesis naming the
// source («…, egenmeldt og legemeldt (KS’ PAI-statistikk)»): the unit goes
// before it («…, egenmeldt og legemeldt, prosent (KS’ PAI-statistikk)»), not
// after it as a second one («(KS’ PAI-statistikk) (prosent)»). A caption that is
// a sentence gets the unit as one of its own, as statistics tables write it
// («… i tre perioder. Prosent.»).

/**
 * «Sykefravær i Innsatskommunene (prosent)»; without a unit, the text as it is. Self-contained: the CMS's preview of
 * a figure table runs it from its source (start-script.ts).
 */
export function withUnit(text: string, unit: string | undefined): string {
  const trimmed = text.trim();
  if (!unit) return trimmed;
  if (/[.!?]$/u.test(trimmed)) return `${trimmed} ${unit.charAt(0).toLocaleUpperCase('nb') + unit.slice(1)}.`;
  const parenthesis = /^(.*\S)\s+(\([^()]*\))$/su.exec(trimmed);
  if (parenthesis) return `${parenthesis[1]!.replace(/,$/u, '')}, ${unit} ${parenthesis[2]}`;
  return `${trimmed} (${unit})`;
}
