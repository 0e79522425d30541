import { defineProvider, defineTests } from '../../lib/providers/define';

export default defineProvider({
  id: 'demo-tenkyo',
  label: { ja: 'デモ郵便 転居届（インターネット受付）', en: 'Demo Post forwarding address (online)' },
  category: 'post',
  origins: ['http://127.0.0.1:27814'],
  demo: true,
  updated: '2026-11-27',
  notes:
    'Two steps. Step 1 asks ふりがな in ひらがな and a 半角カナ label name, the birth date as 元号 select (JIS era codes 1-5) + era year; ' +
    'step 2 has prefecture selects valued with JIS codes (01-47), a one-line new address and a 転送開始希望日 the site only accepts in 和暦 ' +
    '(nothing on the page says so, hence the explicit format). 転居者3人目, 備考 and the consent box are left to the user.',
  pages: [
    {
      id: 'tenkyosha',
      path: '/tenkyo/step1',
      title: { ja: '1/2 転居される方', en: '1/2 People moving' },
      form: 'form#tenkyoStep1',
      fields: [
        { selector: '#todokedeSei', key: 'name.family' },
        { selector: '#todokedeMei', key: 'name.given' },
        { selector: '#furiganaSei', key: 'name.familyKana' },
        { selector: '#furiganaMei', key: 'name.givenKana' },
        { selector: '#atenaKana', key: 'name.fullKana' },
        { selector: '#birthEra', key: 'birthDate', part: 'era' },
        { selector: '#birthNen', key: 'birthDate', part: 'year' },
        { selector: '#birthTsuki', key: 'birthDate', part: 'month' },
        { selector: '#birthHi', key: 'birthDate', part: 'day' },
        { selector: '#telKeitai', key: 'phone' },
        { selector: '#telJitaku', key: 'phoneAlt', format: 'phoneHyphen' },
        { selector: '#tenkyosha2Sei', key: 'household[0].name.family' },
        { selector: '#tenkyosha2Mei', key: 'household[0].name.given' },
        { selector: '#tenkyosha2FuriSei', key: 'household[0].name.familyKana' },
        { selector: '#tenkyosha2FuriMei', key: 'household[0].name.givenKana' },
        { selector: '#tenkyosha2Zokugara', key: 'household[0].relationship' },
      ],
    },
    {
      id: 'jusho',
      path: '/tenkyo/step2',
      title: { ja: '2/2 旧住所・新住所', en: '2/2 Old and new address' },
      form: 'form#tenkyoStep2',
      fields: [
        { selector: '#kyuYubin', key: 'oldAddress.postalCode' },
        { selector: '#kyuPref', key: 'oldAddress.prefecture' },
        { selector: '#kyuShiku', key: 'oldAddress.city' },
        { selector: '#kyuChoiki', key: 'oldAddress.town' },
        { selector: '#kyuBanchi', key: 'oldAddress.block' },
        { selector: '#kyuTatemono', key: 'oldAddress.building', format: 'fullwidth' },
        { selector: '#shinYubin', key: 'newAddress.postalCode' },
        { selector: '#shinPref', key: 'newAddress.prefecture' },
        { selector: '#shinJusho', key: 'newAddress.full' },
        { selector: '#tensoKaishi', key: 'move.date', format: 'dateWareki' },
      ],
    },
  ],
});

// Test cases: each page loaded from its fixture, filled from the sample profile, compared.
// Fields without a format in the mapping show the inferred one (tests/e2e/fill-formats.spec.ts).
export const tests = defineTests([
  {
    page: 'tenkyosha',
    fixture: 'tests/fixtures/sites/demo-tenkyo/tenkyo/step1.html',
    values: {
      todokedeSei: '山田',
      todokedeMei: '花子',
      furiganaSei: 'やまだ',
      furiganaMei: 'はなこ',
      atenaKana: 'ﾔﾏﾀﾞ ﾊﾅｺ',
      birthEra: '4',
      birthNen: '2',
      birthTsuki: '4',
      birthHi: '15',
      telKeitai: '09012345678',
      telJitaku: '03-1234-5678',
      tenkyosha2Sei: '山田',
      tenkyosha2Mei: '一郎',
      tenkyosha2FuriSei: 'やまだ',
      tenkyosha2FuriMei: 'いちろう',
      tenkyosha2Zokugara: '夫',
    },
    untouched: { tenkyosha3Shimei: '', tenkyosha3Furigana: '', faxNo: '', token: 'demo-token' },
  },
  {
    page: 'jusho',
    fixture: 'tests/fixtures/sites/demo-tenkyo/tenkyo/step2.html',
    values: {
      kyuYubin: '1600022',
      kyuPref: '13',
      kyuShiku: '新宿区',
      kyuChoiki: '新宿三丁目',
      kyuBanchi: '１－１',
      kyuTatemono: 'サンプルマンション１０１',
      shinYubin: '530-0001',
      shinPref: '27',
      shinJusho: '大阪府大阪市北区梅田一丁目2-3 梅田テストハイツ502',
      tensoKaishi: '令和8年12月20日',
    },
    untouched: { bikou: '', homepage: '' },
    unchecked: ['doui'],
  },
]);
