import { defineProvider } from '../../lib/providers/define';

export default defineProvider({
  id: 'demo-gas',
  label: { ja: 'デモガス（ガスの使用開始）', en: 'Demo Gas (start of service)' },
  category: 'gas',
  origins: ['http://127.0.0.1:47812'],
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
