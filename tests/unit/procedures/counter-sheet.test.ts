import { describe, expect, it } from 'vitest';
import { buildCounterSheet } from '../../../lib/procedures/counter-sheet';
import { sampleProfile } from '../spine/sample';

describe('counter sheet', () => {
  it('転入届: 和暦 dates, both addresses in the form order, ふりがな and every person who moves', () => {
    const sheet = buildCounterSheet('tennyu', sampleProfile(), '2026-12-21');
    expect(sheet.filedOn).toBe('令和8年12月21日');
    expect(sheet.movedOn).toBe('令和8年12月20日');
    expect(sheet.newAddress).toEqual({ postalCode: '530-0001', address: '大阪府大阪市北区梅田一丁目2-3', building: '梅田テストハイツ502' });
    expect(sheet.oldAddress).toEqual({ postalCode: '160-0022', address: '東京都新宿区新宿三丁目1-1', building: 'サンプルマンション101' });
    expect(sheet.movers).toEqual([
      { name: '山田　花子', furigana: 'やまだ　はなこ', birthDate: '平成2年4月15日', gender: '女', relationship: '' },
      { name: '山田　一郎', furigana: 'やまだ　いちろう', birthDate: '昭和63年9月2日', gender: '男', relationship: '夫' },
    ]);
    expect(sheet.filer).toEqual({ name: '山田　花子', furigana: 'やまだ　はなこ', phone: '090-1234-5678' });
  });

  it('leaves boxes empty where the profile has nothing', () => {
    const profile = sampleProfile();
    const sheet = buildCounterSheet('tenshutsu', { ...profile, birthDate: '', move: { date: '', stopDate: '', startDate: '' }, household: [] }, '2019-05-01');
    expect(sheet.filedOn).toBe('令和元年5月1日');
    expect(sheet.movedOn).toBe('');
    expect(sheet.movers).toHaveLength(1);
    expect(sheet.movers[0].birthDate).toBe('');
  });
});
