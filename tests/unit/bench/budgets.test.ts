import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, formatBudgetLine } from '../../../bench/budgets';
import type { BenchResults, Metric } from '../../../bench/results-types';

function resultsWith(metrics: Record<string, Metric>): Pick<BenchResults, 'metrics'> {
  return { metrics };
}

/** Every budgeted key exactly at its budget. */
function atBudget(): Record<string, Metric> {
  return Object.fromEntries(
    BUDGETS.map((b) => [b.key, b.unit === 'bytes' ? { value: b.max, unit: b.unit } : { median: b.max, min: 0, max: b.max * 2, runs: 5, unit: b.unit }]),
  );
}

describe('checkBudgets', () => {
  it('passes results that meet every budget, checking the median and not the max', () => {
    const checks = checkBudgets(resultsWith(atBudget()));
    expect(checks).toHaveLength(BUDGETS.length);
    expect(checks.every((c) => c.ok)).toBe(true);
  });

  it('names a repeated figure whose median is over its budget', () => {
    const metrics = atBudget();
    metrics.fill_e2e_ms_40 = { median: 10.5, min: 8, max: 30, runs: 100, unit: 'ms' };
    const broken = checkBudgets(resultsWith(metrics)).filter((c) => !c.ok);
    expect(broken.map((c) => c.key)).toEqual(['fill_e2e_ms_40']);
    expect(broken[0].actual).toBe(10.5);
    expect(formatBudgetLine(broken[0])).toBe('BROKEN fill_e2e_ms_40: 10.5 ms (budget ≤ 10 ms)');
  });

  it('holds a zero budget strictly: one injected byte breaks it', () => {
    const metrics = atBudget();
    metrics.injected_bytes_unfilled_page = { value: 1, unit: 'bytes' };
    expect(checkBudgets(resultsWith(metrics)).filter((c) => !c.ok).map((c) => c.key)).toEqual(['injected_bytes_unfilled_page']);
  });

  it('counts a missing or non-numeric figure as broken', () => {
    const metrics = atBudget();
    delete metrics.recognition_median_ms;
    metrics.zip_bytes = { value: Number.NaN, unit: 'bytes' };
    const broken = checkBudgets(resultsWith(metrics)).filter((c) => !c.ok);
    expect(broken.map((c) => c.key).sort()).toEqual(['recognition_median_ms', 'zip_bytes']);
    expect(formatBudgetLine(broken.find((c) => c.key === 'recognition_median_ms')!)).toContain('missing');
  });

  it('holds the budgets the project states', () => {
    const max = Object.fromEntries(BUDGETS.map((b) => [b.key, b.max]));
    expect(max).toEqual({
      fill_ratio_40: 3,
      fill_e2e_ms_40: 10,
      fill_e2e_cold_ms_40: 40,
      injected_bytes_unfilled_page: 0,
      inject_script_gzip_bytes: 30 * 1024,
      zip_bytes: 3 * 1024 * 1024,
      recognition_median_ms: 20,
      popup_ready_ms: 100,
    });
  });
});
