import type { FieldPart } from '../profile/keys';

/** One fillable field of a page and the profile key the classifier reads in it. */
export interface ClassifiedField {
  element: HTMLElement;
  /** CSS selector that matches exactly this element in its document. */
  selector: string;
  /** Canonical profile key, or null when no profile value belongs in the field. */
  key: string | null;
  part?: FieldPart;
  /** 0..1: how strongly the evidence supports `key` (or, for null, that the field takes nothing). */
  confidence: number;
  /** The caption a person would read for the field (may be empty). */
  label: string;
  /** Short reasons, e.g. `label:郵便番号`, `name:zip01`, `section:new`, `structure:afterPrefecture`. */
  evidence: string[];
}

export interface ClassifyOptions {
  /** When given, fields for which it returns false are left out of the result. */
  isVisible?: (el: Element) => boolean;
}
