// From a resolved candidate to a canonical key of ../shared/spec/profile-keys.md.

import { isProfileKey, PERSON_KEYS } from '../profile/keys';
import { fire, type Candidate } from './candidate';
import { addressPartKey } from './resolve-addresses';
import { POSTAL } from './reading';

function nameKey(c: Candidate): string | null {
  const r = c.interp.reading;
  const part = r.namePart ?? 'full';
  if (r.romaji) return part === 'full' ? null : `name.${part}Romaji`;
  return `name.${part}${r.kana ? 'Kana' : ''}`;
}

function addressKey(c: Candidate): string | null {
  const r = c.interp.reading;
  const side = c.side === 'new' ? 'newAddress' : 'oldAddress';
  if (r.addressSpecial === 'partKana') return null;
  if (r.addressSpecial === 'kana') return `${side}.kana`;
  if (r.addressParts === POSTAL) return `${side}.postalCode`;
  if (r.addressSpecial === 'room') return `${side}.room`;
  if (r.addressSpecial === 'buildingName') return `${side}.buildingName`;
  const suffix = c.addressParts ? addressPartKey(c.addressParts) : null;
  return suffix ? `${side}.${suffix}` : null;
}

function dateKey(c: Candidate): string | null {
  const r = c.interp.reading;
  const kind = r.dateKind ?? (c.interp.side === 'old' ? 'stop' : c.interp.side === 'new' ? 'start' : undefined);
  switch (kind) {
    case 'birth':
      return 'birthDate';
    case 'move':
      return 'move.date';
    case 'stop':
      return 'move.stopDate';
    case 'start':
      return 'move.startDate';
    default:
      return null;
  }
}

function baseKey(c: Candidate): string | null {
  const r = c.interp.reading;
  switch (c.interp.type) {
    case 'name':
      return nameKey(c);
    case 'address':
      return addressKey(c);
    case 'phone':
      return r.alt ? 'phoneAlt' : 'phone';
    case 'email':
      return r.alt ? null : r.confirm ? 'emailConfirm' : 'email';
    case 'date':
      return dateKey(c);
    case 'gender':
      return 'gender';
    case 'relationship':
      return 'relationship';
    case 'customerNumber':
      return 'provider.customerNumber';
    case 'supplyPointId':
      return c.interp.side === 'new' ? null : 'provider.supplyPointId';
    default:
      return null;
  }
}

const MEMBER_KEYS = new Set<string>([...PERSON_KEYS, 'relationship']);

/** The key for a candidate, honouring whose value it is; null when no key fits. */
export function buildKey(c: Candidate): string | null {
  if (c.excluded || c.scope === 'other') return null;
  const key = baseKey(c);
  if (c.interp.type === 'supplyPointId' && !key) fire(c, 'number.not-known-yet');
  if (!key) return null;
  if (c.scope === 'household') {
    if (!MEMBER_KEYS.has(key)) return null;
    const member = `household[${c.householdIndex ?? 0}].${key}`;
    return isProfileKey(member) ? member : null;
  }
  if (key === 'relationship') return null;
  return isProfileKey(key) ? key : null;
}
