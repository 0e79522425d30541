// npm run train:calibration [-- ROWS.jsonl]
// Fits the learned calibration (lib/recognise/calibration-weights.json) on guesses made on pages the
// classifier met for the first time (rows written by scripts/dump-guesses.ts), and chooses the
// pre-tick threshold by leaving one batch out at a time: every batch is scored by a model that never
// saw it, and the threshold is the lowest whose pre-ticked guesses reach the target precision there.

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fitLogistic, type FitOptions } from './lib/logistic';
import { probabilityOf } from '../lib/recognise/calibration-model';
import type { GuessRow } from './lib/guess-rows';
import { preTicked } from '../lib/recognise/calibrate';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const ROWS = join(repoRoot, 'tests/fixtures/labels/calibration/first-contact.jsonl');
export const WEIGHTS = join(repoRoot, 'lib/recognise/calibration-weights.json');
export const FIT: FitOptions = { lambda: 0.01, minCount: 3 };
/** Pre-ticked guesses must be right this often on batches the model did not see. */
export const TARGET_PRECISION = 0.975;
const GRID = Array.from({ length: 30 }, (_, i) => Math.round((0.7 + i * 0.01) * 100) / 100);

export function readRows(file: string): GuessRow[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GuessRow);
}

export interface Heldout {
  row: GuessRow;
  p: number;
}

export function leaveOneBatchOut(rows: GuessRow[]): Heldout[] {
  const out: Heldout[] = [];
  for (const batch of [...new Set(rows.map((r) => r.batch))]) {
    const weights = fitLogistic(rows.filter((r) => r.batch !== batch), FIT);
    for (const row of rows.filter((r) => r.batch === batch)) out.push({ row, p: probabilityOf(Object.entries(row.x), weights) });
  }
  return out;
}

export function ticked(held: Heldout[], threshold: number): { right: number; ticked: number } {
  const t = held.filter((h) => preTicked(h.p, h.row.review, threshold));
  return { right: t.filter((h) => h.row.y).length, ticked: t.length };
}

export function chooseThreshold(held: Heldout[]): number {
  for (const t of GRID) {
    const { right, ticked: n } = ticked(held, t);
    if (n && right / n >= TARGET_PRECISION) return t;
  }
  return GRID[GRID.length - 1];
}

function auc(pairs: Array<{ p: number; y: number }>): number {
  const sorted = [...pairs].sort((a, b) => a.p - b.p);
  let neg = 0, pos = 0, sum = 0;
  for (const s of sorted) {
    if (s.y) { sum += neg; pos++; } else neg++;
  }
  return pos && neg ? sum / (pos * neg) : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = resolve(process.argv[2] ?? ROWS);
  const rows = readRows(file);
  const held = leaveOneBatchOut(rows);
  const threshold = chooseThreshold(held);
  const weights = fitLogistic(rows, FIT);
  writeFileSync(WEIGHTS, JSON.stringify({ threshold, rows: rows.length, weights }, null, 1) + '\n');
  const hand = rows.filter((r) => r.pre);
  const lines = [
    `${rows.length} guesses (${rows.filter((r) => !r.y).length} wrong) in ${new Set(rows.map((r) => r.batch)).size} batches, ${new Set(rows.map((r) => r.page)).size} pages`,
    `each batch scored by a model fitted without it: AUC ${auc(held.map((h) => ({ p: h.p, y: h.row.y }))).toFixed(3)} (the hand-written confidence: ${auc(held.map((h) => ({ p: h.row.x.confidence ?? 0, y: h.row.y }))).toFixed(3)})`,
    `pre-ticked by the classifier that guessed: ${hand.filter((r) => r.y).length} of ${hand.length} right`,
    ...[0.8, 0.85, 0.9, threshold, 0.95].filter((t, i, a) => a.indexOf(t) === i).sort().map((t) => {
      const { right, ticked: n } = ticked(held, t);
      return `threshold ${t.toFixed(2)}${t === threshold ? ' (chosen)' : ''}: ${right} of ${n} pre-ticked right (${(right / Math.max(1, n)).toFixed(3)})`;
    }),
    `weights: ${Object.keys(weights).length} features → ${WEIGHTS.replace(repoRoot + '/', '')}`,
  ];
  console.log(lines.join('\n'));
}
