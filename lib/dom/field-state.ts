import type { CollectedField } from '../plan/types';
import type { FormControl } from './resolve-field';
import { isChoiceVisible, isVisible } from './visibility';

/** Why a person could not type into a field (or a radio group, when every radio is blocked), if so. */
export function blockedReason(elements: FormControl[]): CollectedField['blocked'] {
  const el = elements[0];
  if (elements.every((e) => e.disabled || e.matches(':disabled'))) return 'disabled';
  if (!(el instanceof HTMLSelectElement) && 'readOnly' in el && el.readOnly) return 'read-only';
  const choice = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');
  const visible = choice ? (elements as HTMLInputElement[]).some(isChoiceVisible) : isVisible(el);
  return visible ? undefined : 'not-visible';
}
