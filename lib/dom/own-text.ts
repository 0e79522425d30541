import { isStartingHint } from '../recognise/normalise-text';

/**
 * Whether a text box holds something of its own that a fill must not replace unasked: what the user
 * typed, or a value the page filled in (a change page's current details). The caption an older page
 * prints inside the box as its starting value (<input value="姓">) is neither while it is unchanged.
 */
export function holdsOwnText(el: HTMLInputElement | HTMLTextAreaElement): boolean {
  if (el.value.trim() === '') return false;
  return !(el.value === el.defaultValue && isStartingHint(el.value));
}
