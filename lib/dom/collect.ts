import type { FieldTraits } from '../formats';
import type { CollectRequest, CollectResult, CollectedField, AgentRefusal } from '../plan/types';
import { fieldHint } from './field-hint';
import { checkPage } from './page-guard';
import { controlKind, resolveField, resolveScope, type FormControl } from './resolve-field';
import { blockedReason } from './field-state';
import { measureFields, withHitTesting } from './visibility';
import { documentToken, rememberCollected } from './collected';
import { leftEmptyScopes, reportableControls } from './left-empty';
import { keepView, takeMeasured, type Measured } from './measured-view';
import { labelsOf } from './labels-of';

function optionLabel(input: HTMLInputElement): string {
  const label = labelsOf(input)
    .map((l) => l.textContent ?? '')
    .join(' ');
  return label.replace(/\s+/g, ' ').trim();
}

export function traitsOf(elements: FormControl[]): FieldTraits {
  const el = elements[0];
  const traits: FieldTraits = {
    tag: el instanceof HTMLSelectElement ? 'select' : el instanceof HTMLTextAreaElement ? 'textarea' : 'input',
    type: el instanceof HTMLInputElement ? el.type.toLowerCase() : el.type,
    // Only typed values take a format from the text around the field.
    hint: el instanceof HTMLSelectElement || (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) ? '' : fieldHint(el),
  };
  if (!(el instanceof HTMLSelectElement)) {
    if (el.maxLength > 0) traits.maxLength = el.maxLength;
    if (el.placeholder) traits.placeholder = el.placeholder;
    if (el.inputMode) traits.inputMode = el.inputMode;
  }
  if (el instanceof HTMLInputElement && el.pattern) traits.pattern = el.pattern;
  if (el instanceof HTMLSelectElement) {
    traits.options = Array.from(el.options).map((o) => ({ value: o.value, text: (o.textContent ?? '').trim() }));
  } else if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
    traits.options = (elements as HTMLInputElement[]).map((r) => ({ value: r.value, text: optionLabel(r) }));
  }
  return traits;
}

/** Finds each requested field and describes it (type, limits, hint text, options) — no values. */
export function collectFields(request: CollectRequest): CollectResult | AgentRefusal {
  const refusal = checkPage(request.expected);
  if (refusal) return refusal;
  const scope = resolveScope(document, request.form);
  if (scope === undefined) return { ok: false, error: 'no-form' };
  const elements = new Map<string, FormControl[]>();
  const resolved = request.fields.map((req) => ({ req, found: resolveField(document, req.selectors, scope) }));
  const token = documentToken();
  let measuredView: Measured | undefined;
  const fields = withHitTesting(document, () => {
    const wanted = resolved.flatMap(({ found }) => (found.status === 'found' && controlKind(found.elements[0]) !== 'unsupported' ? found.elements : []));
    // The other fields of the same forms too: after the fill they are checked for being left empty.
    const measured = [...new Set([...wanted, ...reportableControls(leftEmptyScopes(scope, wanted))])];
    measureFields(measured);
    measuredView = takeMeasured(measured);
    return resolved.map(({ req, found }): CollectedField => {
      if (found.status !== 'found') return { id: req.id, status: found.status };
      elements.set(req.id, found.elements);
      const kind = controlKind(found.elements[0]);
      if (kind === 'unsupported') return { id: req.id, status: 'found', selector: found.selector, blocked: 'unsupported' };
      const field: CollectedField = {
        id: req.id,
        status: 'found',
        selector: found.selector,
        control: kind,
        traits: traitsOf(found.elements),
      };
      const blocked = blockedReason(found.elements);
      if (blocked) field.blocked = blocked;
      return field;
    });
  });
  rememberCollected(elements);
  if (measuredView) keepView(token, measuredView);
  return { ok: true, url: location.origin + location.pathname, token, fields };
}
