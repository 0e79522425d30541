import { defineProvider, defineTests } from '../../lib/providers/define';

export default defineProvider({
  id: 'demo-gas',
  label: { ja: 'デモガス（ガスの使用開始）', en: 'Demo Gas (start of service)' },
  category: 'gas',
  origins: ['http://127.0.0.1:27812'],
  demo: true,
  updated: '2026-11-27',
  notes: 'Start-of-service form with year/month/day selects and a prefecture select. 立会い時間帯 is left to the user.',
  pages: [
    {
      id: 'start',
      path: '/kaishi',
      title: { ja: 'ガスの使用開始お申し込み', en: 'Start gas service' },
      form: 'form#kaishiForm',
      fields: [
        { selector: ['#name_sei', 'input[name="name_sei"]'], key: 'name.family' },
        { selector: '#name_mei', key: 'name.given' },
        { selector: '#kana_sei', key: 'name.familyKana' },
        { selector: '#kana_mei', key: 'name.givenKana' },
        { selector: '#birth_y', key: 'birthDate', part: 'year' },
        { selector: '#birth_m', key: 'birthDate', part: 'month' },
        { selector: '#birth_d', key: 'birthDate', part: 'day' },
        { selector: 'input[name="sex"]', key: 'gender' },
        { selector: '#tel', key: 'phone', format: 'phoneHyphen' },
        { selector: '#yubin', key: 'newAddress.postalCode', format: 'postalHyphen' },
        { selector: '#todofuken', key: 'newAddress.prefecture' },
        { selector: '#jusho', key: 'newAddress.line1' },
        { selector: '#tatemono', key: 'newAddress.building' },
        { selector: '#kaisen_y', key: 'move.startDate', part: 'year' },
        { selector: '#kaisen_m', key: 'move.startDate', part: 'month' },
        { selector: '#kaisen_d', key: 'move.startDate', part: 'day' },
        { selector: '#customer', key: 'provider.customerNumber' },
        { selector: '#fax', key: 'phoneAlt', label: 'FAX（画面には表示されない）' },
      ],
    },
  ],
});

// Test cases: each page loaded from its fixture, filled from the sample profile, compared.
export const tests = defineTests([
  {
    page: 'start',
    fixture: 'tests/fixtures/sites/demo-gas/kaishi.html',
    values: {
      name_sei: '山田',
      name_mei: '花子',
      kana_sei: 'ヤマダ',
      kana_mei: 'ハナコ',
      birth_y: '1990',
      birth_m: '04',
      birth_d: '15',
      sex: '2',
      tel: '090-1234-5678',
      yubin: '530-0001',
      todofuken: '大阪府',
      jusho: '大阪市北区梅田一丁目2-3',
      tatemono: '梅田テストハイツ502',
      kaisen_y: '2026',
      kaisen_m: '12',
      kaisen_d: '21',
      customer: 'G-20481234',
    },
    untouched: {
      fax: '',
    },
    unchecked: ['jikan'],
    notFilled: [
      { key: 'phoneAlt', outcome: 'skipped', reason: 'not-visible' },
    ],
  },
]);
