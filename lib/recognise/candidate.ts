import type { FieldPart } from '../profile/keys';
import type { Control } from './collect-controls';
import type { FieldContext } from './field-context';
import type { Interpretation } from './interpret-field';
import type { RuleId } from './rules';
import { SHOWN_CONTROLS } from './element-text';

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

/** Where a person reads a field's caption: its label, the words before it, its row header, its placeholder. */
export const VISIBLE_CAPTION_KINDS: ReadonlySet<string> = new Set(['label', 'before', 'header', 'placeholder']);

/** The words written for a field itself (caption, label, placeholder…), not notes and words after it. */
export function ownCaptions(c: Candidate): string[] {
  return c.context.texts.filter((t) => t.kind !== 'note' && t.kind !== 'after').map((t) => t.text);
}

/** The captions written at a field itself: its label, the words before it and its row header. */
export function writtenCaptions(c: Candidate): string[] {
  return c.context.texts.filter((t) => t.kind === 'label' || t.kind === 'before' || t.kind === 'header').map((t) => t.text);
}

/** A field's own captions and the headings above it. */
export function captionsAndHeadings(c: Candidate): string[] {
  return [...ownCaptions(c), ...c.context.sections.map((s) => s.text)];
}

/** The smallest element holding both boxes, unless that is the whole form or page. */
export function smallestBlock(a: Element, b: Element): Element | null {
  let common: Element | null = a.parentElement;
  while (common && !common.contains(b)) common = common.parentElement;
  return !common || common.tagName === 'FORM' || common.tagName === 'BODY' ? null : common;
}

/** The smallest block holding both boxes when it holds no other box; null otherwise. */
export function pairBlock(a: Element, b: Element): Element | null {
  const block = smallestBlock(a, b);
  return block && block.querySelectorAll(SHOWN_CONTROLS).length === 2 ? block : null;
}

/** [post1] [post2] [郵便番号検索], each in a column of its own: the block holding both holds no other box. */
export function aloneTogether(prev: Candidate, c: Candidate): boolean {
  // Rows under headers of their own (電話番号 | それ以降) are two rows, however few boxes the table holds.
  const header = (x: Candidate) => x.context.texts.find((t) => t.kind === 'header')?.text;
  if (header(c) !== undefined && header(c) !== header(prev)) return false;
  return !!pairBlock(prev.control.element, c.control.element);
}

const REQUIRED_MARK = /必須|※|＊|\*|required/i;

/** hissu, is-required, must: a class that draws the required mark with a stylesheet. */
const REQUIRED_CLASS = /hissu|(?:^|[-_])(?:required?|must)(?:$|[-_])/i;
const OPTIONAL_CLASS = /nini|optional|(?:^|[-_])(?:any|free)(?:$|[-_])/i;

/** <td class="hissu">[ ]</td> or <th class="required">会社名</th>: the cell or its row is styled as required. */
function styledRequired(c: Candidate): boolean {
  const cells = [c.control.element.closest('td, dd, th'), c.control.element.closest('tr'), c.context.header];
  return cells.some((el) => {
    const tokens = (el?.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    return tokens.some((t) => REQUIRED_CLASS.test(t)) && !tokens.some((t) => OPTIONAL_CLASS.test(t));
  });
}

/** The box must be filled: its attribute says so, a mark (必須, ※, *) beside its caption, or its cell's style. */
export function isRequired(c: Candidate): boolean {
  return c.control.element.hasAttribute('required') || c.control.element.getAttribute('aria-required') === 'true' || c.context.texts.some((t) => (t.kind === 'label' || t.kind === 'header' || t.kind === 'before' || t.kind === 'placeholder') && REQUIRED_MARK.test(t.text)) || styledRequired(c);
}
