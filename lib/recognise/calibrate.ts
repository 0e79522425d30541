// From the evidence of a guess to the figure the popup acts on: a confidence, whether the guess is
// ticked in advance, and, when it is not, the reason the user is asked to look. Two stages: the
// hand-written verdict (reasons that always hold a guess back, and a first confidence), then the
// learned probability that the guess is right, which decides the rest.

import type { Candidate } from './candidate';
import { CALIBRATION, probabilityOf, weightiest, type CalibrationModel } from './calibration-model';
import { factsOf, guessFeatures, isCaptionEvidence, readFormFacts } from './guess-features';
import type { ClassifiedField, ReviewReason } from './types';

/**
 * The hand-written verdict's own threshold: keys at or above it were pre-ticked before the learned
 * calibration, and the model reads which side of it a guess fell.
 */
export const PRESELECT_CONFIDENCE = 0.6;

/** The learned calibration's pre-tick threshold (chosen by `npm run train:calibration`). */
export const PRESELECT_PROBABILITY = CALIBRATION.threshold;

export interface Verdict {
  confidence: number;
  preselect: boolean;
  review?: ReviewReason;
}

/**
 * Keys whose guesses were right far less often than the rest on pages gathered after the rules were
 * written (RESULTS.md, method notes): a second phone is often someone else's or a former number, and
 * a contract number often another company's. Their confidence stays under the pre-tick threshold.
 */
const KEY_CEILING: Record<string, number> = { phoneAlt: 0.55, 'provider.customerNumber': 0.5 };

/** Words of a page or block about moving or a household: other people's rows there are the user's household. */
const HOUSEHOLD_TOPIC = /転出|転入|転居|引(?:っ)?越|移住|移転|世帯|同居|異動|住所変更|住民/;

/** 会員IDの追加, メンバー追加, 利用者を追加: a page for adding another person to an account, not signing up. */
const ADDS_PERSON = /(?:会員|メンバー|ユーザー?|利用者|ご?家族|子|アカウント)(?:ID|ｉｄ)?(?:の|を)?(?:新規)?追加/i;

export interface PageTopic {
  /** The page's headings speak of a move or a household. */
  household: boolean;
  /** The page as a whole (title, h1, current step) is for adding another person to an account. */
  addsPerson: boolean;
}

export function readPageTopic(outline: string[], main: string[] = []): PageTopic {
  return { household: outline.some((h) => HOUSEHOLD_TOPIC.test(h)), addsPerson: main.some((h) => ADDS_PERSON.test(h)) };
}

/** Keys of the user's own person (name, birth, contact, address), not of a provider or the move. */
const OWN_PERSON_KEY = /^(?:name\.|birthDate|gender|phone|email|(?:old|new)Address\.)/;

const round = (n: number) => Math.round(Math.max(0.05, Math.min(0.99, n)) * 100) / 100;

/**
 * `repeated`: the same key and part was guessed for an earlier box of the same form. On pages met for
 * the first time such a second guess was mostly another person's block (RESULTS.md, method notes).
 */
export function calibrate(c: Candidate, key: string | null, page: PageTopic, repeated = false): Verdict {
  if (!key) {
    // For a field left alone, confidence says how sure it is that nothing belongs there.
    const raw = c.confidence;
    const sure = c.excluded ? 0.95 : c.scope === 'other' ? 0.7 : c.interp.type === 'none' ? Math.max(raw, 0.6) : c.interp.type ? 0.3 : 0.5;
    return { confidence: round(sure), preselect: false };
  }
  let confidence = c.confidence || 0.3;
  let review: ReviewReason | undefined;
  if (c.rules.includes('side.unknown') || c.rules.includes('side.block-order')) {
    review = 'side-unknown';
    confidence = Math.min(confidence, 0.2);
  } else if (!c.evidence.some(isCaptionEvidence)) {
    // Resting on no caption a person reads, only on names and layout.
    review = 'caption-unclear';
    confidence = Math.min(confidence, 0.45);
  } else if (key.startsWith('household[') && !page.household && !c.context.sections.some((s) => HOUSEHOLD_TOPIC.test(s.text))) {
    // 同行者 on a tour booking, 所有者 on a purchase: another person, not known to move with the user.
    review = 'person-unclear';
    confidence = Math.min(confidence, 0.45);
  } else if (page.addsPerson && OWN_PERSON_KEY.test(key)) {
    // 会員IDの追加: the person described is most often someone the account holder adds.
    review = 'person-unclear';
    confidence = Math.min(confidence, 0.45);
  } else if (repeated) {
    review = 'asked-twice';
    confidence = Math.min(confidence, 0.45);
  }
  const ceiling = KEY_CEILING[key];
  if (ceiling !== undefined) confidence = Math.min(confidence, ceiling);
  confidence = round(confidence);
  if (!review && confidence < PRESELECT_CONFIDENCE) review = 'low-confidence';
  return review ? { confidence, preselect: false, review } : { confidence, preselect: true };
}

/**
 * Reasons that hold whatever the model says: the side, the caption or the person is not known, or
 * the value was asked before. Only `low-confidence` is the model's to decide.
 */
export function preTicked(probability: number, review: string | null | undefined, threshold: number): boolean {
  return (!review || review === 'low-confidence') && probability >= threshold;
}

/** Hundredths, rounded down: a figure shown at the threshold is one that cleared it. */
const floorFigure = (n: number) => Math.floor(n * 100) / 100;

/** The features and learned probability of every keyed field of one page, in reading order. */
function learned(fields: ClassifiedField[], model: CalibrationModel) {
  const keyed = fields.filter((f): f is ClassifiedField & { key: string } => f.key !== null);
  const facts = keyed.map(factsOf);
  const form = readFormFacts(facts);
  return keyed.map((field, i) => {
    const features = guessFeatures(facts[i], form, i);
    return { field, features, p: probabilityOf(features, model.weights) };
  });
}

/**
 * Replaces the hand-written confidence of every keyed guess of one page by the learned probability
 * that it is right, and ticks in advance the guesses that clear the model's threshold.
 */
export function applyLearnedCalibration(fields: ClassifiedField[], model: CalibrationModel = CALIBRATION): void {
  for (const { field: f, p } of learned(fields, model)) {
    const ceiling = KEY_CEILING[f.key];
    const capped = ceiling === undefined ? p : Math.min(p, ceiling);
    const held = f.review && f.review !== 'low-confidence' ? f.review : undefined;
    const confidence = held ? Math.min(capped, f.confidence) : capped;
    f.preselect = preTicked(confidence, held, model.threshold);
    f.confidence = Math.max(0.05, Math.min(0.99, floorFigure(confidence)));
    if (f.preselect) delete f.review;
    else f.review = held ?? 'low-confidence';
  }
}

/**
 * For `npm run draft -- --explain`: per keyed field (classified with the hand-written verdicts, before
 * applyLearnedCalibration), a line saying what the learned calibration makes of it and which features
 * weigh most.
 */
export function describeCalibration(handFields: ClassifiedField[], model: CalibrationModel = CALIBRATION): Map<HTMLElement, string> {
  const lines = new Map<HTMLElement, string>();
  for (const { field: f, features, p } of learned(handFields, model)) {
    const weights = weightiest(features, model.weights).map(([name, w]) => `${name} ${w > 0 ? '+' : '−'}${Math.abs(w).toFixed(2)}`);
    lines.set(f.element, `learned ${floorFigure(p).toFixed(2)} (ticks at ${model.threshold}), hand-written ${f.confidence.toFixed(2)}${f.review ? ` ${f.review}` : ''}; weighs most: ${weights.join(' · ')}`);
  }
  return lines;
}
