// A plain-text account of each guess: key, confidence, whether it is ticked in advance (or why it
// needs a look), the rules that fired and the texts they read. Used by `npm run draft -- --explain`.

import { RULES } from './rules';
import type { ClassifiedField } from './types';

function keyOf(f: ClassifiedField): string {
  if (!f.key) return '(no key)';
  return f.part === undefined || f.part === null ? f.key : `${f.key} #${f.part}`;
}

/** `calibration`: a line per field on what the learned calibration made of it (describeCalibration). */
export function renderExplanation(fields: ClassifiedField[], calibration?: Map<HTMLElement, string>): string {
  const lines: string[] = [];
  for (const f of fields) {
    const tick = !f.key ? '' : f.preselect ? 'pre-ticked' : `要確認 (${f.review ?? 'low-confidence'})`;
    lines.push(`${f.selector}  →  ${keyOf(f)}  confidence ${f.confidence.toFixed(2)}${tick ? `  ${tick}` : ''}`);
    if (f.label) lines.push(`  caption: ${f.label}`);
    for (const id of f.rules) lines.push(`  rule ${id}: ${RULES[id]}`);
    const texts = f.evidence.filter((e) => e.includes(':'));
    if (texts.length) lines.push(`  read: ${texts.join(' | ')}`);
    const calibrated = calibration?.get(f.element);
    if (calibrated) lines.push(`  calibration: ${calibrated}`);
    lines.push('');
  }
  return lines.join('\n');
}
