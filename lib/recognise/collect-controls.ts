const NEVER = new Set(['hidden', 'submit', 'button', 'image', 'file', 'password', 'reset', 'color', 'range']);

export type ControlKind = 'text' | 'textarea' | 'select' | 'radio' | 'checkbox';

export interface Control {
  element: HTMLElement;
  kind: ControlKind;
  /** Input type as written (lower case; '' when absent). */
  type: string;
  /** For a radio group: every radio of the group, the first one being `element`. */
  radios?: HTMLInputElement[];
}

export function inputType(el: Element): string {
  return (el.getAttribute('type') ?? '').trim().toLowerCase();
}

function kindOf(el: Element): ControlKind | null {
  const tag = el.tagName;
  if (tag === 'TEXTAREA') return 'textarea';
  if (tag === 'SELECT') return 'select';
  if (tag !== 'INPUT') return null;
  const type = inputType(el);
  if (NEVER.has(type)) return null;
  if (type === 'radio') return 'radio';
  if (type === 'checkbox') return 'checkbox';
  // Unknown types render as text inputs, so they count as text-like too.
  return 'text';
}

/**
 * Every fillable control under `root`, in document order. A radio group is one control whose
 * element is its first radio; groups are keyed by form and name, as browsers group them.
 */
export function collectControls(root: Document | Element): Control[] {
  const out: Control[] = [];
  const groups = new Map<string, Control>();
  const forms = new Map<Element | null, number>();
  for (const el of Array.from(root.querySelectorAll('input, select, textarea'))) {
    const kind = kindOf(el);
    if (!kind) continue;
    if (el.closest('template')) continue;
    if (kind === 'radio') {
      const name = el.getAttribute('name');
      if (name) {
        const form = el.closest('form');
        if (!forms.has(form)) forms.set(form, forms.size);
        const key = `${forms.get(form)}\u0000${name}`;
        const group = groups.get(key);
        if (group) {
          group.radios!.push(el as HTMLInputElement);
          continue;
        }
        const control: Control = { element: el as HTMLElement, kind, type: 'radio', radios: [el as HTMLInputElement] };
        groups.set(key, control);
        out.push(control);
        continue;
      }
    }
    out.push({ element: el as HTMLElement, kind, type: inputType(el), radios: kind === 'radio' ? [el as HTMLInputElement] : undefined });
  }
  return out;
}
