// The canonical profile vocabulary (../shared/spec/profile-keys.md). Mappings, the planner and the
// field classifier all speak these names; a key never changes meaning once published.

import { ADDRESS_DERIVED, ADDRESS_PARTS, ADDRESS_RUNS, type AddressRun } from '../formats/parts';

// Parts of addresses, dates, postal codes and phones are the formats' vocabulary; keys name them.
export { ADDRESS_DERIVED, ADDRESS_PARTS, ADDRESS_RUNS, FIELD_PARTS, type AddressPart, type AddressRun, type FieldPart } from '../formats/parts';

export type AddressSide = 'oldAddress' | 'newAddress';

const ADDRESS_KEYS = (['oldAddress', 'newAddress'] as const).flatMap((side) =>
  [...ADDRESS_PARTS, ...(Object.keys(ADDRESS_RUNS) as AddressRun[]), ...ADDRESS_DERIVED].map(
    (part) => `${side}.${part}` as const,
  ),
);

export const PERSON_KEYS = [
  'name.family',
  'name.given',
  'name.full',
  'name.familyKana',
  'name.givenKana',
  'name.fullKana',
  'name.familyRomaji',
  'name.givenRomaji',
  'birthDate',
  'gender',
] as const;

export const PROFILE_KEYS = [
  ...PERSON_KEYS,
  'phone',
  'phoneAlt',
  'email',
  'emailConfirm',
  ...ADDRESS_KEYS,
  'move.date',
  'move.stopDate',
  'move.startDate',
  'provider.customerNumber',
  'provider.supplyPointId',
] as const;

export type ProfileKey = (typeof PROFILE_KEYS)[number];

/** Keys a household member can carry: `household[N].<key>`. */
export const HOUSEHOLD_MEMBER_KEYS = [...PERSON_KEYS, 'relationship'] as const;
export type HouseholdMemberKey = (typeof HOUSEHOLD_MEMBER_KEYS)[number];

const HOUSEHOLD_PATTERN = /^household\[(\d{1,2})\]\.(.+)$/;

/** Any key a mapping or the classifier may name, household members included. */
export function isProfileKey(key: string): boolean {
  if ((PROFILE_KEYS as readonly string[]).includes(key)) return true;
  const m = HOUSEHOLD_PATTERN.exec(key);
  return !!m && (HOUSEHOLD_MEMBER_KEYS as readonly string[]).includes(m[2]);
}

export function parseHouseholdKey(key: string): { index: number; key: HouseholdMemberKey } | null {
  const m = HOUSEHOLD_PATTERN.exec(key);
  if (!m || !(HOUSEHOLD_MEMBER_KEYS as readonly string[]).includes(m[2])) return null;
  return { index: Number(m[1]), key: m[2] as HouseholdMemberKey };
}
