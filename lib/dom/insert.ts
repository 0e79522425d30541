import type { AgentRefusal, InsertRequest, InsertResult, InsertedField, PlannedField } from '../plan/types';
import { allCollected, collectedElements, documentToken } from './collected';
import { blockedReason } from './field-state';
import { findLeftEmpty, leftEmptyScopes } from './left-empty';
import { clearOutlines, outlineGroups } from './outline';
import { checkPage } from './page-guard';
import { controlKind, resolveScope, type FormControl } from './resolve-field';
import { forgetMeasurements, isChoiceVisible, measureFields, measuredRoots, withHitTesting } from './visibility';
import { watchPage } from './page-watch';
import { reuseView } from './measured-view';
import { writeChecked, writeSelect, writeText } from './write-value';
import { holdsOwnText } from './own-text';

type Outcome = Omit<InsertedField, 'id'>;

const FILLED: Outcome = { outcome: 'filled' };
const skip = (reason: InsertedField['reason'], limit?: number): Outcome =>
  limit === undefined ? { outcome: 'skipped', reason } : { outcome: 'skipped', reason, limit };

/** The option a select shows before anyone touches it. */
function defaultOption(el: HTMLSelectElement): HTMLOptionElement | undefined {
  const options = Array.from(el.options);
  return options.find((o) => o.defaultSelected) ?? options[0];
}

/** Whether a pattern attribute accepts the value (an invalid pattern is ignored, as browsers do). */
export function matchesPattern(pattern: string, value: string): boolean {
  if (!pattern) return true;
  for (const flags of ['v', 'u']) {
    try {
      return new RegExp(`^(?:${pattern})$`, flags).test(value);
    } catch {
      // try the next flag set; browsers compile with 'v' and older ones with 'u'
    }
  }
  return true;
}

/** Whether a text value fits the field; why not when it does not. Never truncates. */
export function textFit(el: HTMLInputElement | HTMLTextAreaElement, value: string): Outcome | null {
  if (el.maxLength > 0 && value.length > el.maxLength) return skip('too-long', el.maxLength);
  if (el instanceof HTMLInputElement && !matchesPattern(el.pattern, value)) return skip('pattern-mismatch');
  return null;
}

function writeRadio(elements: FormControl[], value: string, mayOverwrite: boolean, written: Set<Element>): Outcome {
  const radios = elements as HTMLInputElement[];
  const radio = radios.find((r) => r.value === value);
  if (!radio) return skip('no-option');
  if (radio.disabled || radio.matches(':disabled')) return skip('disabled');
  if (!isChoiceVisible(radio)) return skip('not-visible');
  written.add(radio);
  if (radio.checked) return FILLED;
  const chosen = radios.find((r) => r.checked && !r.defaultChecked);
  if (chosen && !mayOverwrite) return skip('user-value');
  writeChecked(radio, true);
  return FILLED;
}

/** Checks one collected field again, just before writing it, and writes it when it may be. */
function writeField(field: PlannedField, mayOverwrite: boolean, written: Set<Element>): Outcome {
  const elements = collectedElements(field.id);
  if (!elements || !elements.every((e) => e.isConnected && e.ownerDocument === document)) return skip('changed');
  const { action } = field;
  if (action.kind === 'radio') return writeRadio(elements, action.value, mayOverwrite, written);

  const el = elements[0];
  const kind = controlKind(el);
  if (elements.length !== 1 || kind === 'unsupported' || kind === 'radio') return skip('unsupported');
  const blocked = blockedReason([el]);
  if (blocked) return skip(blocked);

  if (action.kind === 'checkbox' && kind === 'checkbox') {
    written.add(el);
    if ((el as HTMLInputElement).checked !== action.checked) writeChecked(el as HTMLInputElement, action.checked);
    return FILLED;
  }
  if (action.kind === 'select' && el instanceof HTMLSelectElement) {
    if (!Array.from(el.options).some((o) => o.value === action.value)) return skip('no-option');
    written.add(el);
    if (el.value === action.value) return FILLED;
    const current = el.selectedOptions[0];
    if (current && el.value !== '' && current !== defaultOption(el) && !mayOverwrite) return skip('user-value');
    return writeSelect(el, action.value) ? FILLED : skip('no-option');
  }
  if (action.kind === 'text' && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) {
    if (el.value === action.value) {
      written.add(el);
      return FILLED;
    }
    if (holdsOwnText(el) && !mayOverwrite) return skip('user-value');
    const misfit = textFit(el, action.value);
    if (misfit) return misfit;
    written.add(el);
    writeText(el, action.value);
    return FILLED;
  }
  return skip('changed');
}

/** Writes the planned values into the elements collected for them — only in the document that
 * collected them, and only while they are still visible: measured again when the page changed since
 * collect or reacted to an earlier write. A field already holding something else keeps it unless the
 * user asked to overwrite that field. */
export function insertFields(request: InsertRequest): InsertResult | AgentRefusal {
  const refusal = checkPage(request.expected);
  if (refusal) return refusal;
  if (typeof request.token !== 'string' || request.token !== documentToken()) return { ok: false, error: 'stale' };
  const scope = resolveScope(document, request.form);
  if (scope === undefined) return { ok: false, error: 'no-form' };
  const overwrite = new Set(request.overwrite ?? []);
  clearOutlines();
  return withHitTesting(document, () => {
    const planned = request.fields.map((f) => ({ field: f, elements: collectedElements(f.id) ?? [] }));
    if (!reuseView(request.token)) measureFields(planned.flatMap((p) => p.elements));
    // Page handlers run by one write may move, cover or hide the fields after it: when the page
    // reacted, the fields still to be written are measured again before the next write.
    const watch = watchPage(measuredRoots());
    const written = new Set<Element>();
    try {
      const fields = planned.map(({ field }, i): InsertedField => {
        if (i > 0 && watch.changed()) {
          forgetMeasurements();
          measureFields(planned.slice(i).flatMap((p) => p.elements));
        }
        return { id: field.id, ...writeField(field, overwrite.has(field.id), written) };
      });
      // Without a reaction of the page, what collect measured of the other fields still holds.
      if (watch.changed()) forgetMeasurements();
      const empty = findLeftEmpty(leftEmptyScopes(scope, allCollected()), written);
      outlineGroups(empty.map((e) => e.elements));
      return { ok: true, fields, leftEmpty: empty.map((e) => e.info) };
    } finally {
      watch.stop();
    }
  });
}
