import { defineProcedures } from '../../lib/providers/procedure-schema';

// 勤務先・住まい・生活.

export default defineProcedures([
  {
    id: 'employer',
    name: { ja: '勤務先への届出（通勤手当・社会保険・住民税）', en: 'Tell your employer (commuting, social insurance, resident tax)' },
    category: 'employer',
    purposes: ['move', 'marriage', 'birth'],
    appliesIf: { employed: true },
    where: { ja: '勤務先の担当部署', en: "Your employer's HR" },
    methods: ['in-person', 'online'],
    due: { type: 'guide', offset: -14 },
  },
  {
    id: 'rental-notice',
    name: { ja: '賃貸の解約通知', en: 'Notice to end the lease' },
    category: 'housing',
    purposes: ['move'],
    appliesIf: { renting: true },
    where: { ja: '大家さん・管理会社', en: 'Landlord or letting agency' },
    methods: ['phone', 'mail', 'online'],
    bring: ['contract'],
    due: { type: 'guide', offset: -30 },
    note: { ja: '期限は契約書を確認してください（多くは1か月前）。', en: 'Check your contract (usually one month before).' },
  },
  {
    id: 'moving-company',
    name: { ja: '引越し業者の予約', en: 'Book a moving company' },
    category: 'housing',
    purposes: ['move'],
    where: { ja: '引越し業者', en: 'Moving company' },
    methods: ['online', 'phone'],
    due: { type: 'guide', offset: -45 },
    note: { ja: '3〜4月は1〜2か月前に。', en: 'In March–April book 1–2 months ahead.' },
  },
  {
    id: 'deliveries',
    name: { ja: '新聞・宅配・定期便の住所変更', en: 'Newspaper, deliveries and subscriptions' },
    category: 'living',
    purposes: ['move'],
    optional: true,
    where: { ja: '各サービス', en: 'Each service' },
    methods: ['online', 'phone'],
    due: { type: 'guide', offset: -7 },
  },
  {
    id: 'online-shops',
    name: { ja: '通販サイトの登録住所', en: 'Online shop addresses' },
    category: 'living',
    purposes: ['move', 'marriage'],
    optional: true,
    where: { ja: '各通販サイトの会員ページ', en: "Each shop's member page" },
    methods: ['online'],
    due: { type: 'guide', offset: 0 },
  },
]);
