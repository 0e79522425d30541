// Japanese postal codes (7 digits, written 123-4567).
import { toFullwidthAscii, toHalfwidth } from './width';

/** '1234567' from any common shape ('123-4567', '〒123-4567', '１２３－４５６７', '123 4567'); '' if not 7 digits. */
export function normalisePostal(value: string): string {
  const v = toHalfwidth(value.normalize('NFKC')).replace(/^\s*〒/, '').replace(/[\s-]/g, '');
  return /^\d{7}$/.test(v) ? v : '';
}

export function splitPostal(value: string): [string, string] | null {
  const digits = normalisePostal(value);
  return digits ? [digits.slice(0, 3), digits.slice(3)] : null;
}

function withPostal(value: string, write: (first: string, last: string) => string): string {
  const parts = splitPostal(value);
  return parts ? write(parts[0], parts[1]) : value;
}

export function formatPostalDigits(value: string): string {
  return withPostal(value, (a, b) => a + b);
}

export function formatPostalHyphen(value: string): string {
  return withPostal(value, (a, b) => `${a}-${b}`);
}

export function formatPostalMark(value: string): string {
  return withPostal(value, (a, b) => `〒${a}-${b}`);
}

export function formatPostalHyphenFullwidth(value: string): string {
  return withPostal(value, (a, b) => toFullwidthAscii(`${a}-${b}`));
}
