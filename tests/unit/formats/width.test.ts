import { describe, expect, it } from 'vitest';
import { applyFormat, normaliseHyphens } from '../../../lib/formats/index';

describe('fullwidth', () => {
  it.each([
    ['1-2-3', '１－２－３'],
    ['Room 101', 'Ｒｏｏｍ　１０１'],
    ['千代田1−1', '千代田１－１'],
    ['1丁目2ー3', '１丁目２－３'],
    ['ｺｰﾎﾟ101', 'コーポ１０１'],
    ['さいたま市', 'さいたま市'],
    ['メゾン・ド・パルファン', 'メゾン・ド・パルファン'],
    ['コーポ', 'コーポ'],
  ])('%s → %s', (input, expected) => {
    expect(applyFormat('fullwidth', input)).toBe(expected);
  });
});

describe('halfwidth', () => {
  it.each([
    ['１－２－３', '1-2-3'],
    ['Ｒｏｏｍ　１０１', 'Room 101'],
    ['１ー２ー３', '1-2-3'],
    ['1‐2–3—4―5', '1-2-3-4-5'],
    ['コーポ１０１', 'コーポ101'],
    ['ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ', 'taro@example.jp'],
  ])('%s → %s', (input, expected) => {
    expect(applyFormat('halfwidth', input)).toBe(expected);
  });
});

describe('digitsOnly', () => {
  it.each([
    ['03-1234-5678', '0312345678'],
    ['０３（１２３４）５６７８', '0312345678'],
    ['No. 12', '12'],
    ['なし', ''],
  ])('%s → %s', (input, expected) => {
    expect(applyFormat('digitsOnly', input)).toBe(expected);
  });
});

describe('uppercase', () => {
  it('capitalizes romaji, half width', () => {
    expect(applyFormat('uppercase', 'Taro Ｙａｍａｄａ')).toBe('TARO YAMADA');
  });
});

describe('normaliseHyphens', () => {
  it('keeps the long vowel mark inside kana words and turns dashes between digits', () => {
    expect(normaliseHyphens('コーヒー 1ー2−3', '-')).toBe('コーヒー 1-2-3');
    expect(normaliseHyphens('３丁目ー５', '－')).toBe('３丁目－５');
    expect(normaliseHyphens('スーパー１ー２', '-')).toBe('スーパー１-２');
  });
});
