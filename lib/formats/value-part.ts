// One piece of a value that a form splits over several inputs (profile-keys.md, "Parts").
import type { FieldPart } from './parts';
import { dateParts } from './date';
import type { ValueKind } from './field-traits';
import { groupPhone } from './phone';
import { splitPostal } from './postal';

export interface ValuePartOptions {
  /** The form has an era part beside the year, so the year is the year of that era (令和8 → 8). */
  eraYear?: boolean;
}

/** The piece of a postal code (1, 2), phone (1, 2, 3) or date (year, month, day, era); '' if none. */
export function valuePart(
  kind: ValueKind,
  value: string,
  part: FieldPart,
  options: ValuePartOptions = {},
): string {
  if (kind === 'postal') {
    const pieces = splitPostal(value);
    return pieces && (part === 1 || part === 2) ? pieces[part - 1] : '';
  }
  if (kind === 'phone') {
    const pieces = groupPhone(value);
    return pieces && (part === 1 || part === 2 || part === 3) ? pieces[part - 1] : '';
  }
  if (kind === 'date') {
    const parts = dateParts(value);
    if (!parts) return '';
    switch (part) {
      case 'year':
        return options.eraYear ? parts.eraYear : parts.year;
      case 'month':
        return parts.month;
      case 'day':
        return parts.day;
      case 'era':
        return parts.era;
      default:
        return '';
    }
  }
  return '';
}
