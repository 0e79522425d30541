import type { FieldTraits } from '../formats';
import type { FieldPart } from '../formats/parts';

// Plain, serialisable data exchanged between the background (which knows the profile) and the page
// agent (which knows the DOM). The page side never receives anything but selectors and the final
// value of each field it fills.

/** Why a recognised guess is not ticked in advance: the user is asked to look (「要確認」). */
export type ReviewReason = 'side-unknown' | 'caption-unclear' | 'person-unclear' | 'asked-twice' | 'low-confidence';

export type ControlKind = 'text' | 'textarea' | 'select' | 'radio' | 'checkbox' | 'date' | 'month';

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
  | 'changed'
  | 'user-value'
  | 'too-long'
  | 'pattern-mismatch';
// user-value: the field already holds something else (typed by the user or left by an earlier fill);
// too-long: the value is longer than the field's maxlength (reported as `limit`);
// pattern-mismatch: the value does not match the field's pattern attribute.

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
  /** Names the document (and the agent in it) that collected; insert is refused anywhere else. */
  token: string;
  fields: CollectedField[];
}

export type AgentRefusal = {
  ok: false;
  /** `stale`: an insert whose token is not this document's collect (the page navigated or reloaded). */
  error: 'wrong-page' | 'framed' | 'no-form' | 'bad-request' | 'stale' | 'frames-other-site';
};

export type FillAction =
  | { kind: 'text'; value: string }
  | { kind: 'select'; value: string }
  | { kind: 'radio'; value: string }
  | { kind: 'checkbox'; checked: boolean };

export interface PlannedField {
  /** The id the field was collected under: insert writes only the element collected for it. */
  id: string;
  selector: string;
  action: FillAction;
}

export interface InsertRequest {
  op: 'insert';
  expected: { origin: string; path: string };
  /** The token of the collect this plan was built from. */
  token: string;
  form?: string;
  fields: PlannedField[];
  /** Ids of fields whose current content the user chose to replace (「上書きして入力」). */
  overwrite?: string[];
}

export interface InsertedField {
  id: string;
  outcome: FieldOutcome;
  reason?: SkipReason;
  /** For `too-long`: the field's maxlength. */
  limit?: number;
}

/** A visible, enabled field of the form that is still empty after the fill and was not written. */
export interface LeftEmptyField {
  /** The caption as the page shows it (never a value). */
  caption: string;
  required: boolean;
}

export interface InsertResult {
  ok: true;
  fields: InsertedField[];
  leftEmpty: LeftEmptyField[];
}

export interface RecogniseRequest {
  op: 'recognise';
  expected: { origin: string; path: string };
  /** Origins of registered providers and official sites: a page framing one of them is refused. */
  guardedOrigins?: string[];
}

/** A field the classifier recognised on a page without a mapping (no values). */
export interface RecognisedField {
  selector: string;
  key: string | null;
  part?: FieldPart;
  confidence: number;
  /** Ticked in advance (the classifier's calibrated decision; absent: not ticked). */
  preselect?: boolean;
  /** Why the guess needs a look (side-unknown, caption-unclear, person-unclear, low-confidence). */
  review?: ReviewReason;
  label: string;
}

export interface RecogniseResult {
  ok: true;
  title: string;
  fields: RecognisedField[];
}

export interface OutlineRequest {
  op: 'outline';
  expected: { origin: string; path: string };
}

/** A form field as a bug report describes it: no value, only what the markup and captions say. */
export interface OutlinedField {
  tag: string;
  type: string;
  name?: string;
  id?: string;
  form?: string;
  caption: string;
  required: boolean;
}

export interface OutlineResult {
  ok: true;
  outline: OutlinedField[];
}

/** 「項目を割り当て」: start picking fields by the user's clicks, list the picks, or stop. */
export interface RecordRequest {
  op: 'record';
  expected: { origin: string; path: string };
  action: 'start' | 'list' | 'stop';
  /** The instruction shown on the page while recording (in the UI's language). */
  banner: string;
}

/** A field the user clicked while recording: where it is and what the page calls it, no value. */
export interface PickedField {
  selector: string;
  label: string;
  tag: string;
  type: string;
}

export interface RecordResult {
  ok: true;
  recording: boolean;
  picked: PickedField[];
}

export type AgentRequest = CollectRequest | InsertRequest | RecogniseRequest | OutlineRequest | RecordRequest;

export interface FieldReport {
  id: string;
  key: string;
  part?: FieldPart;
  /** The field's label on the page when known (recognised fields), else empty. */
  pageLabel?: string;
  outcome: FieldOutcome;
  reason?: SkipReason;
  limit?: number;
  guessed?: boolean;
}

/** The provider id of a fill that used the page's own recorded mapping (「項目を割り当て」). */
export const RECORDED_PROVIDER_ID = 'recorded';

export interface FillReport {
  providerId: string | null;
  providerLabel: string;
  pageTitle: string;
  url: string;
  at: string;
  fields: FieldReport[];
  counts: Record<FieldOutcome, number>;
  /** Fields of the form still empty that the fill did not write, required ones first. */
  leftEmpty: LeftEmptyField[];
}
