import { defineProvider } from '../../lib/providers/define';

export default defineProvider({
  id: 'demo-suido',
  label: { ja: 'デモ市水道局（使用中止・転居届）', en: 'Demo City Waterworks (stop / forwarding)' },
  category: 'water',
  origins: ['http://127.0.0.1:47813'],
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
