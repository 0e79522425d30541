import { describe, expect, it } from 'vitest';
import { splitAddress } from '../../../lib/postal/split-address';

describe('splitAddress without the index', () => {
  it.each([
    ['東京都千代田区千代田1-1', { postalCode: '', prefecture: '東京都', city: '千代田区', rest: '千代田1-1' }],
    ['神奈川県横浜市中区日本大通1', { postalCode: '', prefecture: '神奈川県', city: '横浜市中区', rest: '日本大通1' }],
    ['長野県北佐久郡軽井沢町軽井沢1', { postalCode: '', prefecture: '長野県', city: '北佐久郡軽井沢町', rest: '軽井沢1' }],
    ['〒123-4567 埼玉県さいたま市浦和区高砂3-15-1', { postalCode: '1234567', prefecture: '埼玉県', city: 'さいたま市浦和区', rest: '高砂3-15-1' }],
    ['', { postalCode: '', prefecture: '', city: '', rest: '' }],
  ])('%s', async (text, expected) => {
    expect(await splitAddress(text)).toEqual(expected);
  });

  it('takes city names from a given list, longest first', async () => {
    const cities = (code: string) => (code === '13' ? ['府中市', '府中', '八王子市'] : []);
    expect(await splitAddress('東京都府中市宮西町1', cities)).toEqual({
      postalCode: '',
      prefecture: '東京都',
      city: '府中市',
      rest: '宮西町1',
    });
  });

  it('keeps the whole text when no city list fits and no prefecture is written', async () => {
    expect(await splitAddress('どこか1-1', () => [])).toEqual({ postalCode: '', prefecture: '', city: '', rest: 'どこか1-1' });
  });
});
