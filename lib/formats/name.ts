// Person names composed from family and given parts.

export type NameSeparator = 'none' | 'half' | 'full';

const SEPARATORS: Record<NameSeparator, string> = { none: '', half: ' ', full: '\u3000' };

export function composeName(family: string, given: string, separator: NameSeparator): string {
  const parts = [family.trim(), given.trim()].filter((p) => p !== '');
  return parts.join(SEPARATORS[separator]);
}

/** Re-spaces a composed 'family given' value; a value without a space is returned trimmed. */
export function respaceName(value: string, separator: NameSeparator): string {
  const words = value.trim().split(/[\s\u3000]+/).filter((w) => w !== '');
  if (words.length < 2) return value.trim();
  return words.join(SEPARATORS[separator]);
}
