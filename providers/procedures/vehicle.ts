import { defineProcedures } from '../../lib/providers/procedure-schema';

// 警察・車.

export default defineProcedures([
  {
    id: 'driver-license',
    name: { ja: '運転免許証の記載事項変更', en: "Driver's licence address change" },
    category: 'police-car',
    purposes: ['move', 'marriage'],
    optional: true,
    where: { ja: '新住所の警察署・運転免許センター', en: 'Police station or licence centre' },
    methods: ['in-person'],
    bring: ['driver-license', 'id-document'],
    due: { type: 'promptly', basis: { ja: '道路交通法 94条（速やかに）', en: 'Road Traffic Act art. 94 (promptly)' } },
  },
  {
    id: 'garage-certificate',
    name: { ja: '車庫証明（保管場所）', en: 'Parking space certificate' },
    category: 'police-car',
    purposes: ['move'],
    appliesIf: { car: true },
    where: { ja: '新住所の警察署', en: 'Police station at the new address' },
    methods: ['in-person'],
    bring: ['vehicle-inspection', 'contract'],
    due: { type: 'deadline', by: 15, officeDays: false, basis: { ja: '自動車の保管場所の確保等に関する法律 7条（15日以内）', en: 'Garage Act art. 7 (15 days)' } },
  },
  {
    id: 'car-registration',
    name: { ja: '自動車の変更登録', en: 'Vehicle registration change' },
    category: 'police-car',
    purposes: ['move'],
    appliesIf: { car: true },
    where: { ja: '運輸支局', en: 'District transport bureau' },
    methods: ['in-person'],
    bring: ['vehicle-inspection', 'parking-certificate', 'seal'],
    due: { type: 'deadline', by: 15, officeDays: false, basis: { ja: '道路運送車両法 12条（15日以内）', en: 'Road Transport Vehicle Act art. 12 (15 days)' } },
  },
  {
    id: 'kei-car',
    name: { ja: '軽自動車の住所変更', en: 'Kei car address change' },
    category: 'police-car',
    purposes: ['move'],
    appliesIf: { car: true },
    optional: true,
    where: { ja: '軽自動車検査協会', en: 'Light Motor Vehicle Inspection Organization' },
    methods: ['in-person'],
    bring: ['vehicle-inspection'],
    due: { type: 'guide', offset: 15 },
  },
]);
