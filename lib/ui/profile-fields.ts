import type { InputKind } from '../profile/normalise-input';
import { GENDERS, PREFECTURES } from '../profile/schema';

// What the profile editors show: sections of fields, each bound to a path of the stored profile.
// The popup shows the sections marked `popup`; the options page shows everything.

export interface FieldDef {
  /** Path in the stored profile, relative to the person/address object for repeated groups. */
  path: string;
  label: string;
  kind: InputKind;
  autocomplete?: string;
  placeholder?: string;
  /** Shown in the popup's compact editor too. */
  popup?: boolean;
  wide?: boolean;
}

export interface SectionDef {
  id: string;
  title: string;
  popup: boolean;
  fields: FieldDef[];
}

const NAME_FIELDS: FieldDef[] = [
  { path: 'name.family', label: 'key_name_family', kind: 'text', autocomplete: 'family-name', placeholder: 'ph_family', popup: true },
  { path: 'name.given', label: 'key_name_given', kind: 'text', autocomplete: 'given-name', placeholder: 'ph_given', popup: true },
  { path: 'name.familyKana', label: 'key_name_familyKana', kind: 'kana', placeholder: 'ph_familyKana', popup: true },
  { path: 'name.givenKana', label: 'key_name_givenKana', kind: 'kana', placeholder: 'ph_givenKana', popup: true },
  { path: 'name.familyRomaji', label: 'key_name_familyRomaji', kind: 'romaji', placeholder: 'ph_familyRomaji' },
  { path: 'name.givenRomaji', label: 'key_name_givenRomaji', kind: 'romaji', placeholder: 'ph_givenRomaji' },
];

function addressFields(side: 'oldAddress' | 'newAddress'): FieldDef[] {
  const ac = side === 'newAddress' ? 'section-new shipping' : 'section-old billing';
  return [
    { path: `${side}.postalCode`, label: 'addr_postalCode', kind: 'postal', autocomplete: `${ac} postal-code`, placeholder: 'ph_postal', popup: true },
    { path: `${side}.prefecture`, label: 'addr_prefecture', kind: 'prefecture', autocomplete: `${ac} address-level1`, popup: true },
    { path: `${side}.city`, label: 'addr_city', kind: 'text', autocomplete: `${ac} address-level2`, placeholder: side === 'oldAddress' ? 'ph_city_old' : 'ph_city_new', popup: true },
    { path: `${side}.town`, label: 'addr_town', kind: 'text', placeholder: side === 'oldAddress' ? 'ph_town_old' : 'ph_town_new', popup: true },
    { path: `${side}.block`, label: 'addr_block', kind: 'text', placeholder: 'ph_block', popup: true },
    { path: `${side}.building`, label: 'addr_building', kind: 'text', placeholder: 'ph_building', popup: true, wide: true },
    { path: `${side}.kana`, label: 'addr_kana', kind: 'kana', wide: true },
  ];
}

export const PROFILE_SECTIONS: SectionDef[] = [
  {
    id: 'name',
    title: 'section_name',
    popup: true,
    fields: [
      ...NAME_FIELDS,
      { path: 'birthDate', label: 'key_birthDate', kind: 'date', autocomplete: 'bday' },
      { path: 'gender', label: 'key_gender', kind: 'gender' },
    ],
  },
  { id: 'oldAddress', title: 'section_oldAddress', popup: true, fields: addressFields('oldAddress') },
  { id: 'newAddress', title: 'section_newAddress', popup: true, fields: addressFields('newAddress') },
  {
    id: 'contact',
    title: 'section_contact',
    popup: true,
    fields: [
      { path: 'phone', label: 'key_phone', kind: 'tel', autocomplete: 'tel-national', placeholder: 'ph_phone', popup: true },
      { path: 'phoneAlt', label: 'key_phoneAlt', kind: 'tel', placeholder: 'ph_phoneAlt' },
      { path: 'email', label: 'key_email', kind: 'email', autocomplete: 'email', placeholder: 'ph_email', popup: true, wide: true },
    ],
  },
  {
    id: 'move',
    title: 'section_move',
    popup: true,
    fields: [
      { path: 'move.date', label: 'key_move_date', kind: 'date', popup: true },
      { path: 'move.stopDate', label: 'key_move_stopDate', kind: 'date', popup: true },
      { path: 'move.startDate', label: 'key_move_startDate', kind: 'date', popup: true },
    ],
  },
];

/** Fields of one household member, relative to `household.N`. */
export const HOUSEHOLD_FIELDS: FieldDef[] = [
  ...NAME_FIELDS.slice(0, 4),
  { path: 'relationship', label: 'key_relationship', kind: 'text', placeholder: 'ph_relationship' },
  { path: 'birthDate', label: 'key_birthDate', kind: 'date' },
  { path: 'gender', label: 'key_gender', kind: 'gender' },
];

/** Fields kept per provider, relative to `providers.<id>`. */
export const PROVIDER_FIELDS: FieldDef[] = [
  { path: 'customerNumber', label: 'key_provider_customerNumber', kind: 'text', placeholder: 'ph_customerNumber' },
  { path: 'supplyPointId', label: 'key_provider_supplyPointId', kind: 'text', placeholder: 'ph_supplyPointId' },
];

// 供給地点特定番号 identifies a metering point of the electricity and gas networks; other providers
// have none.
const SUPPLY_POINT_CATEGORIES = new Set(['electricity', 'gas']);

/** The numbers a provider of this category asks for. */
export function providerFields(category: string | undefined): FieldDef[] {
  return PROVIDER_FIELDS.filter((f) => f.path !== 'supplyPointId' || (category !== undefined && SUPPLY_POINT_CATEGORIES.has(category)));
}

export const CHOICES: Partial<Record<InputKind, readonly string[]>> = {
  prefecture: ['', ...PREFECTURES],
  gender: GENDERS,
};
