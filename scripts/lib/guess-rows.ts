// Turns the guesses of one labelled page into rows for the learned calibration: the features of
// every keyed guess (lib/recognise/guess-features.ts) and whether its key and part were right.

import { factsOf, guessFeatures, readFormFacts, type GuessLike } from '../../lib/recognise/guess-features';
import { sameAnswer, type LabelFile } from './score-fields';

export interface GuessRow {
  /** The batch of pages and the classifier that guessed (leave-one-batch-out keeps batches apart). */
  batch: string;
  page: string;
  /** 1 when the key and part were right. */
  y: 0 | 1;
  /** The guess was ticked in advance by the calibration of the classifier that guessed. */
  pre: boolean;
  /** The reason the hand-written calibration gave for not ticking it, if any. */
  review: string | null;
  x: Record<string, number>;
}

export function guessRows(doc: Document, labels: LabelFile, guesses: Array<GuessLike & { preselect?: boolean }>, batch: string, page: string): GuessRow[] {
  const truth = new Map<Element, { key: string | null; part: unknown }>();
  for (const f of labels.fields) {
    let found: Element[] = [];
    try {
      found = Array.from(doc.querySelectorAll(f.selector));
    } catch {
      continue;
    }
    if (found.length === 1) truth.set(found[0], { key: f.key, part: f.part ?? null });
  }
  const anySide = labels.addressSide === 'any';
  const keyed = guesses.filter((g): g is GuessLike & { key: string; preselect?: boolean } => !!g.key);
  const facts = keyed.map(factsOf);
  const form = readFormFacts(facts);
  const rows: GuessRow[] = [];
  keyed.forEach((g, i) => {
    const t = truth.get(g.element);
    if (!t) return;
    const right = t.key !== null && sameAnswer(g.key, g.part, t.key, t.part, anySide);
    rows.push({ batch, page, y: right ? 1 : 0, pre: g.preselect === true, review: g.review ?? null, x: Object.fromEntries(guessFeatures(facts[i], form, i)) });
  });
  return rows;
}
