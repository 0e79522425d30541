import { describe, expect, it } from 'vitest';
import { formatAddress, kanjiToNumber, numberToKanji, readTownBlock } from '../../../lib/formats/index';
import type { AddressParts, FormatTraits } from '../../../lib/formats/index';

describe('kanji numerals', () => {
  it.each([
    ['一', 1], ['二', 2], ['九', 9], ['十', 10], ['十一', 11], ['二十', 20], ['二十三', 23], ['九十九', 99], ['一〇', 10],
  ] as const)('%s ↔ %i', (kanji, n) => {
    expect(kanjiToNumber(kanji)).toBe(n);
    if (kanji !== '一〇') expect(numberToKanji(n)).toBe(kanji);
  });

  it('refuses what is not a kanji number', () => {
    expect(kanjiToNumber('十十')).toBeNull();
    expect(kanjiToNumber('丁')).toBeNull();
    expect(kanjiToNumber('')).toBeNull();
  });
});

// The same address, typed the ways people type it: every one reads as 小町, 2丁目, 1番1号.
const TYPED: [string, AddressParts][] = [
  ['小町二丁目 + 1-1', { town: '小町二丁目', block: '1-1' }],
  ['小町2丁目 + 1-1', { town: '小町2丁目', block: '1-1' }],
  ['小町 + 2-1-1', { town: '小町', block: '2-1-1' }],
  ['小町 + 2丁目1番1号', { town: '小町', block: '2丁目1番1号' }],
  ['小町 + 2丁目1-1', { town: '小町', block: '2丁目1-1' }],
  ['小町二丁目 + 1番1号', { town: '小町二丁目', block: '1番1号' }],
  ['小町2丁目 + 1番地1', { town: '小町2丁目', block: '1番地1' }],
  ['小町 + 二丁目一番一号', { town: '小町', block: '二丁目一番一号' }],
  ['小町 + 2ー1ー1 (長音 as hyphen)', { town: '小町', block: '2ー1ー1' }],
];

describe('readTownBlock', () => {
  it('reads full-width digits', () => {
    expect(readTownBlock('小町２丁目', '１－１')).toMatchObject({ townName: '小町', chome: 2, lots: [1, 1] });
  });

  it.each(TYPED)('%s', (_name, parts) => {
    const tb = readTownBlock(parts.town!, parts.block!);
    expect(tb.townName).toBe('小町');
    expect(tb.chome).toBe(2);
    expect(tb.lots).toEqual([1, 1]);
  });

  it('a town without 丁目 and a two-number block has no 丁目', () => {
    const tb = readTownBlock('大字本郷', '123-4');
    expect(tb).toMatchObject({ townName: '大字本郷', chomeIn: 'none', lots: [123, 4] });
    expect(tb.chome).toBeUndefined();
  });

  it('a block with words in it keeps its text', () => {
    const tb = readTownBlock('小町二丁目', '1-1 第2ビル');
    expect(tb.lots).toBeUndefined();
    expect(tb.blockText).toBe('1-1 第2ビル');
  });
});

