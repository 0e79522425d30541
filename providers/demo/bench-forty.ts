import { defineProvider } from '../../lib/providers/define';

export default defineProvider({
  id: 'bench-forty',
  label: { ja: 'ベンチマーク用 40項目フォーム', en: 'Benchmark 40-field form' },
  category: 'other',
  origins: ['http://127.0.0.1:47816'],
  demo: true,
  updated: '2026-11-27',
  notes:
    'Fixture for bench/fill.bench.ts: one page with exactly 40 mapped fields, all of which the sample profile fills ' +
    '(text, 3+4 postal and 3-part phone inputs, prefecture and date-part selects, an era select, a radio group, ' +
    'date inputs, kana in katakana and hiragana, both addresses, a household member, email and its confirmation).',
  pages: [
    {
      id: 'form',
      path: '/form',
      title: { ja: 'お引越し手続き（40項目）', en: 'Moving form (40 fields)' },
      form: 'form#benchForm',
      fields: [
        // お申し込みの方
        { selector: '#sei', key: 'name.family' },
        { selector: '#mei', key: 'name.given' },
        { selector: '#seiKana', key: 'name.familyKana', format: 'katakana' },
        { selector: '#meiKana', key: 'name.givenKana', format: 'katakana' },
        { selector: '#furigana', key: 'name.fullKana', format: 'hiragana' },
        { selector: '#romaSei', key: 'name.familyRomaji', format: 'uppercase' },
        { selector: '#romaMei', key: 'name.givenRomaji', format: 'uppercase' },
        { selector: '#birthEra', key: 'birthDate', part: 'era' },
        { selector: '#birthNen', key: 'birthDate', part: 'year' },
        { selector: '#birthTsuki', key: 'birthDate', part: 'month' },
        { selector: '#birthHi', key: 'birthDate', part: 'day' },
        { selector: 'input[name="seibetsu"]', key: 'gender' },
        { selector: '#tel1', key: 'phone', part: 1 },
        { selector: '#tel2', key: 'phone', part: 2 },
        { selector: '#tel3', key: 'phone', part: 3 },
        { selector: '#telSub', key: 'phoneAlt', format: 'phoneHyphen' },
        { selector: '#mail', key: 'email' },
        { selector: '#mailConfirm', key: 'emailConfirm' },
        // 旧住所
        { selector: '#oldZip1', key: 'oldAddress.postalCode', part: 1 },
        { selector: '#oldZip2', key: 'oldAddress.postalCode', part: 2 },
        { selector: '#oldPref', key: 'oldAddress.prefecture' },
        { selector: '#oldCity', key: 'oldAddress.city' },
        { selector: '#oldTown', key: 'oldAddress.townBlock' },
        { selector: '#oldBuilding', key: 'oldAddress.building' },
        // 新住所
        { selector: '#newZip', key: 'newAddress.postalCode', format: 'postalHyphen' },
        { selector: '#newPref', key: 'newAddress.prefecture' },
        { selector: '#newCity', key: 'newAddress.city' },
        { selector: '#newTown', key: 'newAddress.town' },
        { selector: '#newBlock', key: 'newAddress.block' },
        { selector: '#newBuilding', key: 'newAddress.building', format: 'fullwidth' },
        // 引越日
        { selector: '#moveDate', key: 'move.date' },
        { selector: '#stopY', key: 'move.stopDate', part: 'year' },
        { selector: '#stopM', key: 'move.stopDate', part: 'month' },
        { selector: '#stopD', key: 'move.stopDate', part: 'day' },
        { selector: '#startDate', key: 'move.startDate', format: 'dateSlash' },
        // 同居のご家族
        { selector: '#famSei', key: 'household[0].name.family' },
        { selector: '#famMei', key: 'household[0].name.given' },
        { selector: '#famKana', key: 'household[0].name.fullKana', format: 'katakana' },
        { selector: '#famZokugara', key: 'household[0].relationship' },
        { selector: '#famBirth', key: 'household[0].birthDate' },
      ],
    },
  ],
});
