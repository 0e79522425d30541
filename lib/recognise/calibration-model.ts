// The learned part of the calibration: how often a guess with these features was right on pages the
// classifier met for the first time. Weights come from `npm run train:calibration` (a logistic
// regression over guess-features.ts) and ship as JSON; nothing is fetched or learned at run time.

import model from './calibration-weights.json';
import { guessFeatures, type FormFacts, type GuessFacts } from './guess-features';

export interface CalibrationModel {
  /** Guesses whose probability of being right reaches this are ticked in advance. */
  threshold: number;
  weights: Record<string, number>;
}

export const CALIBRATION: CalibrationModel = { threshold: model.threshold, weights: model.weights };

/** The features that weigh most in the guess's probability, largest first: [name, weight × value]. */
export function weightiest(g: GuessFacts, form: FormFacts, position: number, count = 5, m: CalibrationModel = CALIBRATION): Array<[string, number]> {
  return [...guessFeatures(g, form, position)]
    .map(([name, value]): [string, number] => [name, (m.weights[name] ?? 0) * value])
    .filter(([, w]) => w !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, count);
}

/** Probability (0..1) that the guess's key and part are right. */
export function probabilityRight(g: GuessFacts, form: FormFacts, position: number, m: CalibrationModel = CALIBRATION): number {
  let z = 0;
  for (const [name, value] of guessFeatures(g, form, position)) z += (m.weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}
