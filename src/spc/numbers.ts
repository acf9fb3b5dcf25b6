// How the SPC tool writes a number wherever the user reads one: the table, the summary, the signals, the warnings
// and the chart's labels (so the PNG and SVG too). Norwegian: a decimal comma and a no-break space between thousands
// (lib/number-format.ts), and a true minus sign (U+2212), as Norwegian typesetting writes it: «−786,79». Fresh eyes:
// the table said «−786,789» and the summary «-786,79». The CSV keeps lib/csv.ts's format (a hyphen and up to four
// decimals), which Norwegian Excel reads as a number.
import { formatNumber } from '../lib/number-format.ts';

/** A number with at most `decimals` decimals, a decimal comma and a minus sign. */
export function spcNumber(value: number, decimals: number): string {
  return formatNumber(value, decimals).replace(/^-/, '\u2212');
}

/** How many decimals JavaScript writes for a number (0.125 → 3), at most 10. */
function decimalsOf(value: number): number {
  const written = String(value);
  if (written.includes('e')) return 10;
  return Math.min(written.split('.')[1]?.length ?? 0, 10);
}

/**
 * The decimals the tool shows: as many as the most precise number the user typed, at least two. The numbers typed
 * are shown as typed («0,125», not «0,13»), and the mean and the limits with as many decimals.
 */
export function typedDecimals(values: readonly number[]): number {
  return values.reduce((most, value) => Math.max(most, decimalsOf(value)), 2);
}
