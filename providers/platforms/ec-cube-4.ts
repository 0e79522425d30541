import { defineProvider, defineTests } from '../../lib/providers/define';

// EC-CUBE 4's default theme (Symfony form names entry[...]), as found on many Japanese shops. Matched
// by the form's own names on any https origin, never by origin, and always filled as a guess the user
// confirms: a shop can rename or add fields in its theme.
export default defineProvider({
  id: 'ec-cube-4',
  label: { ja: 'EC-CUBE 4 のショップ（会員情報）', en: 'EC-CUBE 4 shop (member details)' },
  category: 'other',
  origins: [],
  platform: { name: 'EC-CUBE 4' },
  updated: '2026-12-04',
  notes:
    'Template: src/Eccube/Resource/template/default/Mypage/change.twig and Entry/index.twig. Moving house, a member ' +
    'changes the registered address to the new one, so the address maps to newAddress. addr01 is 市区町村名, addr02 ' +
    '番地・ビル名; the postal code and phone are single boxes (digits, no hyphen, from the placeholders).',
  pages: [
    {
      id: 'mypage-change',
      path: '/mypage/change',
      title: { ja: '会員情報編集', en: 'Edit member details' },
      form: 'form[action$="/mypage/change"]',
      signature: ['input[name="entry[name][name01]"]', 'input[name="entry[kana][kana01]"]', 'input[name="entry[postal_code]"]', 'select[name="entry[address][pref]"]'],
      fields: [
        { selector: '#entry_name_name01', key: 'name.family' },
        { selector: '#entry_name_name02', key: 'name.given' },
        { selector: '#entry_kana_kana01', key: 'name.familyKana' },
        { selector: '#entry_kana_kana02', key: 'name.givenKana' },
        { selector: '#entry_postal_code', key: 'newAddress.postalCode' },
        { selector: '#entry_address_pref', key: 'newAddress.prefecture' },
        { selector: '#entry_address_addr01', key: 'newAddress.cityTown' },
        { selector: '#entry_address_addr02', key: 'newAddress.blockBuilding' },
        { selector: '#entry_phone_number', key: 'phone' },
        { selector: '#entry_email_first', key: 'email' },
        { selector: '#entry_email_second', key: 'emailConfirm' },
        { selector: '#entry_birth_year', key: 'birthDate', part: 'year' },
        { selector: '#entry_birth_month', key: 'birthDate', part: 'month' },
        { selector: '#entry_birth_day', key: 'birthDate', part: 'day' },
        { selector: 'input[name="entry[sex]"]', key: 'gender' },
      ],
    },
  ],
});

// Test cases: each page loaded from its fixture, filled from the sample profile, compared.
export const tests = defineTests([
  {
    page: 'mypage-change',
    fixture: 'tests/fixtures/sites/platform-ec-cube-4/mypage/change.html',
    values: {
      'entry[name][name01]': '山田',
      'entry[name][name02]': '花子',
      'entry[kana][kana01]': 'ヤマダ',
      'entry[kana][kana02]': 'ハナコ',
      'entry[postal_code]': '5300001',
      'entry[address][pref]': '27',
      'entry[address][addr01]': '大阪市北区梅田一丁目',
      'entry[address][addr02]': '2-3 梅田テストハイツ502',
      'entry[phone_number]': '09012345678',
      'entry[email][first]': 'hanako.yamada@example.jp',
      'entry[email][second]': 'hanako.yamada@example.jp',
      'entry[birth][year]': '1990',
      'entry[birth][month]': '4',
      'entry[birth][day]': '15',
      'entry[sex]': '2',
    },
    untouched: { 'entry[company_name]': '', 'entry[password][first]': '', 'entry[job]': '' },
  },
]);
