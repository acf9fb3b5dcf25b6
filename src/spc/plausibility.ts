// Values that cannot be what the user says is measured: a share in per cent («Sykefravær (%)») below 0 or over 100.
// Warned of, not refused: the chart is still drawn, since the label may be what is wrong (fresh eyes: «1 234,5» and
// «-3» as sick leave in per cent drew a lower limit of −1 105,88 without a word).
import { spcNumber, typedDecimals } from './numbers.ts';
import type { ValuePoint } from './parse.ts';

/** What is measured names a percentage: «%», «prosent», «prosentpoeng» excluded (a change may be negative). */
export const isPercent = (measure: string) => /%|\bprosent\b/i.test(measure) && !/prosentpoeng|endring/i.test(measure);

/** At most this many lines are named; the rest are counted. */
const named = 3;

/**
 * Warnings, in Norwegian, for values outside 0–100 where `measure` (the axis text) is a percentage; none otherwise.
 * Each names the line of the pasted text.
 */
export function measureRangeWarnings(points: readonly ValuePoint[], measure: string): string[] {
  if (!isPercent(measure)) return [];
  const outside = points.filter(({ value }) => value < 0 || value > 100);
  if (outside.length === 0) return [];
  const decimals = typedDecimals(points.map(({ value }) => value));
  const lines = outside.slice(0, named).map(({ line, value }) => `linje ${line} (${spcNumber(value, decimals)})`);
  const more = outside.length > named ? ` og ${outside.length - named} til` : '';
  const list = lines.length === 1 ? lines[0] : `${lines.slice(0, -1).join(', ')}${more ? ', ' : ' og '}${lines.at(-1)}${more}`;
  return [
    `«${measure}» er en prosent, som ligger mellom 0 og 100, men ${list} ligger utenfor. Sjekk tallene, eller rett teksten i «Hva som måles».`,
  ];
}
