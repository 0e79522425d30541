import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, FORMAT_TRAITS, applyFormat, applyTraits, inferTraits, mergeTraits } from '../../../lib/formats/index';
import type { FieldTraits, FormatTraits, ValueKind } from '../../../lib/formats/index';
import type { FieldPart } from '../../../lib/profile/keys';

const input = (traits: Partial<FieldTraits>): FieldTraits => ({ tag: 'input', type: 'text', hint: '', ...traits });

/** Infers the traits of a field, then writes the value with them: what a mapping without format gets. */
function fill(kind: ValueKind, field: Partial<FieldTraits>, value: string, part?: FieldPart): string {
  return applyTraits(kind, inferTraits(kind, input(field), part), value, part !== undefined ? { part } : {});
}

describe('each trait on its own', () => {
  type Case = [string, ValueKind, FormatTraits, string, string, FieldPart?];
  const cases: Case[] = [
    ['script hiragana', 'kana', { script: 'hiragana' }, 'ヤマダ　ハナコ', 'やまだ　はなこ'],
    ['script half-width kana', 'kana', { script: 'halfwidthKatakana' }, 'ヤマダ　ハナコ', 'ﾔﾏﾀﾞ ﾊﾅｺ'],
    ['width half on kana means half-width kana', 'kana', { width: 'half' }, 'ヤマダ', 'ﾔﾏﾀﾞ'],
    ['width full', 'address', { width: 'full' }, '1-1', '１－１'],
    ['width half', 'address', { width: 'half' }, '１－１', '1-1'],
    ['padding pad2, month', 'date', { padding: 'pad2' }, '4', '04', 'month'],
    ['padding none, day', 'date', { padding: 'none' }, '07', '7', 'day'],
    ['padding pad2, era year', 'date', { padding: 'pad2' }, '5', '05', 'year'],
    ['padding leaves a western year', 'date', { padding: 'pad2' }, '1990', '1990', 'year'],
    ['separator none, postal', 'postal', { separator: 'none' }, '123-4567', '1234567'],
    ['separator mark, postal', 'postal', { separator: 'mark' }, '1234567', '〒123-4567'],
    ['separator hyphen, phone', 'phone', { separator: 'hyphen' }, '09012345678', '090-1234-5678'],
    ['separator dot, date', 'date', { separator: 'dot' }, '2026-04-01', '2026.04.01'],
    ['separator kanji, date', 'date', { separator: 'kanji' }, '2026-04-01', '2026年4月1日'],
    ['spacing none', 'kana', { spacing: 'none' }, 'ヤマダ　ハナコ', 'ヤマダハナコ'],
    ['spacing half', 'name', { spacing: 'half' }, '山田　花子', '山田 花子'],
    ['spacing full', 'romaji', { spacing: 'full' }, 'YAMADA HANAKO', 'YAMADA\u3000HANAKO'],
    ['calendar wareki', 'date', { calendar: 'wareki' }, '1990-04-15', '平成2年4月15日'],
    ['era letter', 'date', { era: 'letter' }, '1990-04-15', 'H', 'era'],
    ['first year 元', 'date', { firstYear: 'gan' }, '1', '元', 'year'],
    ['prefecture short', 'prefecture', { prefecture: 'short' }, '神奈川県', '神奈川'],
    ['prefecture name', 'prefecture', { prefecture: 'name' }, '神奈川', '神奈川県'],
    ['prefecture code', 'prefecture', { prefecture: 'code' }, '神奈川県', '14'],
    ['no traits keeps the value', 'date', {}, '2026-04-01', '2026-04-01'],
  ];
  it.each(cases)('%s', (_name, kind, traits, value, expected, part) => {
    expect(applyTraits(kind, traits, value, part !== undefined ? { part } : {})).toBe(expected);
  });
});

