import type { ProfileInput } from '../profile/schema';

// Fictional person for the demo build only; production builds do not contain this file.
export const SAMPLE_PROFILE: ProfileInput = {
  name: {
    family: '山田',
    given: '花子',
    familyKana: 'ヤマダ',
    givenKana: 'ハナコ',
    familyRomaji: 'YAMADA',
    givenRomaji: 'HANAKO',
  },
  birthDate: '1990-04-15',
  gender: 'female',
  phone: '09012345678',
  phoneAlt: '0312345678',
  email: 'hanako.yamada@example.jp',
  oldAddress: {
    postalCode: '1600022',
    prefecture: '東京都',
    city: '新宿区',
    town: '新宿三丁目',
    block: '1-1',
    building: 'サンプルマンション101',
  },
  newAddress: {
    postalCode: '5300001',
    prefecture: '大阪府',
    city: '大阪市北区',
    town: '梅田一丁目',
    block: '2-3',
    building: '梅田テストハイツ502',
  },
  move: { date: '2026-12-20', stopDate: '2026-12-20', startDate: '2026-12-21' },
  household: [
    {
      name: { family: '山田', given: '一郎', familyKana: 'ヤマダ', givenKana: 'イチロウ' },
      relationship: '夫',
      birthDate: '1988-09-02',
      gender: 'male',
    },
  ],
  providers: {
    'demo-denki': { customerNumber: '1234-5678-90', supplyPointId: '0300111234567890123456' },
    'demo-gas': { customerNumber: 'G-20481234' },
    'demo-suido': { customerNumber: '77-001234' },
  },
};
