import type { AgentRefusal, InsertRequest, InsertResult, InsertedField, PlannedField } from '../plan/types';
import { checkPage } from './page-guard';
import { controlKind, resolveField, resolveScope, type FormControl } from './resolve-field';
import { isChoiceVisible, isVisible } from './visibility';
import { writeChecked, writeSelect, writeText } from './write-value';

function insertOne(field: PlannedField, scope: Element | null): InsertedField {
  const found = resolveField(document, [field.selector], scope);
  if (found.status === 'not-found') return { id: field.id, outcome: 'not-found' };
  if (found.status !== 'found') return { id: field.id, outcome: 'skipped', reason: found.status };
  const elements: FormControl[] = found.elements;
  const { action } = field;

  if (action.kind === 'radio') {
    const radio = (elements as HTMLInputElement[]).find((r) => r.value === action.value);
    if (!radio) return { id: field.id, outcome: 'skipped', reason: 'no-option' };
    if (radio.disabled || radio.matches(':disabled')) return { id: field.id, outcome: 'skipped', reason: 'disabled' };
    if (!isChoiceVisible(radio)) return { id: field.id, outcome: 'skipped', reason: 'not-visible' };
    writeChecked(radio, true);
    return { id: field.id, outcome: 'filled' };
  }

  const el = elements[0];
  const kind = controlKind(el);
  if (elements.length !== 1 || kind === 'unsupported' || kind === 'radio') {
    return { id: field.id, outcome: 'skipped', reason: 'unsupported' };
  }
  if (el.disabled || el.matches(':disabled')) return { id: field.id, outcome: 'skipped', reason: 'disabled' };
  if (!(el instanceof HTMLSelectElement) && el.readOnly) return { id: field.id, outcome: 'skipped', reason: 'read-only' };
  const visible = kind === 'checkbox' ? isChoiceVisible(el as HTMLInputElement) : isVisible(el);
  if (!visible) return { id: field.id, outcome: 'skipped', reason: 'not-visible' };

  if (action.kind === 'checkbox' && kind === 'checkbox') {
    writeChecked(el as HTMLInputElement, action.checked);
    return { id: field.id, outcome: 'filled' };
  }
  if (action.kind === 'select' && el instanceof HTMLSelectElement) {
    return writeSelect(el, action.value)
      ? { id: field.id, outcome: 'filled' }
      : { id: field.id, outcome: 'skipped', reason: 'no-option' };
  }
  if (action.kind === 'text' && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) {
    writeText(el, action.value);
    return { id: field.id, outcome: 'filled' };
  }
  return { id: field.id, outcome: 'skipped', reason: 'changed' };
}

/** Writes the planned values. Each field is resolved and checked again: the page may have changed
 * since it was collected. */
export function insertFields(request: InsertRequest): InsertResult | AgentRefusal {
  const refusal = checkPage(request.expected);
  if (refusal) return refusal;
  const scope = resolveScope(document, request.form);
  if (scope === undefined) return { ok: false, error: 'no-form' };
  return { ok: true, fields: request.fields.map((f) => insertOne(f, scope)) };
}
