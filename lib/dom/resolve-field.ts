import type { ControlKind } from '../plan/types';

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const UNSUPPORTED_TYPES = new Set([
  'hidden',
  'password',
  'file',
  'submit',
  'button',
  'image',
  'reset',
  'color',
  'range',
]);

export function isFormControl(el: Element): el is FormControl {
  return el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;
}

export function controlKind(el: FormControl): ControlKind | 'unsupported' {
  if (el instanceof HTMLSelectElement) return el.multiple ? 'unsupported' : 'select';
  if (el instanceof HTMLTextAreaElement) return 'textarea';
  const type = el.type.toLowerCase();
  if (UNSUPPORTED_TYPES.has(type)) return 'unsupported';
  if (type === 'radio') return 'radio';
  if (type === 'checkbox') return 'checkbox';
  if (type === 'date') return 'date';
  if (type === 'month') return 'month';
  return 'text';
}

export type Resolution =
  | { status: 'found'; selector: string; elements: FormControl[] }
  | { status: 'not-found' | 'ambiguous' | 'outside-form' };

function queryAll(doc: Document, selector: string): Element[] {
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Resolves a field's selectors (first one with matches wins). One element is required, except a
 * radio group, which is several radios sharing one name. Everything must lie inside `scope`. */
export function resolveField(doc: Document, selectors: readonly string[], scope: Element | null): Resolution {
  for (const selector of selectors) {
    const matches = queryAll(doc, selector);
    if (matches.length === 0) continue;
    if (!matches.every(isFormControl)) return { status: 'ambiguous' };
    const controls = matches as FormControl[];
    const isRadioGroup =
      controls.length > 1 &&
      controls.every((c) => c instanceof HTMLInputElement && c.type === 'radio' && c.name === controls[0].name && c.form === controls[0].form);
    if (controls.length > 1 && !isRadioGroup) return { status: 'ambiguous' };
    if (scope && !controls.every((c) => scope.contains(c))) return { status: 'outside-form' };
    return { status: 'found', selector, elements: controls };
  }
  return { status: 'not-found' };
}

/** The single form element a page declares its fields in, or null when the page declares none.
 * `undefined` means the declared form is missing or not unique. */
export function resolveScope(doc: Document, form: string | undefined): Element | null | undefined {
  if (!form) return null;
  const forms = queryAll(doc, form);
  return forms.length === 1 ? forms[0] : undefined;
}
