// Repeated measurements are kept as median, min and max (and the number of runs).

export interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Microsecond precision is plenty: a page's clock ticks in 0.1 ms steps (5 µs in Node). */
export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function stats(samples: readonly number[]): Stats {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median: round(median), min: round(sorted[0]), max: round(sorted[sorted.length - 1]), runs: sorted.length };
}
