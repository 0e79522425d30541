import { classifyFields, type ClassifiedField, type ClassifyOptions } from '../../../lib/recognise';

// Small-markup helpers for the classifier's rule tests (happy-dom).

export function classify(body: string, title = '', options: ClassifyOptions = {}): ClassifiedField[] {
  document.title = title;
  document.body.innerHTML = body;
  return classifyFields(document, options);
}

/** The same, with the hand-written verdicts the learned calibration starts from (its reasons and ticks). */
export function classifyByHand(body: string, title = ''): ClassifiedField[] {
  return classify(body, title, { handCalibration: true });
}

export function fieldOf(fields: ClassifiedField[], selector: string): ClassifiedField {
  const field = fields.find((f) => f.element === document.querySelector(selector));
  if (!field) throw new Error(`no field for ${selector}`);
  return field;
}

/** `key` or `key#part`, as the label files write it. */
export function keyOf(fields: ClassifiedField[], selector: string): string | null {
  const f = fieldOf(fields, selector);
  return f.part === undefined ? f.key : `${f.key}#${f.part}`;
}
