// The shipped weights of the learned calibration are what `npm run train:calibration` gives on the
// committed rows, and its threshold is the one that reaches the target precision on batches left
// out of the fit.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../../../scripts/lib/logistic';
import { chooseThreshold, FIT, leaveOneBatchOut, readRows, ROWS, TARGET_PRECISION, ticked, WEIGHTS } from '../../../scripts/train-calibration';

describe('the learned calibration’s weights', () => {
  const shipped = JSON.parse(readFileSync(WEIGHTS, 'utf8')) as { threshold: number; rows: number; weights: Record<string, number> };
  const rows = readRows(ROWS);

  it('were fitted on the committed rows of guesses made on pages met for the first time', () => {
    expect(rows.length).toBe(shipped.rows);
    expect(rows.some((r) => r.y === 0)).toBe(true);
    expect(new Set(rows.map((r) => r.batch)).size).toBeGreaterThanOrEqual(3);
    expect(fitLogistic(rows, FIT)).toEqual(shipped.weights);
  }, 60_000);

  it('tick guesses at the shipped threshold that were right at the target rate on every batch left out in turn', () => {
    const held = leaveOneBatchOut(rows);
    expect(chooseThreshold(held)).toBe(shipped.threshold);
    const { right, ticked: n } = ticked(held, shipped.threshold);
    expect(right / n).toBeGreaterThanOrEqual(TARGET_PRECISION);
    // Control: without the model (every guess the classifier ticked itself) the rate is lower.
    const hand = rows.filter((r) => r.pre);
    expect(hand.filter((r) => r.y).length / hand.length).toBeLessThan(TARGET_PRECISION);
    // One fit per batch left out: about two minutes for forty batches on two busy cores, growing with
    // every batch of first-contact guesses added.
  }, 300_000);
});
