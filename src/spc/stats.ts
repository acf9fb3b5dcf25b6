// The few statistics the charts need. Small enough to write out, and exact.

export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('mean of no values');
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** |x[i] − x[i−1]| for i ≥ 1; the first point has no moving range. */
export function movingRanges(values: readonly number[]): number[] {
  return values.slice(1).map((v, i) => Math.abs(v - values[i]!));
}

/**
 * The p-quantile of the binomial distribution with n trials and success
 * probability ½: the smallest k with P(X ≤ k) ≥ p, as R's qbinom(p, n, 0.5).
 * Summed in log space so that large n does not underflow.
 */
export function binomialQuantileHalf(p: number, n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number ≥ 0');
  let logPmf = n * Math.log(0.5);
  let cumulative = 0;
  for (let k = 0; k <= n; k++) {
    cumulative += Math.exp(logPmf);
    // A tiny tolerance so that rounding in the sum does not move an exact boundary.
    if (cumulative >= p * (1 - 64 * Number.EPSILON)) return k;
    logPmf += Math.log((n - k) / (k + 1));
  }
  return n;
}
