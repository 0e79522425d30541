import { describe, expect, it } from 'vitest';
import {
  PREFECTURES,
  applyFormat,
  composeAddress,
  composeName,
  prefectureOf,
  valuePart,
} from '../../../lib/formats/index';

describe('prefectureOf', () => {
  it.each(['東京', '東京都', '13', '013', '13 東京都', '東京都(13)', '13:東京都', ' 東京都 '])('%s → 東京都', (input) => {
    expect(prefectureOf(input)).toEqual({ name: '東京都', short: '東京', code: '13' });
  });

  it('keeps 北海道 whole and tells 京都 from 東京都', () => {
    expect(prefectureOf('北海道')).toEqual({ name: '北海道', short: '北海道', code: '01' });
    expect(prefectureOf('1')?.name).toBe('北海道');
    expect(prefectureOf('京都')?.name).toBe('京都府');
    expect(prefectureOf('大阪')?.code).toBe('27');
    expect(prefectureOf('47')?.name).toBe('沖縄県');
  });

  it.each(['', '48', '0', 'Tokyo', '東京都千代田区'])('rejects %s', (input) => {
    expect(prefectureOf(input)).toBeNull();
  });

  it('has the 47 prefectures in JIS order', () => {
    expect(PREFECTURES).toHaveLength(47);
    expect(PREFECTURES[13]).toEqual({ name: '神奈川県', short: '神奈川', code: '14' });
  });

  it.each([
    ['prefectureName', '東京', '東京都'],
    ['prefectureShort', '大阪府', '大阪'],
    ['prefectureCode', '北海道', '01'],
    ['prefectureCode', '沖縄', '47'],
  ] as const)('%s(%s) = %s', (format, input, expected) => {
    expect(applyFormat(format, input)).toBe(expected);
  });
});

describe('names', () => {
  it('composes family and given', () => {
    expect(composeName('山田', '太郎', 'none')).toBe('山田太郎');
    expect(composeName('山田', '太郎', 'half')).toBe('山田 太郎');
    expect(composeName('ヤマダ', 'タロウ', 'full')).toBe('ヤマダ　タロウ');
    expect(composeName('山田', '', 'full')).toBe('山田');
  });

  it.each([
    ['nameNoSpace', '山田 太郎', '山田太郎'],
    ['nameNoSpace', '山田　太郎', '山田太郎'],
    ['nameHalfSpace', '山田　太郎', '山田 太郎'],
    ['nameFullSpace', '山田 太郎', '山田　太郎'],
    ['nameFullSpace', ' ヤマダ   タロウ ', 'ヤマダ　タロウ'],
    ['nameFullSpace', '山田', '山田'],
  ] as const)('%s(%s) = %s', (format, input, expected) => {
    expect(applyFormat(format, input)).toBe(expected);
  });
});

describe('composeAddress', () => {
  const address = {
    postalCode: '1000001',
    prefecture: '東京都',
    city: '千代田区',
    town: '千代田',
    block: '1-1',
    buildingName: 'パレスハイツ',
    room: '101',
  };

  it.each([
    ['full', '東京都千代田区千代田1-1 パレスハイツ 101'],
    ['fullWithoutBuilding', '東京都千代田区千代田1-1'],
    ['line1', '千代田区千代田1-1'],
    ['cityTown', '千代田区千代田'],
    ['townBlock', '千代田1-1'],
    ['blockBuilding', '1-1 パレスハイツ 101'],
    ['afterCity', '千代田1-1 パレスハイツ 101'],
    ['afterPrefecture', '千代田区千代田1-1 パレスハイツ 101'],
  ] as const)('%s', (run, expected) => {
    expect(composeAddress(address, run)).toBe(expected);
  });

  it('prefers the stored building and skips empty parts', () => {
    expect(composeAddress({ ...address, building: 'パレスハイツ101号室' }, 'blockBuilding')).toBe('1-1 パレスハイツ101号室');
    expect(composeAddress({ prefecture: '東京都', city: '千代田区' }, 'full')).toBe('東京都千代田区');
    expect(composeAddress({ buildingName: 'ビル' }, 'afterCity')).toBe('ビル');
    expect(composeAddress({}, 'full')).toBe('');
  });
});

describe('valuePart', () => {
  it('cuts postal codes, phones and dates into the pieces forms ask for', () => {
    expect(valuePart('postal', '1000001', 1)).toBe('100');
    expect(valuePart('postal', '1000001', 2)).toBe('0001');
    expect(valuePart('phone', '0467123456', 2)).toBe('12');
    expect(valuePart('phone', '09012345678', 3)).toBe('5678');
    expect(valuePart('date', '2019-05-01', 'year')).toBe('2019');
    expect(valuePart('date', '2019-05-01', 'year', { eraYear: true })).toBe('1');
    expect(valuePart('date', '2019-05-01', 'era')).toBe('令和');
    expect(valuePart('date', '2019-05-01', 'month')).toBe('5');
    expect(valuePart('date', 'x', 'day')).toBe('');
    expect(valuePart('postal', '123', 1)).toBe('');
  });
});
