// Scales and paths shared by the build-time charts and the SPC tool. d3-scale
// gives "nice" axis ends and round tick values (1, 2 or 5 × 10ⁿ); d3-shape
// draws lines that break where a value is missing instead of joining across it.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

/** A linear scale over the values (and zero, if asked), with round ends. */
export function valueScale(
  values: readonly number[],
  range: readonly [number, number],
  { zero = false, ticks = 5 }: { zero?: boolean; ticks?: number } = {},
): ScaleLinear<number, number> {
  let low = Math.min(...values, ...(zero ? [0] : []));
  let high = Math.max(...values, ...(zero ? [0] : []));
  if (!Number.isFinite(low) || !Number.isFinite(high)) [low, high] = [0, 1];
  // A flat series still needs some height to be drawn in.
  if (low === high) [low, high] = low === 0 ? [0, 1] : [low - Math.abs(low) * 0.1, high + Math.abs(high) * 0.1];
  return scaleLinear().domain([low, high]).range([range[0], range[1]]).nice(ticks);
}

/** Evenly spaced centres for `count` categories across [start, end], half a step in from each end. */
export function categoryPositions(count: number, start: number, end: number): number[] {
  const step = (end - start) / Math.max(count, 1);
  return Array.from({ length: count }, (_, i) => start + step * (i + 0.5));
}

/** An SVG path through the points, broken where a value is null. Empty when nothing can be joined. */
export function gappedPath(xs: readonly number[], ys: readonly (number | null)[]): string {
  const points = xs.map((x, i) => [x, ys[i] ?? null] as const);
  const path = line<(typeof points)[number]>()
    .defined(([, y]) => y !== null)
    .x(([x]) => round(x))
    .y(([, y]) => round(y ?? 0))(points);
  return path ?? '';
}

/** Two decimals are plenty for SVG coordinates and keep the markup small. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Splits text into lines of at most `width` characters, between words. A
 * single word longer than the width gets a line of its own. SVG text does not
 * wrap by itself.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
