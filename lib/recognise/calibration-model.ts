// The learned part of the calibration: how often a guess with these features was right on pages the
// classifier met for the first time. Weights come from `npm run train:calibration` (a logistic
// regression over guess-features.ts) and ship as JSON; nothing is fetched or learned at run time.

import model from './calibration-weights.json';

export interface CalibrationModel {
  /** Guesses whose probability of being right reaches this are ticked in advance. */
  threshold: number;
  weights: Record<string, number>;
}

export const CALIBRATION: CalibrationModel = { threshold: model.threshold, weights: model.weights };

/** Probability (0..1) the weights give to named features (absent weights count 0). */
export function probabilityOf(features: Iterable<[string, number]>, weights: Record<string, number>): number {
  let z = 0;
  for (const [name, value] of features) z += (weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

/** The features that weigh most in that probability, largest first: [name, weight × value]. */
export function weightiest(features: Iterable<[string, number]>, weights: Record<string, number>, count = 5): Array<[string, number]> {
  return [...features]
    .map(([name, value]): [string, number] => [name, (weights[name] ?? 0) * value])
    .filter(([, w]) => w !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, count);
}
