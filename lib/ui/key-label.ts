import { parseHouseholdKey, type FieldPart } from '../profile/keys';
import { t } from './i18n';

function baseLabel(key: string): string {
  const household = parseHouseholdKey(key);
  if (household) return `${t('householdMember', String(household.index + 1))} ${baseLabel(household.key)}`;
  const m = /^(oldAddress|newAddress)\.(.+)$/.exec(key);
  if (m) return t('sidedAddress', [t(`side_${m[1]}`), t(`addr_${m[2]}`)]);
  return t(`key_${key.replace(/\./g, '_')}`);
}

function partLabel(key: string, part: FieldPart): string {
  if (typeof part === 'string') return t(`part_${part}`);
  const family = /postalCode$/.test(key) ? 'postal' : 'phone';
  return t(`part_${family}_${part}`);
}

/** A person-readable name for a profile key and part, e.g. 「現住所 郵便番号（前半3桁）」. */
export function keyLabel(key: string, part?: FieldPart): string {
  const base = baseLabel(key);
  return part === undefined ? base : t('labelWithPart', [base, partLabel(key, part)]);
}
