import { defineProvider, defineTests } from '../../lib/providers/define';

export default defineProvider({
  id: 'demo-suido',
  label: { ja: 'デモ市水道局（使用中止・転居届）', en: 'Demo City Waterworks (stop / forwarding)' },
  category: 'water',
  origins: ['http://127.0.0.1:27813'],
  demo: true,
  updated: '2026-11-27',
  notes: 'Old table layout without ids. The e-mail field stays disabled until the user ticks メールでの連絡.',
  pages: [
    {
      id: 'stop',
      path: '/cgi-bin/idou.html',
      title: { ja: '水道の使用中止・転居届', en: 'Stop water service / forwarding address' },
      form: 'form[name="idou"]',
      fields: [
        { selector: 'input[name="SUISEN_NO"]', key: 'provider.customerNumber' },
        { selector: 'input[name="SHIMEI"]', key: 'name.full' },
        { selector: 'input[name="KANA"]', key: 'name.fullKana' },
        { selector: 'input[name="TEL1"]', key: 'phone', part: 1 },
        { selector: 'input[name="TEL2"]', key: 'phone', part: 2 },
        { selector: 'input[name="TEL3"]', key: 'phone', part: 3 },
        { selector: 'input[name="MAIL"]', key: 'email' },
        { selector: 'input[name="KYU_JUSHO"]', key: 'oldAddress.full' },
        { selector: 'input[name="CHUSHI_BI"]', key: 'move.stopDate', format: 'dateSlash' },
        { selector: 'input[name="SHIN_YUBIN1"]', key: 'newAddress.postalCode', part: 1 },
        { selector: 'input[name="SHIN_YUBIN2"]', key: 'newAddress.postalCode', part: 2 },
        { selector: 'input[name="SHIN_JUSHO"]', key: 'newAddress.fullWithoutBuilding' },
        { selector: 'input[name="SHIN_TATEMONO"]', key: 'newAddress.building' },
      ],
    },
  ],
});

// Test cases: each page loaded from its fixture, filled from the sample profile, compared.
export const tests = defineTests([
  {
    page: 'stop',
    fixture: 'tests/fixtures/sites/demo-suido/cgi-bin/idou.html',
    values: {
      SUISEN_NO: '77-001234',
      SHIMEI: '山田　花子',
      KANA: 'ヤマダ　ハナコ',
      TEL1: '090',
      TEL2: '1234',
      TEL3: '5678',
      KYU_JUSHO: '東京都新宿区新宿三丁目1-1 サンプルマンション101',
      CHUSHI_BI: '2026/12/20',
      SHIN_YUBIN1: '530',
      SHIN_YUBIN2: '0001',
      SHIN_JUSHO: '大阪府大阪市北区梅田一丁目2-3',
      SHIN_TATEMONO: '梅田テストハイツ502',
    },
    untouched: {
      MAIL: '',
      BIKOU: '',
    },
    unchecked: ['MAIL_KIBOU'],
    notFilled: [
      { key: 'email', outcome: 'skipped', reason: 'disabled' },
    ],
  },
]);
