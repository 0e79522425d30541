import { describe, expect, it } from 'vitest';
import { inferFormat } from '../../../lib/formats/index';
import type { FieldTraits, FormatName, ValueKind } from '../../../lib/formats/index';
import type { FieldPart } from '../../../lib/profile/keys';

const input = (traits: Partial<FieldTraits>): FieldTraits => ({ tag: 'input', type: 'text', hint: '', ...traits });

type Case = [string, ValueKind, Partial<FieldTraits>, FormatName | undefined, FieldPart?];

const cases: Case[] = [
  // kana
  ['ひらがな note', 'kana', { hint: 'ふりがな（ひらがなで入力）' }, 'hiragana'],
  ['ふりがな label in hiragana', 'kana', { hint: 'ふりがな（せい）' }, 'hiragana'],
  ['フリガナ label in katakana', 'kana', { hint: 'フリガナ（セイ）' }, 'katakana'],
  ['half-width フリガナ label', 'kana', { hint: 'ﾌﾘｶﾞﾅ' }, 'katakana'],
  ['ふりがな label asking for カタカナ', 'kana', { hint: 'ふりがな ※全角カタカナで入力してください' }, 'katakana'],
  ['半角カナ', 'kana', { hint: 'フリガナ（半角カナ）' }, 'halfwidthKatakana'],
  ['半角カタカナ', 'kana', { hint: 'お名前カナ 半角カタカナでご入力ください' }, 'halfwidthKatakana'],
  ['半角ｶﾅ written half-width', 'kana', { hint: 'ｾｲ（半角ｶﾅ）' }, 'halfwidthKatakana'],
  ['bank account holder', 'kana', { hint: '口座名義（半角カナ）' }, 'bankKana'],
  ['hiragana pattern', 'kana', { hint: 'よみ', pattern: '[ぁ-んー　 ]+' }, 'hiragana'],
  ['half-width kana pattern', 'kana', { hint: 'カナ', pattern: '[ｦ-ﾟ ]+' }, 'halfwidthKatakana'],
  ['either script accepted', 'kana', { hint: 'よみがな（ひらがな・カタカナどちらでも可）' }, undefined],
  ['no signal', 'kana', { hint: '' }, undefined],
  // phone
  ['ハイフンなし', 'phone', { type: 'tel', hint: '電話番号（ハイフンなし）' }, 'phoneDigits'],
  ['ハイフン不要', 'phone', { type: 'tel', hint: '携帯電話番号 ※ハイフン不要' }, 'phoneDigits'],
  ['「-」なし', 'phone', { hint: '電話番号（「－」なしで入力）' }, 'phoneDigits'],
  ['ハイフン(-)は入れずに', 'phone', { hint: '電話番号 ハイフン(-)は入れずに半角数字で' }, 'phoneDigits'],
  ['maxlength 11', 'phone', { type: 'tel', hint: '電話番号', maxLength: 11 }, 'phoneDigits'],
  ['maxlength 13', 'phone', { type: 'tel', hint: '電話番号', maxLength: 13 }, 'phoneHyphen'],
  ['hyphenated example', 'phone', { hint: '連絡先電話番号 例：03-1234-5678' }, 'phoneHyphen'],
  ['digit example', 'phone', { hint: '電話番号', placeholder: '例）09012345678' }, 'phoneDigits'],
  ['placeholder shape', 'phone', { hint: '電話番号', placeholder: '000-0000-0000' }, 'phoneHyphen'],
  ['ハイフンあり', 'phone', { hint: '電話番号（ハイフンあり）', maxLength: 11 }, 'phoneHyphen'],
  ['digit pattern', 'phone', { hint: '電話', pattern: '\\d{10,11}' }, 'phoneDigits'],
  ['numeric inputmode', 'phone', { type: 'tel', hint: '電話番号', inputMode: 'numeric' }, 'phoneDigits'],
  ['全角', 'phone', { hint: '電話番号（全角）' }, 'phoneHyphenFullwidth'],
  ['split phone part', 'phone', { hint: '電話番号', maxLength: 4 }, undefined, 2],
  ['split phone part, 全角', 'phone', { hint: '電話番号（全角数字）', maxLength: 4 }, 'fullwidth', 1],
  ['no signal', 'phone', { type: 'tel', hint: '電話番号' }, undefined],
  // postal
  ['maxlength 7', 'postal', { hint: '郵便番号', maxLength: 7 }, 'postalDigits'],
  ['maxlength 8', 'postal', { hint: '郵便番号', maxLength: 8 }, 'postalHyphen'],
  ['example 123-4567', 'postal', { hint: '郵便番号 例：123-4567' }, 'postalHyphen'],
  ['ハイフンなし', 'postal', { hint: '郵便番号（ハイフンなし7桁）', maxLength: 8 }, 'postalDigits'],
  ['digit pattern', 'postal', { hint: '〒', pattern: '[0-9]{7}' }, 'postalDigits'],
  ['hyphen pattern', 'postal', { hint: '〒', pattern: '\\d{3}-\\d{4}' }, 'postalHyphen'],
  ['optional hyphen pattern', 'postal', { hint: '〒', pattern: '\\d{3}-?\\d{4}' }, undefined],
  ['type number', 'postal', { type: 'number', hint: '郵便番号' }, 'postalDigits'],
  ['全角', 'postal', { hint: '郵便番号（全角）' }, 'postalHyphenFullwidth'],
  ['postal part', 'postal', { hint: '郵便番号', maxLength: 3 }, undefined, 1],
  // dates
  ['type=date', 'date', { type: 'date', hint: '生年月日' }, 'dateIso'],
  ['slash placeholder', 'date', { hint: '引越日', placeholder: 'yyyy/mm/dd' }, 'dateSlash'],
  ['slash example', 'date', { hint: '転居日 例：2026/04/01' }, 'dateSlash'],
  ['unpadded example', 'date', { hint: '転居日 例：2026/4/1' }, 'dateSlashUnpadded'],
  ['8 digits', 'date', { hint: '生年月日（8桁）', maxLength: 8 }, 'dateDigits'],
  ['年月日 example', 'date', { hint: '生年月日 例：1990年1月1日' }, 'dateJa'],
  ['和暦 example', 'date', { hint: '生年月日 例：昭和60年1月1日' }, 'dateWareki'],
  ['short wareki example', 'date', { hint: '生年月日', placeholder: 'S60.1.1' }, 'dateWarekiShort'],
  ['和暦 note', 'date', { hint: '生年月日（和暦）' }, 'dateWareki'],
  ['month with 01 placeholder', 'date', { hint: '月', placeholder: '01', maxLength: 2 }, 'pad2', 'month'],
  ['month select with 01 values', 'date', { tag: 'select', type: 'select-one', hint: '月', options: [{ value: '01', text: '1' }] }, 'pad2', 'month'],
  ['day without padding signal', 'date', { hint: '日', maxLength: 2 }, undefined, 'day'],
  ['era letter input', 'date', { hint: '元号（M/T/S/H/R）', maxLength: 1 }, 'eraLetter', 'era'],
  ['year with 元年 note', 'date', { hint: '年（元年は「元」と入力）' }, 'eraYearGan', 'year'],
  // others
  ['address 全角', 'address', { hint: '番地・建物名（全角で入力してください）' }, 'fullwidth'],
  ['address 半角 digits', 'address', { hint: '番地（半角数字）' }, 'halfwidth'],
  ['address, full first', 'address', { hint: '住所（全角。数字は半角でも可）' }, 'fullwidth'],
  ['address no signal', 'address', { hint: '住所' }, undefined],
  ['name with full space', 'name', { hint: 'お名前（姓と名の間に全角スペース）' }, 'nameFullSpace'],
  ['name without space', 'name', { hint: '氏名（スペースなし）' }, 'nameNoSpace'],
  ['name 全角', 'name', { hint: '氏名（全角）' }, 'fullwidth'],
  ['romaji capitals', 'romaji', { hint: 'ローマ字（半角大文字）' }, 'uppercase'],
  ['customer number digits', 'number', { hint: 'お客さま番号（ハイフンなし）' }, 'digitsOnly'],
  ['customer number numeric', 'number', { hint: 'お客さま番号', inputMode: 'numeric' }, 'digitsOnly'],
  ['prefecture code input', 'prefecture', { hint: '都道府県コード', maxLength: 2 }, 'prefectureCode'],
  ['prefecture text input', 'prefecture', { hint: '都道府県' }, undefined],
];

describe('inferFormat', () => {
  it.each(cases)('%s (%s)', (_label, kind, traits, expected, part) => {
    expect(inferFormat(kind, input(traits), part)).toBe(expected);
  });
});
