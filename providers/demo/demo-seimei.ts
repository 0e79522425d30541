import { defineProvider, defineTests } from '../../lib/providers/define';

export default defineProvider({
  id: 'demo-seimei',
  label: { ja: 'デモ生命 ご契約内容の変更（住所・お名前）', en: 'Demo Life change of address and name' },
  category: 'insurance',
  origins: ['http://127.0.0.1:27843'],
  demo: true,
  updated: '2026-12-04',
  notes:
    'No field names a format: every shape is read from the page. Step 1 asks names without a space, the birth date as era letter, ' +
    'padded era year and 全角 two-digit month and day, and a family member’s birth date as padded era initial (例：H05.04.01). Step 2 splits the new address into 町名 without its 丁目 and a 丁目・番地 box (例：1-2-3), a prefecture ' +
    'text box without 都・府・県, and the old town and block as 「○丁目○番○号」. Step 3 wants a 半角カナ name with a ' +
    'half-width space, an address without prefecture and the 丁目 in Arabic numerals (例：霞が関1丁目, 3丁目4-5).',
  pages: [
    {
      id: 'keiyakusha',
      path: '/henko/keiyakusha',
      title: { ja: '1/3 ご契約者・被保険者', en: '1/3 Policyholder and insured' },
      form: 'form#keiyakushaForm',
      fields: [
        { selector: '#kShimei', key: 'name.full' },
        { selector: '#kKana', key: 'name.fullKana' },
        { selector: '#kGengo', key: 'birthDate', part: 'era' },
        { selector: '#kNen', key: 'birthDate', part: 'year' },
        { selector: '#kTsuki', key: 'birthDate', part: 'month' },
        { selector: '#kHi', key: 'birthDate', part: 'day' },
        { selector: '#hShimei', key: 'household[0].name.full' },
        { selector: '#hFurigana', key: 'household[0].name.fullKana' },
        { selector: '#hSeinengappi', key: 'household[0].birthDate' },
      ],
    },
    {
      id: 'jusho',
      path: '/henko/jusho',
      title: { ja: '2/3 新旧のご住所', en: '2/3 New and old address' },
      form: 'form#jushoForm',
      fields: [
        { selector: '#shinYubin', key: 'newAddress.postalCode' },
        { selector: '#shinKen', key: 'newAddress.prefecture' },
        { selector: '#shinShiku', key: 'newAddress.city' },
        { selector: '#shinChomei', key: 'newAddress.town' },
        { selector: '#shinBanchi', key: 'newAddress.block' },
        { selector: '#shinTatemono', key: 'newAddress.building' },
        { selector: '#kyuKen', key: 'oldAddress.prefecture' },
        { selector: '#kyuShiku', key: 'oldAddress.city' },
        { selector: '#kyuChoban', key: 'oldAddress.townBlock' },
      ],
    },
    {
      id: 'soufu',
      path: '/henko/soufu',
      title: { ja: '3/3 書類の送付先', en: '3/3 Where to send documents' },
      form: 'form#soufuForm',
      fields: [
        { selector: '#atena', key: 'name.fullKana' },
        { selector: '#soufuJusho', key: 'newAddress.full' },
        { selector: '#idoBi', key: 'move.date' },
        { selector: '#kakuninChoiki', key: 'oldAddress.town' },
        { selector: '#kakuninBanchi', key: 'oldAddress.block' },
        { selector: '#kakuninShinBanchi', key: 'newAddress.chomeBlock' },
      ],
    },
  ],
});

export const tests = defineTests([
  {
    page: 'keiyakusha',
    fixture: 'tests/fixtures/sites/demo-seimei/henko/keiyakusha.html',
    values: {
      kShimei: '山田花子',
      kKana: 'ヤマダハナコ',
      kGengo: 'H',
      kNen: '02',
      kTsuki: '０４',
      kHi: '１５',
      hShimei: '山田　一郎',
      hFurigana: 'やまだいちろう',
      hSeinengappi: 'S63.09.02',
    },
    untouched: { kDenwa: '', homepage: '' },
  },
  {
    page: 'jusho',
    fixture: 'tests/fixtures/sites/demo-seimei/henko/jusho.html',
    values: {
      shinYubin: '530-0001',
      shinKen: '大阪',
      shinShiku: '大阪市北区',
      shinChomei: '梅田',
      shinBanchi: '1-2-3',
      shinTatemono: '梅田テストハイツ502',
      kyuKen: '東京都',
      kyuShiku: '新宿区',
      kyuChoban: '新宿3丁目1番1号',
    },
    untouched: { homepage: '' },
  },
  {
    page: 'soufu',
    fixture: 'tests/fixtures/sites/demo-seimei/henko/soufu.html',
    values: {
      atena: 'ﾔﾏﾀﾞ ﾊﾅｺ',
      soufuJusho: '大阪市北区梅田一丁目2-3 梅田テストハイツ502',
      idoBi: 'R08.12.20',
      kakuninChoiki: '新宿3丁目',
      kakuninBanchi: '1-1',
      kakuninShinBanchi: '1丁目2-3',
    },
    untouched: { homepage: '' },
    unchecked: ['doui'],
  },
]);
