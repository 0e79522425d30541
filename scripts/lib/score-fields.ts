// Scores classifier predictions against a labelled page (label format: ../shared/spec/profile-keys.md).
//
// Per labelled field, with truth K/P and prediction K'/P':
//   K non-null, K'/P' = K/P          → true positive
//   K non-null, K' non-null, ≠ K/P   → false positive and false negative (an old/new swap also
//                                      counts as a mix-up)
//   K non-null, K' null              → false negative
//   K null, K' non-null              → false positive
//   K null, K' null                  → correct, not counted
// A predicted field with a key that no label names counts as a false positive (the labels are meant
// to cover every fillable field). On pages labelled "addressSide": "any", oldAddress.X and
// newAddress.X are the same answer.

export interface LabelledField {
  selector: string;
  key: string | null;
  part?: number | string | null;
}

export interface LabelFile {
  page?: string;
  source?: string;
  addressSide?: 'any';
  notes?: string;
  fields: LabelledField[];
}

export interface Prediction {
  element: Element;
  selector: string;
  key: string | null;
  part?: number | string | null;
  /** Ticked in the popup without the user's look (counted for the precision of pre-ticked guesses). */
  preselect?: boolean;
  confidence?: number;
}

export interface FieldError {
  selector: string;
  expected: string;
  predicted: string;
  kind: 'fp' | 'fn' | 'fp+fn' | 'unlabelled';
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  mixups: number;
  labelled: number;
  /** Pre-ticked guesses with a key that were right / wrong. */
  preRight: number;
  preWrong: number;
  /** Every keyed guess with its confidence and whether it was right (for choosing the threshold). */
  keyed: Array<{ confidence: number; right: boolean }>;
  errors: FieldError[];
  problems: string[];
}

function show(key: string | null, part?: number | string | null): string {
  return key === null ? 'null' : part === undefined || part === null ? key : `${key}#${part}`;
}

function sideless(key: string): string {
  return key.replace(/^(?:old|new)Address\./, 'address.');
}

/** A predicted key and part are the labelled ones (on an "any"-side page, either home's address part). */
export function sameAnswer(predKey: string, predPart: unknown, truth: string, truthPart: unknown, anySide: boolean): boolean {
  const sameKey = predKey === truth || (anySide && sideless(predKey) === sideless(truth));
  return sameKey && String(predPart ?? null) === String(truthPart ?? null);
}

export function scorePage(doc: Document, labels: LabelFile, predictions: Prediction[]): PageScore {
  const score: PageScore = { tp: 0, fp: 0, fn: 0, mixups: 0, labelled: 0, preRight: 0, preWrong: 0, keyed: [], errors: [], problems: [] };
  const byElement = new Map<Element, Prediction>();
  for (const p of predictions) byElement.set(p.element, p);
  const labelled = new Set<Element>();
  const anySide = labels.addressSide === 'any';

  for (const field of labels.fields) {
    let matches: Element[];
    try {
      matches = Array.from(doc.querySelectorAll(field.selector));
    } catch {
      score.problems.push(`invalid selector ${field.selector}`);
      continue;
    }
    if (matches.length !== 1) {
      score.problems.push(`label selector ${field.selector} matches ${matches.length} elements`);
      continue;
    }
    const el = matches[0];
    labelled.add(el);
    score.labelled++;
    const truth = field.key;
    const truthPart = field.part ?? null;
    const pred = byElement.get(el);
    const predKey = pred?.key ?? null;
    const predPart = pred?.part ?? null;
    const expected = show(truth, truthPart);
    const predicted = show(predKey, predPart);
    const preselected = predKey !== null && pred?.preselect === true;
    const note = (right: boolean) => {
      if (predKey !== null) score.keyed.push({ confidence: pred?.confidence ?? 0, right });
    };
    if (truth === null) {
      if (predKey !== null) {
        if (preselected) score.preWrong++;
        note(false);
        score.fp++;
        score.errors.push({ selector: field.selector, expected, predicted, kind: 'fp' });
      }
      continue;
    }
    if (predKey === null) {
      score.fn++;
      score.errors.push({ selector: field.selector, expected, predicted, kind: 'fn' });
      continue;
    }
    if (sameAnswer(predKey, predPart, truth, truthPart, anySide)) {
      score.tp++;
      note(true);
      if (preselected) score.preRight++;
      continue;
    }
    if (preselected) score.preWrong++;
    note(false);
    score.fp++;
    score.fn++;
    score.errors.push({ selector: field.selector, expected, predicted, kind: 'fp+fn' });
    if (!anySide && predKey !== truth && sideless(predKey) === sideless(truth) && /Address\./.test(truth)) score.mixups++;
  }

  for (const p of predictions) {
    if (labelled.has(p.element)) continue;
    if (p.key !== null) {
      score.fp++;
      if (p.preselect) score.preWrong++;
      score.keyed.push({ confidence: p.confidence ?? 0, right: false });
      score.errors.push({ selector: p.selector, expected: '(unlabelled)', predicted: show(p.key, p.part), kind: 'unlabelled' });
    }
    score.problems.push(`field ${p.selector} has no label`);
  }
  return score;
}

export function ratios(s: { tp: number; fp: number; fn: number }): { precision: number; recall: number; f1: number } {
  const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
