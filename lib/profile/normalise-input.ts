import { applyFormat } from '../formats';

/** How an editor field is typed and normalised. */
export type InputKind = 'text' | 'kana' | 'romaji' | 'postal' | 'tel' | 'email' | 'date' | 'prefecture' | 'gender';

/** What the editor stores for what the user typed: 半角 digits without hyphens for postal codes and
 * phones, カタカナ for フリガナ (ひらがな typed is converted), trimmed text elsewhere. */
export function normaliseInput(kind: InputKind, raw: string): string {
  const value = raw.trim();
  if (value === '') return '';
  switch (kind) {
    case 'postal':
    case 'tel': {
      const digits = applyFormat('halfwidth', value).replace(/[\s\-‐－―−ー〒()（）]/g, '');
      return digits.startsWith('+81') ? `0${digits.slice(3)}` : digits;
    }
    case 'kana':
      return applyFormat('katakana', value).replace(/\s+/g, '　');
    case 'romaji':
      return applyFormat('halfwidth', value).toUpperCase();
    case 'email':
      return applyFormat('halfwidth', value);
    default:
      return value;
  }
}
