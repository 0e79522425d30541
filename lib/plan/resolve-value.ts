import { buildingOf, composeName, formatAddress, type AddressSource, type ValueKind } from '../formats';
import { ADDRESS_DERIVED, ADDRESS_RUNS, parseHouseholdKey } from '../profile/keys';
import type { Address, Profile } from '../profile/schema';

export interface ResolvedValue {
  value: string;
  kind: ValueKind;
  /** Town and block values keep their parts, so that a format can move the 丁目 between them. */
  address?: AddressSource;
}

type Person = Pick<Profile, 'name' | 'birthDate' | 'gender'> & { relationship?: string };

const GENDER_TEXT: Record<string, string> = { female: '女性', male: '男性', other: 'その他' };

function personValue(person: Person, key: string): ResolvedValue | null {
  const n = person.name;
  switch (key) {
    case 'name.family':
      return { value: n.family, kind: 'name' };
    case 'name.given':
      return { value: n.given, kind: 'name' };
    case 'name.full':
      return { value: n.family && n.given ? composeName(n.family, n.given, 'full') : '', kind: 'name' };
    case 'name.familyKana':
      return { value: n.familyKana, kind: 'kana' };
    case 'name.givenKana':
      return { value: n.givenKana, kind: 'kana' };
    case 'name.fullKana':
      return {
        value: n.familyKana && n.givenKana ? composeName(n.familyKana, n.givenKana, 'full') : '',
        kind: 'kana',
      };
    case 'name.familyRomaji':
      return { value: n.familyRomaji, kind: 'romaji' };
    case 'name.givenRomaji':
      return { value: n.givenRomaji, kind: 'romaji' };
    case 'birthDate':
      return { value: person.birthDate, kind: 'date' };
    case 'gender':
      return { value: GENDER_TEXT[person.gender] ?? '', kind: 'text' };
    case 'relationship':
      return { value: person.relationship ?? '', kind: 'text' };
    default:
      return null;
  }
}

function addressValue(address: Address, part: string): ResolvedValue | null {
  if (part === 'postalCode') return { value: address.postalCode, kind: 'postal' };
  if (part === 'prefecture') return { value: address.prefecture, kind: 'prefecture' };
  if (part === 'kana') return { value: address.kana, kind: 'kana' };
  if (part === 'building') return { value: buildingOf(address), kind: 'address' };
  const derived = (ADDRESS_DERIVED as readonly string[]).includes(part);
  if (Object.hasOwn(ADDRESS_RUNS, part) || derived || part === 'town' || part === 'block') {
    const source = { parts: address, key: part as AddressSource['key'] };
    return { value: formatAddress(address, source.key, {}), kind: 'address', address: source };
  }
  if (Object.hasOwn(address, part)) return { value: address[part as keyof Address], kind: 'address' };
  return null;
}

/** The profile value a canonical key names, before any part or format is applied. `null` for a key
 * the profile cannot answer; an empty `value` when the user has not entered it. */
export function resolveValue(profile: Profile, key: string, providerId: string | null): ResolvedValue | null {
  const household = parseHouseholdKey(key);
  if (household) {
    const member = profile.household[household.index];
    if (!member) return { value: '', kind: 'text' };
    return personValue(member, household.key);
  }
  const [head, rest] = splitKey(key);
  if (head === 'oldAddress' || head === 'newAddress') return addressValue(profile[head], rest);
  switch (key) {
    case 'phone':
      return { value: profile.phone, kind: 'phone' };
    case 'phoneAlt':
      return { value: profile.phoneAlt, kind: 'phone' };
    case 'email':
    case 'emailConfirm':
      return { value: profile.email, kind: 'email' };
    case 'move.date':
      return { value: profile.move.date, kind: 'date' };
    case 'move.stopDate':
      return { value: profile.move.stopDate || profile.move.date, kind: 'date' };
    case 'move.startDate':
      return { value: profile.move.startDate || profile.move.date, kind: 'date' };
    case 'provider.customerNumber':
      return { value: (providerId && profile.providers[providerId]?.customerNumber) || '', kind: 'number' };
    case 'provider.supplyPointId':
      return { value: (providerId && profile.providers[providerId]?.supplyPointId) || '', kind: 'number' };
    default:
      return personValue(profile, key);
  }
}

function splitKey(key: string): [string, string] {
  const dot = key.indexOf('.');
  return dot < 0 ? [key, ''] : [key.slice(0, dot), key.slice(dot + 1)];
}
