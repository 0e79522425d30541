import type { ReviewReason } from '../recognise/types';
import type { FieldTraits } from '../formats';
import type { FieldPart } from '../profile/keys';

// Plain, serialisable data exchanged between the background (which knows the profile) and the page
// agent (which knows the DOM). The page side never receives anything but selectors and the final
// value of each field it fills.

export type ControlKind = 'text' | 'textarea' | 'select' | 'radio' | 'checkbox' | 'date';

export type SkipReason =
  | 'no-value'
  | 'no-option'
  | 'disabled'
  | 'read-only'
  | 'not-visible'
  | 'ambiguous'
  | 'outside-form'
  | 'unsupported'
  | 'not-confirmed'
  | 'changed';

export type FieldOutcome = 'filled' | 'not-found' | 'skipped';

export interface CollectRequest {
  op: 'collect';
  /** origin + pathname the agent must still be on. */
  expected: { origin: string; path: string };
  form?: string;
  fields: { id: string; selectors: string[] }[];
}

export interface CollectedField {
  id: string;
  status: 'found' | 'not-found' | 'ambiguous' | 'outside-form';
  selector?: string;
  control?: ControlKind;
  blocked?: 'disabled' | 'read-only' | 'not-visible' | 'unsupported';
  traits?: FieldTraits;
}

export interface CollectResult {
  ok: true;
  url: string;
  fields: CollectedField[];
}

export type AgentRefusal = { ok: false; error: 'wrong-page' | 'framed' | 'no-form' | 'bad-request' };

export type FillAction =
  | { kind: 'text'; value: string }
  | { kind: 'select'; value: string }
  | { kind: 'radio'; value: string }
  | { kind: 'checkbox'; checked: boolean };

export interface PlannedField {
  id: string;
  selector: string;
  action: FillAction;
}

export interface InsertRequest {
  op: 'insert';
  expected: { origin: string; path: string };
  form?: string;
  fields: PlannedField[];
}

export interface InsertedField {
  id: string;
  outcome: FieldOutcome;
  reason?: SkipReason;
}

export interface InsertResult {
  ok: true;
  fields: InsertedField[];
}

export interface RecogniseRequest {
  op: 'recognise';
  expected: { origin: string; path: string };
}

/** A field the classifier recognised on a page without a mapping (no values). */
export interface RecognisedField {
  selector: string;
  key: string | null;
  part?: FieldPart;
  confidence: number;
  /** Ticked in advance (the classifier's calibrated decision). */
  preselect: boolean;
  /** Why the guess needs a look (side-unknown, caption-unclear, low-confidence). */
  review?: ReviewReason;
  label: string;
}

export interface RecogniseResult {
  ok: true;
  title: string;
  fields: RecognisedField[];
}

export type AgentRequest = CollectRequest | InsertRequest | RecogniseRequest;

export interface FieldReport {
  id: string;
  key: string;
  part?: FieldPart;
  /** The field's label on the page when known (recognised fields), else empty. */
  pageLabel?: string;
  outcome: FieldOutcome;
  reason?: SkipReason;
  guessed?: boolean;
}

export interface FillReport {
  providerId: string | null;
  providerLabel: string;
  pageTitle: string;
  url: string;
  at: string;
  fields: FieldReport[];
  counts: Record<FieldOutcome, number>;
}
