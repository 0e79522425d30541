import { composeAddress, buildingOf } from '../formats/address';
import { formatDateWareki } from '../formats/date';
import { toHiragana } from '../formats/kana';
import { composeName } from '../formats/name';
import { formatPhoneHyphen } from '../formats/phone';
import { formatPostalHyphen } from '../formats/postal';
import type { Address, Profile } from '../profile/schema';

// The paper channel: what the counter's 住民異動届 asks for, in its order, ready to copy or hand
// over — ふりがな in hiragana, dates in 和暦, every person who moves. Fields the profile cannot know
// (世帯主 when it is someone else, 署名) stay empty boxes to write in by hand.

export const COUNTER_SHEETS = ['tennyu', 'tenkyo', 'tenshutsu'] as const;
export type CounterSheetKind = (typeof COUNTER_SHEETS)[number];

export interface SheetAddress {
  postalCode: string;
  address: string;
  building: string;
}

export interface SheetPerson {
  name: string;
  furigana: string;
  birthDate: string;
  gender: string;
  relationship: string;
}

export interface CounterSheet {
  kind: CounterSheetKind;
  filedOn: string;
  movedOn: string;
  /** In the form's order: the address moved to first, then the one moved from. */
  newAddress: SheetAddress;
  oldAddress: SheetAddress;
  movers: SheetPerson[];
  filer: { name: string; furigana: string; phone: string };
}

const GENDER: Record<string, string> = { female: '女', male: '男' };

function wareki(day: string): string {
  return day ? formatDateWareki(day) : '';
}

function sheetAddress(a: Address): SheetAddress {
  return {
    postalCode: a.postalCode ? formatPostalHyphen(a.postalCode) : '',
    address: composeAddress(a, 'fullWithoutBuilding'),
    building: buildingOf(a),
  };
}

function furigana(familyKana: string, givenKana: string): string {
  return toHiragana([familyKana, givenKana].filter(Boolean).join('　'));
}

function fullName(family: string, given: string): string {
  return family && given ? composeName(family, given, 'full') : family || given;
}

export function buildCounterSheet(kind: CounterSheetKind, profile: Profile, today: string): CounterSheet {
  const n = profile.name;
  const self: SheetPerson = {
    name: fullName(n.family, n.given),
    furigana: furigana(n.familyKana, n.givenKana),
    birthDate: wareki(profile.birthDate),
    gender: GENDER[profile.gender] ?? '',
    relationship: '',
  };
  const others = profile.household.map(
    (m): SheetPerson => ({
      name: fullName(m.name.family, m.name.given),
      furigana: furigana(m.name.familyKana, m.name.givenKana),
      birthDate: wareki(m.birthDate),
      gender: GENDER[m.gender] ?? '',
      relationship: m.relationship,
    }),
  );
  return {
    kind,
    filedOn: wareki(today),
    movedOn: wareki(profile.move.date),
    newAddress: sheetAddress(profile.newAddress),
    oldAddress: sheetAddress(profile.oldAddress),
    movers: [self, ...others],
    filer: { name: self.name, furigana: self.furigana, phone: profile.phone ? formatPhoneHyphen(profile.phone) : '' },
  };
}
