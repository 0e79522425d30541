import type { FieldPart } from '../profile/keys';
import type { Control } from './collect-controls';
import type { FieldContext } from './field-context';
import type { Interpretation } from './interpret-field';
import type { RuleId } from './rules';

/** A field on its way through classification; the resolvers fill in `key` and `part`. */
export interface Candidate {
  index: number;
  control: Control;
  context: FieldContext;
  interp: Interpretation;
  form: Element | null;
  /** Set when the field must get no key whatever it reads like (concealed, honeypot). */
  excluded?: string;
  /** Scope of the value: the user, a household member, or someone else. */
  scope: 'main' | 'household' | 'other';
  householdIndex?: number;
  /** Address side once resolved. */
  side?: 'old' | 'new';
  /** Bits of the address this field takes once resolved. */
  addressParts?: number;
  part?: FieldPart;
  key: string | null;
  confidence: number;
  evidence: string[];
  /** Ids of the rules that fired, in order. */
  rules: RuleId[];
}

/** Records that a rule decided something about the candidate. */
export function fire(c: Candidate, rule: RuleId): void {
  if (!c.rules.includes(rule)) c.rules.push(rule);
}

export function maxLength(c: Candidate): number | null {
  const v = c.control.element.getAttribute('maxlength');
  return v && /^\d+$/.test(v) ? Number(v) : null;
}

/** Two boxes of one form side by side: one caption group, or the same parent or grandparent. */
export function together(prev: Candidate, c: Candidate): boolean {
  const a = prev.control.element;
  const b = c.control.element;
  return prev.form === c.form && (prev.context.group === c.context.group || a.parentElement === b.parentElement || a.parentElement?.parentElement === b.parentElement?.parentElement);
}