describe('traits compose', () => {
  type Case = [string, ValueKind, FormatTraits, string, string, FieldPart?];
  const cases: Case[] = [
    ['全角 + padded month', 'date', { width: 'full', padding: 'pad2' }, '1', '０１', 'month'],
    ['全角 + padded era year', 'date', { width: 'full', padding: 'pad2' }, '2', '０２', 'year'],
    ['era initial + padded + dots', 'date', { calendar: 'wareki', era: 'letter', separator: 'dot', padding: 'pad2' }, '1988-01-07', 'S63.01.07'],
    ['era initial + padded + dots, one-digit year', 'date', { calendar: 'wareki', era: 'letter', separator: 'dot', padding: 'pad2' }, '1993-04-01', 'H05.04.01'],
    ['和暦 + padded + 元年', 'date', { calendar: 'wareki', separator: 'kanji', padding: 'pad2', firstYear: 'gan' }, '2019-05-01', '令和元年05月01日'],
    ['western + slash + unpadded + 全角', 'date', { separator: 'slash', padding: 'none', width: 'full' }, '2026-04-01', '２０２６／４／１'],
    ['half-width kana + no space', 'kana', { script: 'halfwidthKatakana', spacing: 'none' }, 'ヤマダ　ハナコ', 'ﾔﾏﾀﾞﾊﾅｺ'],
    ['hiragana + half space', 'kana', { script: 'hiragana', spacing: 'half' }, 'ヤマダ　ハナコ', 'やまだ はなこ'],
    ['katakana + 全角 + full space', 'kana', { script: 'katakana', width: 'full', spacing: 'full' }, 'ﾔﾏﾀﾞ ﾊﾅｺ', 'ヤマダ　ハナコ'],
    ['uppercase + no space', 'romaji', { script: 'uppercase', spacing: 'none' }, 'Yamada Hanako', 'YAMADAHANAKO'],
    ['postal hyphen + 全角', 'postal', { separator: 'hyphen', width: 'full' }, '1600022', '１６０－００２２'],
    ['prefecture short + 全角 stays kanji', 'prefecture', { prefecture: 'short', width: 'full' }, '東京都', '東京'],
  ];
  it.each(cases)('%s', (_name, kind, traits, value, expected, part) => {
    expect(applyTraits(kind, traits, value, part !== undefined ? { part } : {})).toBe(expected);
  });

  it('later trait sets win trait by trait; undefined never overrides', () => {
    expect(mergeTraits({ width: 'full', padding: 'none' }, { padding: 'pad2' }, { width: undefined })).toEqual({
      width: 'full',
      padding: 'pad2',
    });
  });

  it('every named format is a shorthand that writes what the format writes', () => {
    const samples: [ValueKind, string, FieldPart?][] = [
      ['kana', 'やまだ　はなこ'],
      ['postal', '160-0022'],
      ['phone', '0312345678'],
      ['date', '1990-04-15'],
      ['prefecture', '東京都'],
      ['number', '12-34'],
    ];
    const kindOf: Partial<Record<string, ValueKind>> = {
      katakana: 'kana', hiragana: 'kana', halfwidthKatakana: 'kana', bankKana: 'kana', nameNoSpace: 'kana',
      nameHalfSpace: 'kana', nameFullSpace: 'kana', postalDigits: 'postal', postalHyphen: 'postal',
      postalMark: 'postal', postalHyphenFullwidth: 'postal', phoneDigits: 'phone', phoneHyphen: 'phone',
      phoneHyphenFullwidth: 'phone', dateIso: 'date', dateSlash: 'date', dateSlashUnpadded: 'date', dateDigits: 'date',
      dateJa: 'date', dateWareki: 'date', dateWarekiShort: 'date', prefectureName: 'prefecture',
      prefectureShort: 'prefecture', prefectureCode: 'prefecture', digitsOnly: 'number',
    };
    let compared = 0;
    for (const format of FORMAT_NAMES) {
      const kind = kindOf[format];
      if (!kind) continue;
      const value = samples.find(([k]) => k === kind)![1];
      expect(applyTraits(kind, FORMAT_TRAITS[format], value), format).toBe(applyFormat(format, value));
      compared += 1;
    }
    expect(compared).toBe(25);
  });
});

