import type { Stats } from './stats';

// The shape of bench/results.json: one entry per key, either repeated (median/min/max) or a single
// value (sizes, counts).

export type Unit = 'ms' | 'ratio' | 'bytes';

export type Metric = (Stats & { unit: Unit; note?: string }) | { value: number; unit: Unit; note?: string };

export interface BenchResults {
  date: string;
  chromium: string;
  machine: { cpuModel: string; cores: number; memoryGiB: number; os: string; node: string; loadAverage1m: { start: number; end: number } };
  metrics: Record<string, Metric>;
}

/** The figure a budget is checked against: the median of a repeated measurement, else the value. */
export function headline(metric: Metric): number {
  return 'value' in metric ? metric.value : metric.median;
}