describe('丁目 notations from every way of typing', () => {
  const townNumbersInBlock: FormatTraits = { town: 'withoutChome' };
  type Expect = [string, string, FormatTraits, string];
  const wanted: Expect[] = [
    ['町名 without 丁目', 'townName', {}, '小町'],
    ['town with 丁目 in arabic', 'town', { town: 'withChome', chomeNumerals: 'arabic' }, '小町2丁目'],
    ['town with 丁目 in kanji', 'town', { town: 'withChome', chomeNumerals: 'kanji' }, '小町二丁目'],
    ['town told to leave 丁目 out', 'town', townNumbersInBlock, '小町'],
    ['丁目・番地 as numbers', 'chomeBlock', { block: 'hyphens' }, '2-1-1'],
    ['丁目・番地 as 2丁目1番1号', 'chomeBlock', { block: 'words', chomeNumerals: 'arabic' }, '2丁目1番1号'],
    ['丁目・番地 as 2丁目1-1', 'chomeBlock', { block: 'mixed', chomeNumerals: 'arabic' }, '2丁目1-1'],
    ['丁目・番地 as 二丁目1番1号', 'chomeBlock', { block: 'words', chomeNumerals: 'kanji' }, '二丁目1番1号'],
    ['town and block as numbers', 'townBlock', { block: 'hyphens' }, '小町2-1-1'],
    ['town and block as words', 'townBlock', { block: 'words', chomeNumerals: 'arabic' }, '小町2丁目1番1号'],
    ['town and block as 丁目 + hyphens', 'townBlock', { block: 'mixed', chomeNumerals: 'kanji' }, '小町二丁目1-1'],
    ['block without 丁目 as numbers', 'block', { town: 'withChome', block: 'hyphens' }, '1-1'],
    ['block without 丁目 as words', 'block', { town: 'withChome', block: 'words' }, '1番1号'],
    ['block with 丁目 when the town leaves it', 'block', { town: 'withoutChome', block: 'hyphens' }, '2-1-1'],
  ];
  for (const [typedName, parts] of TYPED) {
    it.each(wanted)(`${typedName} → %s`, (_name, key, traits, expected) => {
      expect(formatAddress({ city: '横浜市中区', ...parts }, key as never, traits)).toBe(expected);
    });
  }

  it('without traits every part stays as typed', () => {
    const parts = { prefecture: '東京都', city: '新宿区', town: '新宿三丁目', block: '1-1', building: 'ハイツ101' };
    expect(formatAddress(parts, 'town', {})).toBe('新宿三丁目');
    expect(formatAddress(parts, 'block', {})).toBe('1-1');
    expect(formatAddress(parts, 'full', {})).toBe('東京都新宿区新宿三丁目1-1 ハイツ101');
    expect(formatAddress({ town: '小町', block: '2-1-1' }, 'town', {})).toBe('小町');
    expect(formatAddress({ town: '小町', block: '2-1-1' }, 'block', {})).toBe('2-1-1');
  });

  it('a block written beside a town box that leaves the 丁目 out carries it', () => {
    const parts = { town: '新宿三丁目', block: '1-1' };
    expect(formatAddress(parts, 'block', {}, true)).toBe('3-1-1');
    expect(formatAddress(parts, 'town', {}, true)).toBe('新宿');
    expect(formatAddress(parts, 'block', { block: 'words' }, true)).toBe('三丁目1番1号');
    expect(formatAddress(parts, 'block', { block: 'words', chomeNumerals: 'arabic' }, true)).toBe('3丁目1番1号');
  });

  it('a block with a single number is written as 番地', () => {
    expect(formatAddress({ town: '小町一丁目', block: '12' }, 'chomeBlock', { block: 'words' })).toBe('一丁目12番地');
    expect(formatAddress({ town: '小町一丁目', block: '12' }, 'chomeBlock', { block: 'hyphens' })).toBe('1-12');
  });

  it('a town without 丁目 gives the same town and no 丁目 to move', () => {
    const parts = { town: '大字本郷', block: '123-4' };
    expect(formatAddress(parts, 'townName', {})).toBe('大字本郷');
    expect(formatAddress(parts, 'chomeBlock', { block: 'hyphens' })).toBe('123-4');
    expect(formatAddress(parts, 'chomeBlock', { block: 'words' })).toBe('123番4号');
  });

  it('the prefecture at the start of an address follows its trait', () => {
    const parts = { prefecture: '神奈川県', city: '横浜市中区', town: '小町二丁目', block: '1-1' };
    expect(formatAddress(parts, 'fullWithoutBuilding', { prefecture: 'short' })).toBe('神奈川横浜市中区小町二丁目1-1');
    expect(formatAddress(parts, 'fullWithoutBuilding', { prefecture: 'omit' })).toBe('横浜市中区小町二丁目1-1');
    expect(formatAddress(parts, 'fullWithoutBuilding', {})).toBe('神奈川県横浜市中区小町二丁目1-1');
  });
});

describe('a notation the user already typed', () => {
  it('keeps the typed text, full-width digits included', () => {
    const parts = { town: '新宿三丁目', block: '１－１' };
    expect(formatAddress(parts, 'townBlock', { block: 'mixed', chomeNumerals: 'kanji' })).toBe('新宿三丁目１－１');
    // control: another notation rewrites it
    expect(formatAddress(parts, 'townBlock', { block: 'words', chomeNumerals: 'kanji' })).toBe('新宿三丁目1番1号');
    const full = { town: '小町２丁目', block: '１－１' };
    expect(formatAddress(full, 'town', { chomeNumerals: 'arabic' })).toBe('小町２丁目');
    expect(formatAddress(full, 'chomeBlock', { block: 'hyphens' })).toBe('2-1-1');
    expect(formatAddress(full, 'townName', {})).toBe('小町');
  });
});
