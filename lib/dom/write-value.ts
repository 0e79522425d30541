// Values are set through the prototype's native setter so that frameworks which wrap the `value`
// property (React, Vue) notice the change, then the events a person's input would cause are sent.
// Nothing is clicked and no form is submitted.

function nativeSetter(el: object, prop: 'value' | 'checked'): ((v: unknown) => void) | undefined {
  const proto = Object.getPrototypeOf(el);
  return Object.getOwnPropertyDescriptor(proto, prop)?.set;
}

function dispatchInputEvents(el: HTMLElement, data: string | null): void {
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

function withFocus(el: HTMLElement, write: () => void): void {
  const previous = el.ownerDocument.activeElement as HTMLElement | null;
  el.focus({ preventScroll: true });
  write();
  el.blur();
  if (previous && previous !== el && previous !== el.ownerDocument.body) previous.focus({ preventScroll: true });
}

export function writeText(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  withFocus(el, () => {
    const setter = nativeSetter(el, 'value');
    if (setter) setter.call(el, value);
    else el.value = value;
    dispatchInputEvents(el, value);
  });
}

export function writeSelect(el: HTMLSelectElement, value: string): boolean {
  const option = Array.from(el.options).find((o) => o.value === value);
  if (!option) return false;
  withFocus(el, () => {
    const setter = nativeSetter(el, 'value');
    if (setter) setter.call(el, value);
    else el.value = value;
    dispatchInputEvents(el, null);
  });
  return true;
}

export function writeChecked(el: HTMLInputElement, checked: boolean): void {
  withFocus(el, () => {
    const setter = nativeSetter(el, 'checked');
    if (setter) setter.call(el, checked);
    else el.checked = checked;
    dispatchInputEvents(el, null);
  });
}
