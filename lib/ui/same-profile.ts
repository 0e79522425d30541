/** Structural equality of two profile-shaped values (plain objects, arrays, strings, numbers), in any
 * key order; a missing key and an empty string are the same, as the editor shows both as an empty box. */
export function sameProfile(a: unknown, b: unknown): boolean {
  const blank = (v: unknown) => v === undefined || v === null || v === '';
  if (blank(a) && blank(b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameProfile(item, b[i]));
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    return [...new Set([...Object.keys(x), ...Object.keys(y)])].every((key) => sameProfile(x[key], y[key]));
  }
  return a === b;
}