describe('traits read from the field', () => {
  type Case = [string, ValueKind, Partial<FieldTraits>, string, string, FieldPart?];
  const cases: Case[] = [
    // padding from the example
    ['era-initial example pads', 'date', { hint: '生年月日 例：H05.04.01' }, '1988-01-07', 'S63.01.07'],
    ['era-initial example without padding', 'date', { hint: '生年月日 例：H5.4.1' }, '1988-01-07', 'S63.1.7'],
    ['和暦 example pads', 'date', { hint: '生年月日 例：平成05年04月01日' }, '1990-04-15', '平成02年04月15日'],
    ['年月日 example pads', 'date', { hint: '引越日', placeholder: '2026年04月01日' }, '2026-12-05', '2026年12月05日'],
    ['「2桁ずつ」 note', 'date', { hint: '生年月日（和暦・年月日は2桁ずつ）', placeholder: 'R8.1.1' }, '2026-04-01', 'R08.04.01'],
    ['全角数字2桁 month', 'date', { hint: '月（全角数字2桁）例：０４' }, '1', '０１', 'month'],
    ['全角 month without padding signal', 'date', { hint: '月（全角数字）' }, '1', '１', 'month'],
    ['era year example pads', 'date', { hint: '年 例：05' }, '2', '02', 'year'],
    ['era year 2桁', 'date', { hint: '和暦年（2桁）' }, '2', '02', 'year'],
    ['era year without signal', 'date', { hint: '年' }, '2', '2', 'year'],
    // spacing
    ['kana field, スペースは不要', 'kana', { hint: 'フリガナ（スペースは不要）' }, 'ヤマダ　ハナコ', 'ヤマダハナコ'],
    ['ふりがな example without space', 'kana', { hint: 'ふりがな 例：やまだはなこ' }, 'ヤマダ　ハナコ', 'やまだはなこ'],
    ['half-width kana + space note', 'kana', { hint: 'フリガナ（半角カナ・姓と名の間に半角スペース）' }, 'ヤマダ　ハナコ', 'ﾔﾏﾀﾞ ﾊﾅｺ'],
    ['half-width kana + no space', 'kana', { hint: 'カナ氏名（半角カナ、スペース不要）' }, 'ヤマダ　ハナコ', 'ﾔﾏﾀﾞﾊﾅｺ'],
    ['full-width kana + 半角スペース stays full-width kana', 'kana', { hint: 'フリガナ（全角カナ、姓名の間は半角スペース）' }, 'やまだ　はなこ', 'ヤマダ ハナコ'],
    ['half-width kana example sets script and spacing', 'kana', { hint: 'お名前', placeholder: 'ﾔﾏﾀﾞ ﾀﾛｳ' }, 'ヤマダ　ハナコ', 'ﾔﾏﾀﾞ ﾊﾅｺ'],
    ['placeholder with a full-width space', 'kana', { hint: 'フリガナ', placeholder: 'ヤマダ　タロウ' }, 'ヤマダ ハナコ', 'ヤマダ　ハナコ'],
    ['kanji example with space (collapsed in the hint)', 'name', { hint: '氏名 例：山田 太郎' }, '山田 花子', '山田　花子'],
    ['kanji name example without space', 'name', { hint: '氏名 例：山田太郎' }, '山田　花子', '山田花子'],
    ['romaji example', 'romaji', { hint: 'ローマ字 例：TARO YAMADA' }, 'HANAKO\u3000YAMADA', 'HANAKO YAMADA'],
    // prefecture
    ['「都・府・県は省略」', 'prefecture', { hint: '都道府県（都・府・県は省略）' }, '神奈川県', '神奈川'],
    ['「都府県は不要」', 'prefecture', { hint: '都道府県名 ※都府県は不要' }, '東京都', '東京'],
    ['北海道 keeps its 道', 'prefecture', { hint: '都道府県（都・府・県は省略）' }, '北海道', '北海道'],
    ['short example', 'prefecture', { hint: '都道府県', placeholder: '例：神奈川' }, '大阪府', '大阪'],
    ['full example', 'prefecture', { hint: '都道府県', placeholder: '例：神奈川県' }, '大阪', '大阪府'],
    ['no signal keeps the value', 'prefecture', { hint: '都道府県' }, '神奈川県', '神奈川県'],
  ];
  it.each(cases)('%s', (_name, kind, field, value, expected, part) => {
    expect(fill(kind, field, value, part)).toBe(expected);
  });

  it('reads address traits from notes and examples', () => {
    const traits = (hint: string, placeholder?: string) =>
      inferTraits('address', input({ hint, ...(placeholder ? { placeholder } : {}) }));
    expect(traits('町名（丁目は含めず）').town).toBe('withoutChome');
    expect(traits('町名（丁目以降は番地欄へ）').town).toBe('withoutChome');
    expect(traits('町域・丁目').town).toBeUndefined();
    expect(traits('丁目・番地 例：1-2-3').block).toBe('hyphens');
    expect(traits('番地 例：１－２').block).toBe('hyphens');
    expect(traits('番地', '1丁目2番3号').block).toBe('words');
    expect(traits('丁目・番地（○丁目○番○号）').block).toBe('words');
    expect(traits('番地 例：1丁目2-3').block).toBe('mixed');
    expect(traits('町名 例：霞が関一丁目').chomeNumerals).toBe('kanji');
    expect(traits('町名 例：霞が関1丁目').chomeNumerals).toBe('arabic');
    expect(traits('町名（丁目は漢数字で）').chomeNumerals).toBe('kanji');
    expect(traits('ご住所（都道府県は不要）').prefecture).toBe('omit');
    expect(traits('ご住所（市区町村から）').prefecture).toBe('omit');
    expect(traits('ご住所').prefecture).toBeUndefined();
  });
});

describe('signals that are not what they look like', () => {
  it('「例えば」 is no example', () => {
    expect(inferTraits('kana', input({ hint: 'お名前の読み 例えば山田なら' })).script).toBeUndefined();
    expect(inferTraits('kana', input({ hint: 'お名前の読み 例：やまだ' })).script).toBe('hiragana');
  });

  it('a space without a width follows the width of the kana', () => {
    expect(fill('kana', { hint: 'フリガナ（半角カナ・姓と名の間にスペース）' }, 'ヤマダ　ハナコ')).toBe('ﾔﾏﾀﾞ ﾊﾅｺ');
    expect(fill('kana', { hint: 'フリガナ（全角カナ・姓と名の間にスペース）' }, 'ﾔﾏﾀﾞ ﾊﾅｺ')).toBe('ヤマダ　ハナコ');
  });
});
