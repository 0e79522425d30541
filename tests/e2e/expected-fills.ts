// What each demo page must hold after a fill with the sample profile (lib/demo/sample-profile.ts):
// every mapped field's exact value, and the fields that must stay untouched.

export interface PageExpectation {
  providerId: string;
  path: string;
  port: number;
  /** name attribute → exact value after the fill ('' = empty). Radios: the checked value. */
  values: Record<string, string>;
  /** Fields that must keep their initial state (unmapped, hidden, disabled). */
  untouched: Record<string, string>;
  unchecked?: string[];
  /** Report outcome per provider field key/part, in mapping order. */
  outcomes: { key: string; outcome: 'filled' | 'skipped' | 'not-found'; reason?: string }[];
}

const filled = (key: string) => ({ key, outcome: 'filled' as const });

export const EXPECTED: PageExpectation[] = [
  {
    providerId: 'demo-denki',
    path: '/moving/step1',
    port: 47811,
    values: {
      customerNo: '1234-5678-90',
      sei: '山田',
      mei: '花子',
      seiKana: 'ヤマダ',
      meiKana: 'ハナコ',
      tel1: '090',
      tel2: '1234',
      tel3: '5678',
      zip1: '160',
      zip2: '0022',
      pref: '東京都',
      city: '新宿区',
      town: '新宿三丁目1-1',
      building: 'サンプルマンション101',
      stopDate: '2026-12-20',
    },
    untouched: { meterNote: '', website: '', token: 'demo-token' },
    outcomes: [
      'provider.customerNumber', 'name.family', 'name.given', 'name.familyKana', 'name.givenKana',
      'phone', 'phone', 'phone', 'oldAddress.postalCode', 'oldAddress.postalCode', 'oldAddress.prefecture',
      'oldAddress.city', 'oldAddress.townBlock', 'oldAddress.building', 'move.stopDate',
    ].map(filled),
  },
  {
    providerId: 'demo-denki',
    path: '/moving/step2',
    port: 47811,
    values: {
      newZip: '530-0001',
      newPref: '大阪府',
      newCityTown: '大阪市北区梅田一丁目',
      newBlock: '2-3',
      newBuilding: '梅田テストハイツ502',
      supplyPoint: '0300111234567890123456',
      startYear: '2026',
      startMonth: '12',
      startDay: '21',
      mail: 'hanako.yamada@example.jp',
      mail2: 'hanako.yamada@example.jp',
    },
    untouched: { ampere: '' },
    unchecked: ['agree'],
    outcomes: [
      'newAddress.postalCode', 'newAddress.prefecture', 'newAddress.cityTown', 'newAddress.block',
      'newAddress.building', 'provider.supplyPointId', 'move.startDate', 'move.startDate', 'move.startDate',
      'email', 'emailConfirm',
    ].map(filled),
  },
  {
    providerId: 'demo-gas',
    path: '/kaishi',
    port: 47812,
    values: {
      name_sei: '山田',
      name_mei: '花子',
      kana_sei: 'ヤマダ',
      kana_mei: 'ハナコ',
      birth_y: '1990',
      birth_m: '04',
      birth_d: '15',
      sex: '2',
      tel: '090-1234-5678',
      yubin: '530-0001',
      todofuken: '大阪府',
      jusho: '大阪市北区梅田一丁目2-3',
      tatemono: '梅田テストハイツ502',
      kaisen_y: '2026',
      kaisen_m: '12',
      kaisen_d: '21',
      customer: 'G-20481234',
    },
    untouched: { fax: '' },
    unchecked: ['jikan'],
    outcomes: [
      ...[
        'name.family', 'name.given', 'name.familyKana', 'name.givenKana', 'birthDate', 'birthDate', 'birthDate',
        'gender', 'phone', 'newAddress.postalCode', 'newAddress.prefecture', 'newAddress.line1', 'newAddress.building',
        'move.startDate', 'move.startDate', 'move.startDate', 'provider.customerNumber',
      ].map(filled),
      { key: 'phoneAlt', outcome: 'skipped', reason: 'not-visible' },
    ],
  },
  {
    providerId: 'demo-suido',
    path: '/cgi-bin/idou.html',
    port: 47813,
    values: {
      SUISEN_NO: '77-001234',
      SHIMEI: '山田　花子',
      KANA: 'ヤマダ　ハナコ',
      TEL1: '090',
      TEL2: '1234',
      TEL3: '5678',
      KYU_JUSHO: '東京都新宿区新宿三丁目1-1 サンプルマンション101',
      CHUSHI_BI: '2026/12/20',
      SHIN_YUBIN1: '530',
      SHIN_YUBIN2: '0001',
      SHIN_JUSHO: '大阪府大阪市北区梅田一丁目2-3',
      SHIN_TATEMONO: '梅田テストハイツ502',
    },
    untouched: { MAIL: '', BIKOU: '' },
    unchecked: ['MAIL_KIBOU'],
    outcomes: [
      filled('provider.customerNumber'), filled('name.full'), filled('name.fullKana'),
      filled('phone'), filled('phone'), filled('phone'),
      { key: 'email', outcome: 'skipped', reason: 'disabled' },
      filled('oldAddress.full'), filled('move.stopDate'), filled('newAddress.postalCode'),
      filled('newAddress.postalCode'), filled('newAddress.fullWithoutBuilding'), filled('newAddress.building'),
    ],
  },
];
