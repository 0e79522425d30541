import type { LeftEmptyField } from '../plan/types';
import { labelledBy, rowHeader } from './field-hint';
import { controlKind, type FormControl } from './resolve-field';
import { holdsOwnText } from './own-text';
import { isChoiceVisible, isVisible, measureFields } from './visibility';
import { labelsOf } from './labels-of';

// After a fill: the fields a person still has to look at — visible, enabled, fillable, empty and not
// written by the fill — with the caption the page shows for them, required ones first.

const REQUIRED_MARK = /必須|required|\*/i;
const MAX_CAPTION = 80;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function legendOf(el: Element): string {
  return clean(el.closest('fieldset')?.querySelector(':scope > legend')?.textContent);
}

/** The caption a person reads for a field: its label, aria labelling, row header, legend, title or
 * placeholder — the first that exists. */
export function fieldCaption(el: FormControl): string {
  const choice = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');
  const own = labelsOf(el)
    .map((l) => clean(l.textContent))
    .filter(Boolean)
    .join(' ');
  const candidates = [
    el.getAttribute('aria-label'),
    labelledBy(el),
    choice ? '' : own,
    rowHeader(el),
    legendOf(el),
    choice ? own : '',
    el.getAttribute('title'),
    'placeholder' in el ? el.placeholder : '',
  ];
  const caption = candidates.map(clean).find(Boolean) ?? '';
  return caption.length > MAX_CAPTION ? `${caption.slice(0, MAX_CAPTION - 1)}…` : caption;
}

export function isRequired(el: FormControl, caption: string): boolean {
  return el.required || el.getAttribute('aria-required') === 'true' || REQUIRED_MARK.test(caption) || REQUIRED_MARK.test(rowHeader(el));
}

/** Whether the field holds nothing a person entered or chose. */
export function isEmpty(el: FormControl): boolean {
  if (el instanceof HTMLSelectElement) {
    const option = el.selectedOptions[0];
    return !option || el.value === '' || option.disabled;
  }
  return !holdsOwnText(el);
}

export interface EmptyField {
  elements: FormControl[];
  info: LeftEmptyField;
}

function scopeControls(scopes: (Document | Element)[]): FormControl[] {
  const seen = new Set<Element>();
  const out: FormControl[] = [];
  for (const scope of scopes) {
    for (const el of Array.from(scope.querySelectorAll('input, select, textarea'))) {
      if (seen.has(el)) continue;
      seen.add(el);
      out.push(el as FormControl);
    }
  }
  return out;
}

/** Where fields left empty are looked for: the declared form, else the forms holding the fields. */
export function leftEmptyScopes(form: Element | null, fields: FormControl[]): (Document | Element)[] {
  if (form) return [form];
  const forms = new Set<Element>();
  for (const el of fields) {
    const owner = el.form ?? el.closest('form');
    if (owner) forms.add(owner);
  }
  return forms.size > 0 ? Array.from(forms) : [document];
}

/** The controls a fill could leave empty in `scopes` (before any write: collect measures them with
 * the fields it was asked for, so that insert need not measure again). */
export function reportableControls(scopes: (Document | Element)[]): FormControl[] {
  return scopeControls(scopes).filter((el) => {
    const kind = controlKind(el);
    return kind !== 'unsupported' && kind !== 'checkbox' && !el.disabled && !el.closest('template');
  });
}

/** Empty fields in `scopes` that were not written, required first, then in page order. */
export function findLeftEmpty(scopes: (Document | Element)[], written: Set<Element>): EmptyField[] {
  const found: EmptyField[] = [];
  const groups = new Map<string, FormControl[]>();
  const controls = reportableControls(scopes);
  // Radio groups with a choice made (by the fill or the person) are not measured at all.
  const groupOf = (r: HTMLInputElement) => r.name || r;
  const chosen = new Set<unknown>();
  for (const el of controls) {
    if (el instanceof HTMLInputElement && el.type === 'radio' && (el.checked || written.has(el))) chosen.add(groupOf(el));
  }
  const open = controls.filter((el) => !written.has(el));
  measureFields(open.filter((el) => (controlKind(el) === 'radio' ? !chosen.has(groupOf(el as HTMLInputElement)) : isEmpty(el))));
  for (const el of open) {
    const kind = controlKind(el);
    if (el.matches(':disabled') || ('readOnly' in el && el.readOnly && !(el instanceof HTMLSelectElement))) continue;
    if (kind === 'radio') {
      const radio = el as HTMLInputElement;
      const key = radio.name;
      if (key && groups.has(key) && groups.get(key)!.includes(radio)) continue;
      const members = radio.name
        ? (Array.from((radio.form ?? radio.ownerDocument).querySelectorAll(`input[type="radio"][name="${CSS.escape(radio.name)}"]`)) as HTMLInputElement[])
        : [radio];
      if (key) groups.set(key, [...(groups.get(key) ?? []), ...members]);
      if (members.some((m) => m.checked || written.has(m))) continue;
      if (!members.some(isChoiceVisible)) continue;
      const caption = fieldCaption(radio);
      found.push({ elements: members, info: { caption, required: members.some((m) => isRequired(m, caption)) } });
      continue;
    }
    if (!isEmpty(el) || !isVisible(el)) continue;
    const caption = fieldCaption(el);
    found.push({ elements: [el], info: { caption, required: isRequired(el, caption) } });
  }
  return [...found.filter((f) => f.info.required), ...found.filter((f) => !f.info.required)];
}
