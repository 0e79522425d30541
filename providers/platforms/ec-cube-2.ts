import { defineProvider, defineTests } from '../../lib/providers/define';

// EC-CUBE 2's default templates (form_personal_input.tpl with its "order_" prefix on the guest
// checkout), as found on many Japanese shops. Matched by the form's own names on any https origin and
// always filled as a guess the user confirms.
export default defineProvider({
  id: 'ec-cube-2',
  label: { ja: 'EC-CUBE 2 のショップ（ご注文者情報）', en: 'EC-CUBE 2 shop (orderer details)' },
  category: 'other',
  origins: [],
  platform: { name: 'EC-CUBE 2' },
  updated: '2026-12-04',
  notes:
    'Template: data/Smarty/templates/default/shopping/nonmember_input.tpl including frontparts/form_personal_input.tpl ' +
    'with prefix "order_". The orderer lives at the new address after a move; the お届け先 block (shipping_*) is a ' +
    'recipient, left alone. addr01 is 市区町村名 (例：千代田区神田神保町), addr02 番地・ビル名 (例：1-3-5).',
  pages: [
    {
      id: 'nonmember-input',
      path: '/shopping/nonmember_input.php',
      title: { ja: 'お客様情報入力', en: 'Customer details' },
      form: 'form#form1',
      signature: ['input[name="order_name01"]', 'input[name="order_kana01"]', 'input[name="order_zip01"]', 'select[name="order_pref"]', 'input[name="order_addr01"]'],
      fields: [
        { selector: 'input[name="order_name01"]', key: 'name.family' },
        { selector: 'input[name="order_name02"]', key: 'name.given' },
        { selector: 'input[name="order_kana01"]', key: 'name.familyKana' },
        { selector: 'input[name="order_kana02"]', key: 'name.givenKana' },
        { selector: 'input[name="order_zip01"]', key: 'newAddress.postalCode', part: 1 },
        { selector: 'input[name="order_zip02"]', key: 'newAddress.postalCode', part: 2 },
        { selector: 'select[name="order_pref"]', key: 'newAddress.prefecture' },
        { selector: 'input[name="order_addr01"]', key: 'newAddress.cityTown' },
        { selector: 'input[name="order_addr02"]', key: 'newAddress.blockBuilding' },
        { selector: 'input[name="order_tel01"]', key: 'phone', part: 1 },
        { selector: 'input[name="order_tel02"]', key: 'phone', part: 2 },
        { selector: 'input[name="order_tel03"]', key: 'phone', part: 3 },
        { selector: 'input[name="order_email"]', key: 'email' },
        { selector: 'input[name="order_email02"]', key: 'emailConfirm' },
      ],
    },
  ],
});

// Test cases: each page loaded from its fixture, filled from the sample profile, compared.
export const tests = defineTests([
  {
    page: 'nonmember-input',
    fixture: 'tests/fixtures/sites/platform-ec-cube-2/shopping/nonmember_input.html',
    values: {
      order_name01: '山田',
      order_name02: '花子',
      order_kana01: 'ヤマダ',
      order_kana02: 'ハナコ',
      order_zip01: '530',
      order_zip02: '0001',
      order_pref: '27',
      order_addr01: '大阪市北区梅田一丁目',
      order_addr02: '2-3 梅田テストハイツ502',
      order_tel01: '090',
      order_tel02: '1234',
      order_tel03: '5678',
      order_email: 'hanako.yamada@example.jp',
      order_email02: 'hanako.yamada@example.jp',
    },
    untouched: { order_company_name: '', shipping_name01: '', shipping_zip01: '' },
    unchecked: ['deliv_check'],
  },
]);
