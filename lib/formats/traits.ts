// A field's format as independent traits. Each is inferred from the field on its own and each can be
// set in a mapping; the named formats are shorthands for common combinations of them.
import type { FormatName } from './apply-format';
import type { BlockNotation, Numerals } from './chome';

export interface FormatTraits {
  /** Kana script (kana values) or letter case (romaji, numbers). */
  script?: 'hiragana' | 'katakana' | 'halfwidthKatakana' | 'bankKana' | 'uppercase';
  width?: 'full' | 'half';
  /** Month, day and era year: 04 or 4. */
  padding?: 'pad2' | 'none';
  /** Between the pieces of a postal code, phone number or date; `none` keeps the digits only, `kanji`
   * writes 年月日, `mark` is 〒123-4567. */
  separator?: 'hyphen' | 'slash' | 'dot' | 'none' | 'kanji' | 'mark';
  /** Between family and given name. */
  spacing?: 'none' | 'half' | 'full';
  calendar?: 'western' | 'wareki';
  /** 令和 or R, for an era piece or a 和暦 date. */
  era?: 'name' | 'letter';
  /** The first year of an era: 元 or 1. */
  firstYear?: 'gan' | 'number';
  /** A prefecture value, or the prefecture at the start of an address. */
  prefecture?: 'name' | 'short' | 'code' | 'omit';
  /** Whether a town keeps its 丁目 (小町二丁目) or leaves it to the block (小町). */
  town?: 'withChome' | 'withoutChome';
  /** 丁目 and 番地: 2-1-1, 2丁目1番1号 or 2丁目1-1. */
  block?: BlockNotation;
  /** 二丁目 or 2丁目. */
  chomeNumerals?: Numerals;
}

export const TRAIT_VALUES = {
  script: ['hiragana', 'katakana', 'halfwidthKatakana', 'bankKana', 'uppercase'],
  width: ['full', 'half'],
  padding: ['pad2', 'none'],
  separator: ['hyphen', 'slash', 'dot', 'none', 'kanji', 'mark'],
  spacing: ['none', 'half', 'full'],
  calendar: ['western', 'wareki'],
  era: ['name', 'letter'],
  firstYear: ['gan', 'number'],
  prefecture: ['name', 'short', 'code', 'omit'],
  town: ['withChome', 'withoutChome'],
  block: ['hyphens', 'words', 'mixed'],
  chomeNumerals: ['arabic', 'kanji'],
} as const satisfies { [K in keyof Required<FormatTraits>]: readonly Required<FormatTraits>[K][] };

export const FORMAT_TRAITS: Record<FormatName, FormatTraits> = {
  katakana: { script: 'katakana' },
  hiragana: { script: 'hiragana' },
  halfwidthKatakana: { script: 'halfwidthKatakana' },
  bankKana: { script: 'bankKana' },
  fullwidth: { width: 'full' },
  halfwidth: { width: 'half' },
  digitsOnly: { separator: 'none' },
  uppercase: { script: 'uppercase' },
  postalDigits: { separator: 'none' },
  postalHyphen: { separator: 'hyphen' },
  postalMark: { separator: 'mark' },
  postalHyphenFullwidth: { separator: 'hyphen', width: 'full' },
  phoneDigits: { separator: 'none' },
  phoneHyphen: { separator: 'hyphen' },
  phoneHyphenFullwidth: { separator: 'hyphen', width: 'full' },
  dateIso: { calendar: 'western', separator: 'hyphen', padding: 'pad2' },
  dateSlash: { calendar: 'western', separator: 'slash', padding: 'pad2' },
  dateSlashUnpadded: { calendar: 'western', separator: 'slash', padding: 'none' },
  dateDigits: { calendar: 'western', separator: 'none', padding: 'pad2' },
  dateJa: { calendar: 'western', separator: 'kanji', padding: 'none' },
  dateWareki: { calendar: 'wareki', era: 'name', separator: 'kanji', padding: 'none', firstYear: 'gan' },
  dateWarekiShort: { calendar: 'wareki', era: 'letter', separator: 'dot', padding: 'none', firstYear: 'number' },
  pad2: { padding: 'pad2' },
  unpadded: { padding: 'none' },
  eraName: { era: 'name' },
  eraLetter: { era: 'letter' },
  eraYear: { firstYear: 'number' },
  eraYearGan: { firstYear: 'gan' },
  prefectureName: { prefecture: 'name' },
  prefectureShort: { prefecture: 'short' },
  prefectureCode: { prefecture: 'code' },
  nameNoSpace: { spacing: 'none' },
  nameHalfSpace: { spacing: 'half' },
  nameFullSpace: { spacing: 'full' },
};

/** Later sets win, trait by trait; undefined never overrides. */
export function mergeTraits(...sets: (FormatTraits | undefined)[]): FormatTraits {
  const merged: FormatTraits = {};
  for (const set of sets) {
    if (!set) continue;
    for (const [name, value] of Object.entries(set)) {
      if (value !== undefined) (merged as Record<string, string>)[name] = value;
    }
  }
  return merged;
}
