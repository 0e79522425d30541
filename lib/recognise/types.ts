import type { ReviewReason } from '../plan/types';
import type { FieldPart } from '../profile/keys';
import type { RuleId } from './rules';

/** One fillable field of a page and the profile key the classifier reads in it. */
export interface ClassifiedField {
  element: HTMLElement;
  /** CSS selector that matches exactly this element in its document. */
  selector: string;
  /** Canonical profile key, or null when no profile value belongs in the field. */
  key: string | null;
  part?: FieldPart;
  /**
   * 0..1. For a key: the learned probability that key and part are right (calibration-model.ts);
   * keys at or above PRESELECT_PROBABILITY with no other review reason are pre-ticked. For null:
   * how sure it is that nothing belongs in the field.
   */
  confidence: number;
  /** Ticked in advance: a key whose confidence clears the threshold and that needs no look. */
  preselect: boolean;
  /** Why a keyed guess is not ticked in advance (shown as 要確認 with this reason). */
  review?: ReviewReason;
  /** The caption a person would read for the field (may be empty). */
  label: string;
  /** Short reasons, e.g. `label:郵便番号`, `name:zip01`, `section:new`, `structure:afterPrefecture`. */
  evidence: string[];
  /** Ids of the rules that fired (see RULES in rules.ts). */
  rules: RuleId[];
}

/**
 * side-unknown: nothing says whether the address is the old or the new home;
 * caption-unclear: the field's own caption does not say what it asks (only its name, type or place);
 * person-unclear: another person's row on a page that says nothing of a move or a household (a
 *   companion on a booking may be anyone);
 * asked-twice: the same value (key and part) was guessed for an earlier box of the same form; one of
 *   the two may be someone else's;
 * low-confidence: the evidence is weak or split.
 */
export type { ReviewReason } from '../plan/types';

export interface ClassifyOptions {
  /** When given, fields for which it returns false are left out of the result. */
  isVisible?: (el: Element) => boolean;
  /**
   * Keep the hand-written verdicts and skip the learned calibration (for the tools that gather its
   * training rows: the model reads the hand-written verdict).
   */
  handCalibration?: boolean;
}
