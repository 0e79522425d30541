import { defineProvider } from '../../lib/providers/define';

// Test-only provider for tests/e2e/trust.spec.ts: what a fill leaves out, keeps, refuses and why.
// Pages live in tests/fixtures/sites/test-trust/ and are served on 127.0.0.1:27823; the same pages
// reached through *.localhost host names count as unmapped sites (guessed fills). Demo/test builds only.

export default defineProvider({
  id: 'test-trust',
  label: { ja: 'テスト用 信頼できる入力', en: 'Test: a fill to trust' },
  category: 'other',
  origins: ['http://127.0.0.1:27823'],
  demo: true,
  updated: '2026-12-04',
  notes: 'End-to-end tests only: kept user input, values that do not fit, fields left empty, visibility.',
  pages: [
    {
      id: 'entry',
      path: '/entry',
      title: { ja: '入力済み・入りきらない・空欄', en: 'Typed, too long, left empty' },
      form: 'form#main',
      fields: [
        { selector: '#sei', key: 'name.family' },
        { selector: '#mei', key: 'name.given' },
        { selector: '#tel', key: 'phone' },
        { selector: '#pref', key: 'newAddress.prefecture' },
      ],
    },
    {
      id: 'visibility',
      path: '/visibility',
      title: { ja: '見えない欄', en: 'Fields nobody sees' },
      form: 'form#main',
      fields: [
        { selector: '#sei', key: 'name.family' },
        { selector: '#mei', key: 'name.given' },
        { selector: '#twoFaint', key: 'phone' },
        { selector: '#oneFaint', key: 'email' },
        { selector: '#filterFaint', key: 'phoneAlt' },
        { selector: '#scaled', key: 'name.fullKana' },
        { selector: '#belowFold', key: 'oldAddress.postalCode' },
        { selector: '#belowFoldOpen', key: 'emailConfirm' },
        { selector: '#shadowCovered', key: 'newAddress.postalCode' },
      ],
    },
  ],
});
