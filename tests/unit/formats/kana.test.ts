import { describe, expect, it } from 'vitest';
import { applyFormat } from '../../../lib/formats/index';

describe('katakana', () => {
  it.each([
    ['やまだ たろう', 'ヤマダ タロウ'],
    ['ゔぁいおりん', 'ヴァイオリン'],
    ['ｶﾞｯｺｳ', 'ガッコウ'],
    ['ﾊﾟｰﾃｨｰ', 'パーティー'],
    ['ｳﾞｨｰﾅｽ', 'ヴィーナス'],
    ['ﾜﾞｦﾞ', 'ヷヺ'],
    ['山田　やまだ', '山田　ヤマダ'],
    ['ABC', 'ABC'],
  ])('%s → %s', (input, expected) => {
    expect(applyFormat('katakana', input)).toBe(expected);
  });
});

describe('hiragana', () => {
  it.each([
    ['ヤマダ タロウ', 'やまだ たろう'],
    ['ヴァイオリン', 'ゔぁいおりん'],
    ['ｺｰﾋｰ', 'こーひー'],
    ['ヵヶ', 'ゕゖ'],
    ['キッチン', 'きっちん'],
  ])('%s → %s', (input, expected) => {
    expect(applyFormat('hiragana', input)).toBe(expected);
  });
});

describe('halfwidthKatakana', () => {
  it.each([
    ['ガッコウ', 'ｶﾞｯｺｳ'],
    ['パン', 'ﾊﾟﾝ'],
    ['ヴィーナス', 'ｳﾞｨｰﾅｽ'],
    ['がっこう', 'ｶﾞｯｺｳ'],
    ['ヤマダ　タロウ', 'ﾔﾏﾀﾞ ﾀﾛｳ'],
    ['ヷヸヹヺ', 'ﾜﾞｲﾞｴﾞｦﾞ'],
    ['ヵヶ', 'ｶｹ'],
    ['ジョン・スミス', 'ｼﾞｮﾝ･ｽﾐｽ'],
    ['ＡＢＣ１２３', 'ABC123'],
  ])('%s → %s', (input, expected) => {
    expect(applyFormat('halfwidthKatakana', input)).toBe(expected);
  });
});

describe('bankKana', () => {
  it.each([
    ['ヤマダ タロウ', 'ﾔﾏﾀﾞ ﾀﾛｳ'],
    ['ヤマダ　タロウ', 'ﾔﾏﾀﾞ ﾀﾛｳ'],
    ['きっかわ', 'ｷﾂｶﾜ'],
    ['ジョー', 'ｼﾞﾖ-'],
    ['ファミリー', 'ﾌｱﾐﾘ-'],
    ['ヴァン', 'ｳﾞｱﾝ'],
    ['ｷｬｯﾁ', 'ｷﾔﾂﾁ'],
    ['カ）ヤマダショウジ', 'ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ'],
    ['ジョン・スミス', 'ｼﾞﾖﾝ.ｽﾐｽ'],
    ['abc', 'ABC'],
    ['山田 タロウ', 'ﾀﾛｳ'],
    ['ヤマダ  　タロウ ', 'ﾔﾏﾀﾞ ﾀﾛｳ'],
  ])('%s → %s', (input, expected) => {
    expect(applyFormat('bankKana', input)).toBe(expected);
  });
});
