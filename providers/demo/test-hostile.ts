import { defineProvider } from '../../lib/providers/define';

// Test-only provider for the hostile-page suite (tests/e2e/hostile/). Each page is one scenario; the
// fixture pages live in tests/fixtures/sites/test-hostile/ and are served on 127.0.0.1:27820, the
// attacker's pages (tests/fixtures/sites/test-attacker/) on 127.0.0.1:27821. Demo/test builds only.

const NAME = [
  { selector: '#sei', key: 'name.family' },
  { selector: '#mei', key: 'name.given' },
] as const;

export default defineProvider({
  id: 'test-hostile',
  label: { ja: 'テスト用 攻撃的なページ', en: 'Test: hostile pages' },
  category: 'other',
  origins: ['http://127.0.0.1:27820'],
  demo: true,
  updated: '2026-11-27',
  notes: 'End-to-end security tests only: hidden traps, covered fields, scoping, frames, navigation, markup.',
  pages: [
    {
      id: 'traps',
      path: '/traps',
      title: { ja: '隠し欄のあるフォーム', en: 'Form with hidden traps' },
      form: 'form#main',
      fields: [
        ...NAME,
        { selector: '#trapHiddenType', key: 'email' },
        { selector: '#trapOffscreen', key: 'phone' },
        { selector: '#trapOpacity', key: 'phoneAlt' },
        { selector: '#trapTiny', key: 'name.fullKana' },
        { selector: '#trapVisibility', key: 'name.full' },
        { selector: '#trapClipPath', key: 'oldAddress.postalCode' },
        { selector: '#trapClip', key: 'emailConfirm' },
        { selector: '#trapDisplayNone', key: 'newAddress.full' },
        { selector: '#trapDetails', key: 'oldAddress.full' },
        { selector: '#trapParentOpacity', key: 'newAddress.postalCode' },
      ],
    },
    {
      id: 'covered',
      path: '/covered',
      title: { ja: '覆われた欄のあるフォーム', en: 'Form with covered fields' },
      form: 'form#main',
      fields: [
        ...NAME,
        { selector: '#telCovered', key: 'phone' },
        { selector: '#mailInvisible', key: 'email' },
      ],
    },
    {
      id: 'reacts',
      path: '/reacts',
      title: { ja: '入力に反応するフォーム', en: 'Form that reacts to input' },
      form: 'form#main',
      fields: [
        ...NAME,
        { selector: '#tel', key: 'phone' },
        { selector: '#mail', key: 'email' },
        { selector: '#kana', key: 'name.fullKana' },
      ],
    },
    {
      id: 'covered-passthrough',
      path: '/covered-passthrough',
      title: { ja: 'クリックを通す覆いのあるフォーム', en: 'Form with a click-through cover' },
      form: 'form#main',
      fields: [...NAME, { selector: '#telUnderCover', key: 'phone' }],
    },
    {
      id: 'scope',
      path: '/scope',
      title: { ja: '複数一致・フォーム外の欄', en: 'Ambiguous and out-of-form fields' },
      form: 'form#main',
      fields: [
        ...NAME,
        { selector: 'input[name="tel"]', key: 'phone' },
        { selector: '#dupId', key: 'name.fullKana' },
        { selector: 'input[type="text"].mail', key: 'email' },
        { selector: '#mailOther', key: 'emailConfirm' },
        { selector: '#telLoose', key: 'phoneAlt' },
        { selector: ['#noSuchField', '#kanaOther'], key: 'name.familyKana' },
      ],
    },
    {
      id: 'scope-twice',
      path: '/scope-twice',
      title: { ja: '同じフォームが二つあるページ', en: 'Page with the declared form twice' },
      form: 'form#main',
      fields: [...NAME],
    },
    {
      id: 'with-iframe',
      path: '/with-iframe',
      title: { ja: '埋め込みフレームのあるページ', en: 'Page with embedded frames' },
      form: 'form#main',
      fields: [...NAME, { selector: '#mail', key: 'email' }],
    },
    {
      id: 'framed',
      path: '/framed',
      title: { ja: '他サイトに埋め込まれるページ', en: 'Page framed by another site' },
      form: 'form#main',
      fields: [...NAME, { selector: '#mail', key: 'email' }],
    },
    {
      id: 'plain',
      path: '/plain',
      title: { ja: '基本のフォーム', en: 'Plain form' },
      form: 'form#main',
      fields: [...NAME, { selector: '#mail', key: 'email' }],
    },
    {
      id: 'navigate',
      path: '/navigate',
      title: { ja: '入力中に移動するページ', en: 'Page that navigates during a fill' },
      form: 'form#main',
      fields: [...NAME, { selector: '#mail', key: 'email' }],
    },
    {
      id: 'late',
      path: '/late',
      title: { ja: 'あとから欄が増えるページ', en: 'Page that adds fields later' },
      form: 'form#main',
      fields: [
        ...NAME,
        { selector: '#mail', key: 'email' },
        { selector: '#lateTel', key: 'phone' },
        { selector: '#lateKana', key: 'name.fullKana' },
      ],
    },
    {
      id: 'markup',
      path: '/markup',
      title: { ja: 'マークアップを含む値', en: 'Values containing markup' },
      form: 'form#main',
      fields: [
        { selector: '#sei', key: 'name.family' },
        { selector: '#mei', key: 'name.given' },
        { selector: '#oldBuilding', key: 'oldAddress.building' },
        { selector: '#newBuilding', key: 'newAddress.building' },
      ],
    },
  ],
});
