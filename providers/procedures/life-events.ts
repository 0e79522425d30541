import { defineProcedures } from '../../lib/providers/procedure-schema';

// Entries only 結婚 or 出産 need; the shared ones (bank, licence, insurance…) list those purposes in
// their own modules.

export default defineProcedures([
  {
    id: 'marriage-registration',
    name: { ja: '婚姻届', en: 'Marriage registration' },
    category: 'government',
    purposes: ['marriage'],
    where: { ja: '市区町村役場', en: 'City office' },
    methods: ['in-person'],
    bring: ['id-document'],
    due: { type: 'none' },
    note: { ja: '届け出た日に婚姻が成立します。', en: 'The marriage takes effect on the day it is filed.' },
  },
  {
    id: 'passport',
    name: { ja: 'パスポートの記載事項変更', en: 'Passport details change' },
    category: 'government',
    purposes: ['marriage'],
    optional: true,
    where: { ja: '都道府県のパスポートセンター', en: 'Prefectural passport centre' },
    methods: ['in-person', 'online'],
    bring: ['id-document'],
    due: { type: 'none' },
  },
  {
    id: 'birth-registration',
    name: { ja: '出生届', en: 'Birth registration' },
    category: 'government',
    purposes: ['birth'],
    where: { ja: '市区町村役場', en: 'City office' },
    methods: ['in-person'],
    bring: ['birth-certificate', 'mother-child-handbook'],
    // 戸籍法 counts the day of birth as day 1, so "14 days" ends 13 days after it.
    due: { type: 'deadline', by: 13, officeDays: true, basis: { ja: '戸籍法 49条（出生の日を含め14日以内）', en: 'Family Register Act art. 49 (14 days including the day of birth)' } },
  },
  {
    id: 'childbirth-lump-sum',
    name: { ja: '出産育児一時金', en: 'Childbirth lump-sum allowance' },
    category: 'children',
    purposes: ['birth'],
    where: { ja: '加入している健康保険', en: 'Your health insurer' },
    methods: ['in-person', 'mail'],
    bring: ['health-insurance-card'],
    due: { type: 'none' },
  },
  {
    id: 'baby-health-insurance',
    name: { ja: '赤ちゃんの健康保険加入', en: "Baby's health insurance" },
    category: 'children',
    purposes: ['birth'],
    where: { ja: '勤務先または市区町村役場', en: 'Employer or city office' },
    methods: ['in-person'],
    bring: ['health-insurance-card'],
    due: { type: 'guide', offset: 14 },
  },
]);
