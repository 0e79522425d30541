// The closed set of named value formats and the one function that applies them.
import {
  formatDateDigits,
  formatDateIso,
  formatDateJa,
  formatDateSlash,
  formatDateSlashUnpadded,
  formatDateWareki,
  formatDateWarekiShort,
  formatEraLetter,
  formatEraName,
  formatEraYear,
  formatEraYearGan,
  formatPad2,
  formatUnpadded,
} from './date';
import { toBankKana, toFullwidth, toHalfwidthKatakana, toHiragana, toKatakana } from './kana';
import { respaceName } from './name';
import { formatPhoneDigits, formatPhoneHyphen, formatPhoneHyphenFullwidth } from './phone';
import {
  formatPostalDigits,
  formatPostalHyphen,
  formatPostalHyphenFullwidth,
  formatPostalMark,
} from './postal';
import { prefectureOf } from './prefecture';
import { digitsOnly, toHalfwidth } from './width';

/**
 * Every format a mapping may name. Part formats (pad2 … eraYearGan) act on the piece that
 * splitPostal / groupPhone / dateParts return; the era ones also take a whole date.
 */
export const FORMAT_NAMES = [
  'katakana',
  'hiragana',
  'halfwidthKatakana',
  'bankKana',
  'fullwidth',
  'halfwidth',
  'digitsOnly',
  'uppercase',
  'postalDigits',
  'postalHyphen',
  'postalMark',
  'postalHyphenFullwidth',
  'phoneDigits',
  'phoneHyphen',
  'phoneHyphenFullwidth',
  'dateIso',
  'dateSlash',
  'dateSlashUnpadded',
  'dateDigits',
  'dateJa',
  'dateWareki',
  'dateWarekiShort',
  'pad2',
  'unpadded',
  'eraName',
  'eraLetter',
  'eraYear',
  'eraYearGan',
  'prefectureName',
  'prefectureShort',
  'prefectureCode',
  'nameNoSpace',
  'nameHalfSpace',
  'nameFullSpace',
] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

const FORMATTERS: Record<FormatName, (value: string) => string> = {
  katakana: toKatakana,
  hiragana: toHiragana,
  halfwidthKatakana: toHalfwidthKatakana,
  bankKana: toBankKana,
  fullwidth: toFullwidth,
  halfwidth: toHalfwidth,
  digitsOnly,
  uppercase: (v) => toHalfwidth(v).toUpperCase(),
  postalDigits: formatPostalDigits,
  postalHyphen: formatPostalHyphen,
  postalMark: formatPostalMark,
  postalHyphenFullwidth: formatPostalHyphenFullwidth,
  phoneDigits: formatPhoneDigits,
  phoneHyphen: formatPhoneHyphen,
  phoneHyphenFullwidth: formatPhoneHyphenFullwidth,
  dateIso: formatDateIso,
  dateSlash: formatDateSlash,
  dateSlashUnpadded: formatDateSlashUnpadded,
  dateDigits: formatDateDigits,
  dateJa: formatDateJa,
  dateWareki: formatDateWareki,
  dateWarekiShort: formatDateWarekiShort,
  pad2: formatPad2,
  unpadded: formatUnpadded,
  eraName: formatEraName,
  eraLetter: formatEraLetter,
  eraYear: formatEraYear,
  eraYearGan: formatEraYearGan,
  prefectureName: (v) => prefectureOf(v)?.name ?? v,
  prefectureShort: (v) => prefectureOf(v)?.short ?? v,
  prefectureCode: (v) => prefectureOf(v)?.code ?? v,
  nameNoSpace: (v) => respaceName(v, 'none'),
  nameHalfSpace: (v) => respaceName(v, 'half'),
  nameFullSpace: (v) => respaceName(v, 'full'),
};

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

/**
 * Applies a named format. Never throws: '' gives '', and a value the format cannot read (a postal
 * format on something that is no postal code) comes back unchanged.
 */
export function applyFormat(format: FormatName, value: string): string {
  if (value === '') return '';
  const formatter = FORMATTERS[format];
  if (!formatter) return value;
  try {
    return formatter(value);
  } catch {
    return value;
  }
}
