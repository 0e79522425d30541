import { headline, type BenchResults } from './results-types';

// Every budget the project holds itself to, in one place. `npm run bench -- --check` fails when a
// figure in bench/results.json is above its budget (or missing).

export interface Budget {
  key: string;
  /** The largest allowed figure (the median of repeated runs). */
  max: number;
  unit: 'ms' | 'ratio' | 'bytes';
}

export const BUDGETS: readonly Budget[] = [
  { key: 'fill_ratio_40', max: 3, unit: 'ratio' },
  { key: 'fill_e2e_ms_40', max: 10, unit: 'ms' },
  { key: 'fill_e2e_cold_ms_40', max: 40, unit: 'ms' },
  { key: 'injected_bytes_unfilled_page', max: 0, unit: 'bytes' },
  { key: 'inject_script_gzip_bytes', max: 30 * 1024, unit: 'bytes' },
  { key: 'zip_bytes', max: 3 * 1024 * 1024, unit: 'bytes' },
  { key: 'recognition_median_ms', max: 20, unit: 'ms' },
  { key: 'popup_ready_ms', max: 100, unit: 'ms' },
];

export interface BudgetCheck {
  key: string;
  max: number;
  unit: Budget['unit'];
  /** null when the results lack the key. */
  actual: number | null;
  ok: boolean;
}

export function checkBudgets(results: Pick<BenchResults, 'metrics'>, budgets: readonly Budget[] = BUDGETS): BudgetCheck[] {
  return budgets.map((b) => {
    const metric = results.metrics[b.key];
    const actual = metric ? headline(metric) : null;
    return { key: b.key, max: b.max, unit: b.unit, actual, ok: actual !== null && Number.isFinite(actual) && actual <= b.max };
  });
}

export function formatBudgetLine(c: BudgetCheck): string {
  const shown = c.actual === null ? 'missing' : `${c.actual} ${c.unit}`;
  return `${c.ok ? 'ok    ' : 'BROKEN'} ${c.key}: ${shown} (budget ≤ ${c.max} ${c.unit})`;
}
