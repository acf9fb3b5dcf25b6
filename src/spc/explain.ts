// What the chart shows, in plain Norwegian: each signal, the rules used and
// where they come from.
import type { ChartResult, ChartType, LimitBound } from './charts.ts';
import { quoted } from '../lib/quoted.ts';
import { spcNumber, typedDecimals } from './numbers.ts';
import { shiftLength, trendLength, type Signal } from './rules.ts';

export const chartNames: Record<ChartType, string> = {
  run: 'Seriediagram',
  i: 'I-diagram (XmR)',
  p: 'p-diagram',
};

export interface RuleSource {
  rule: string;
  source: string;
}

/** Rules 1–3 for special causes on control charts (I and p). */
const controlChartRules: RuleSource[] = [
  {
    rule: 'Regel 1: et punkt utenfor kontrollgrensene.',
    source: 'Provost LP, Murray SK. The Health Care Data Guide. Jossey-Bass 2011, kapittel 4.',
  },
  {
    rule: `Regel 2 (skift): minst ${shiftLength} punkter på rad på samme side av midtlinjen.`,
    source: 'Provost og Murray 2011, kapittel 4.',
  },
  {
    rule: `Regel 3 (trend): minst ${trendLength} punkter på rad som alle stiger eller alle synker.`,
    source: 'Provost og Murray 2011, kapittel 4.',
  },
];

/** The rules each chart type uses, with the literature they come from. */
export const rulesFor: Record<ChartType, RuleSource[]> = {
  run: [
    {
      rule: 'Uvanlig lang serie: flere punkter på rad på samme side av medianen enn log₂(n) + 3, avrundet, der n er antall punkter som ikke ligger på medianen.',
      source: 'Anhøj J, Olesen AV. Run charts revisited. PLOS ONE 2014;9(11):e113825.',
    },
    {
      rule: 'For få kryssinger: kurven krysser medianen sjeldnere enn i 95 prosent av tilfeldige serier med like mange punkter.',
      source: 'Anhøj J, Olesen AV. Run charts revisited. PLOS ONE 2014;9(11):e113825.',
    },
  ],
  i: [
    ...controlChartRules,
    {
      rule: 'Grensene er gjennomsnittet ± 2,66 × gjennomsnittlig glidende variasjonsbredde (forskjellen mellom to målinger som følger etter hverandre).',
      source: 'Wheeler DJ. Understanding Variation. 2. utg. SPC Press 2000.',
    },
    {
      rule: 'Er det som måles, en prosent, settes en nedre grense under 0 til 0 og en øvre grense over 100 til 100, fordi en prosent ikke kan være lavere eller høyere.',
      source: 'Provost og Murray 2011.',
    },
  ],
  p: [
    ...controlChartRules,
    {
      rule: 'Grensene er p̄ ± 3 × √(p̄(1 − p̄)/n) for hvert punkt, der n er punktets nevner; de blir smalere jo større nevneren er. En nedre grense under 0 settes til 0, og en øvre grense over 100 prosent til 100 prosent.',
      source: 'Provost og Murray 2011.',
    },
  ],
};

/**
 * A value as the chart and its table show it (numbers.ts): p-charts in per cent, the number and «%» kept on one line
 * (a no-break space); other charts with the decimals typed, and a median with one more (8,45 of 8,4 and 8,5).
 */
export function displayValue(result: Pick<ChartResult, 'type' | 'points'>, value: number): string {
  if (result.type === 'p') return `${spcNumber(value * 100, 2)}\u00A0%`;
  const typed = typedDecimals(result.points.map((p) => p.value));
  return spcNumber(value, result.type === 'run' ? Math.min(typed + 1, 10) : typed);
}

/** A point by its label («jan 2024»), or by its place when it has none: «punkt 6», not «6», which reads like a value. */
function pointName(result: ChartResult, index: number): string {
  const label = result.points[index]!.label;
  return label === String(index + 1) ? `punkt ${label}` : quoted(label);
}

function span(result: ChartResult, points: number[]): string {
  return `fra ${pointName(result, points[0]!)} til ${pointName(result, points.at(-1)!)}`;
}

function centreName(result: ChartResult): string {
  return result.type === 'run' ? 'medianen' : 'midtlinjen';
}

