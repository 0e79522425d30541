import type { AgentRefusal, InsertRequest, InsertResult, InsertedField, PlannedField } from '../plan/types';
import { checkPage } from './page-guard';
import { controlKind, resolveField, resolveScope, type FormControl } from './resolve-field';
import { blockedReason } from './field-state';
import { isChoiceVisible, withHitTesting } from './visibility';
import { writeChecked, writeSelect, writeText } from './write-value';

type Checked = { field: PlannedField; target: FormControl; write: () => boolean } | { result: InsertedField };

/** Resolves and checks one field without writing: all reads happen before any write, so the page is
 * laid out once rather than after every value. */
function check(field: PlannedField, scope: Element | null): Checked {
  const skip = (reason: InsertedField['reason']): Checked => ({ result: { id: field.id, outcome: 'skipped', reason } });
  const found = resolveField(document, [field.selector], scope);
  if (found.status === 'not-found') return { result: { id: field.id, outcome: 'not-found' } };
  if (found.status !== 'found') return skip(found.status);
  const elements: FormControl[] = found.elements;
  const { action } = field;

  if (action.kind === 'radio') {
    const radio = (elements as HTMLInputElement[]).find((r) => r.value === action.value);
    if (!radio) return skip('no-option');
    if (radio.disabled || radio.matches(':disabled')) return skip('disabled');
    if (!isChoiceVisible(radio)) return skip('not-visible');
    return { field, target: radio, write: () => (writeChecked(radio, true), true) };
  }

  const el = elements[0];
  const kind = controlKind(el);
  if (elements.length !== 1 || kind === 'unsupported' || kind === 'radio') return skip('unsupported');
  const blocked = blockedReason([el]);
  if (blocked) return skip(blocked);

  if (action.kind === 'checkbox' && kind === 'checkbox') return { field, target: el, write: () => (writeChecked(el as HTMLInputElement, action.checked), true) };
  if (action.kind === 'select' && el instanceof HTMLSelectElement) {
    if (!Array.from(el.options).some((o) => o.value === action.value)) return skip('no-option');
    return { field, target: el, write: () => writeSelect(el, action.value) };
  }
  if (action.kind === 'text' && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) {
    return { field, target: el, write: () => (writeText(el, action.value), true) };
  }
  return skip('changed');
}

/** Writes the planned values. Each field is resolved and checked again: the page may have changed
 * since it was collected. */
export function insertFields(request: InsertRequest): InsertResult | AgentRefusal {
  const refusal = checkPage(request.expected);
  if (refusal) return refusal;
  const scope = resolveScope(document, request.form);
  if (scope === undefined) return { ok: false, error: 'no-form' };
  const checked = withHitTesting(document, () => request.fields.map((f) => check(f, scope)));
  const fields = checked.map((c): InsertedField => {
    if ('result' in c) return c.result;
    // The page's own handlers may have removed or disabled the field while earlier ones were written.
    if (!c.target.isConnected || c.target.disabled) return { id: c.field.id, outcome: 'skipped', reason: 'changed' };
    return c.write() ? { id: c.field.id, outcome: 'filled' } : { id: c.field.id, outcome: 'skipped', reason: 'no-option' };
  });
  return { ok: true, fields };
}