/** One sentence or two about a signal: what was found and what it suggests. */
export function explainSignal(result: ChartResult, signal: Signal): string {
  const centre = `${centreName(result)} (${displayValue(result, result.centre)})`;
  switch (signal.rule) {
    case 'outside-limits': {
      const point = result.points[signal.points[0]]!;
      const limit = signal.side === 'above' ? point.upper : point.lower;
      const which = signal.side === 'above' ? 'over øvre' : 'under nedre';
      return `${pointName(result, signal.points[0])} (${displayValue(result, point.value)}) ligger ${which} kontrollgrense (${displayValue(result, limit ?? 0)}). Et punkt utenfor grensene tyder på en spesiell årsak (regel 1).`;
    }
    case 'shift':
      return `${signal.points.length} punkter på rad, ${span(result, signal.points)}, ligger ${signal.side === 'above' ? 'over' : 'under'} ${centre}. Det er et skift: nivået ser ut til å ha endret seg (regel 2: minst ${shiftLength} på rad).`;
    case 'trend':
      return `${signal.points.length} punkter på rad, ${span(result, signal.points)}, ${signal.direction === 'up' ? 'stiger' : 'synker'} hele veien. Det er en trend (regel 3: minst ${trendLength} på rad; like verdier etter hverandre teller som ett punkt).`;
    case 'long-run':
      return `${signal.length} punkter på rad, ${span(result, signal.points)}, ligger ${signal.side === 'above' ? 'over' : 'under'} ${centre}. Med ${result.runs?.useful ?? 0} punkter utenfor medianen er den lengste serien man kan vente, ${signal.limit} punkter. Så lange serier tyder på at nivået har endret seg.`;
    case 'few-crossings':
      return `Kurven krysser medianen ${signal.crossings} ganger, men med ${result.runs?.useful ?? 0} punkter utenfor medianen bør den krysse minst ${signal.limit} ganger. For få kryssinger tyder på at nivået har endret seg i løpet av perioden.`;
  }
}

/**
 * Why a limit is not as computed: what is measured cannot be lower, or higher (Provost and Murray). The same words for
 * the lower limit set to 0 and the upper set to 100.
 */
function boundNote(result: ChartResult, bound: LimitBound, side: 'lower' | 'upper'): string {
  const what = result.type === 'p' ? 'en andel' : 'en prosent';
  const limit = side === 'lower' ? 'nedre' : 'øvre';
  const beyond = side === 'lower' ? 'lavere' : 'høyere';
  const value = displayValue(result, bound.value);
  return bound.computed === undefined
    ? `Der den utregnede ${limit} grensen ble ${beyond} enn ${value}, er den satt til ${value}, fordi ${what} ikke kan være ${beyond}.`
    : `Den utregnede ${limit} grensen, ${displayValue(result, bound.computed)}, er satt til ${value}, fordi ${what} ikke kan være ${beyond}.`;
}

/** A short summary of the whole chart. */
export function summarise(result: ChartResult): string {
  const n = result.points.length;
  const base =
    result.baselineLength === n
      ? `alle ${n} punktene`
      : `de ${result.baselineLength} første av ${n} punkter (${span(result, [0, result.baselineLength - 1])})`;
  const centre =
    result.type === 'run'
      ? `Medianen er ${displayValue(result, result.centre)}`
      : `Midtlinjen er ${displayValue(result, result.centre)}`;
  const limits =
    result.type === 'i'
      ? `, og kontrollgrensene er ${displayValue(result, result.points[0]!.lower!)} og ${displayValue(result, result.points[0]!.upper!)}`
      : result.type === 'p'
        ? ', og kontrollgrensene varierer med nevneren'
        : '';
  const count = result.signals.length;
  const bounded =
    (result.floor ? ` ${boundNote(result, result.floor, 'lower')}` : '') + (result.ceiling ? ` ${boundNote(result, result.ceiling, 'upper')}` : '');
  const signals =
    count === 0
      ? 'Reglene finner ingen tegn på spesiell variasjon.'
      : `Reglene finner ${count === 1 ? 'ett tegn' : `${count} tegn`} på spesiell variasjon.`;
  return `${chartNames[result.type]} med ${n} punkter. ${centre}${limits}, regnet ut fra ${base}.${bounded} ${signals}`;
}
