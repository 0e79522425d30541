import { resolveValue } from '../plan/resolve-value';
import type { Profile } from '../profile/schema';
import type { ProcedureRecord } from './record';

// Consent before the first fill of each site: the user sees which profile items the site will
// receive, values masked but for their last characters, and agrees once per site (withdrawable).

export interface ConsentItem {
  key: string;
  masked: string;
}

/** 「山田太郎」→「•••郎」: enough to recognise one's own data, not to read it over a shoulder. */
export function maskValue(value: string): string {
  const chars = [...value];
  const visible = chars.length >= 6 ? 2 : chars.length >= 2 ? 1 : 0;
  return '•'.repeat(chars.length - visible) + chars.slice(chars.length - visible).join('');
}

/** One line per distinct key, in the order the form asks, with the masked value (empty when the
 * profile has none, which the site will not receive). */
export function consentSummary(profile: Profile, keys: readonly string[], numbersId: string | null): ConsentItem[] {
  const seen = new Set<string>();
  const items: ConsentItem[] = [];
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    const value = resolveValue(profile, key, numbersId)?.value ?? '';
    items.push({ key, masked: value ? maskValue(value) : '' });
  }
  return items;
}

/** A site needs (new) consent when it has none, or the fill would send a key not agreed before. */
export function needsConsent(record: ProcedureRecord, origin: string, keys: readonly string[]): boolean {
  // A fill that sends no value (a guessed fill with nothing ticked) has nothing to agree to.
  if (keys.length === 0) return false;
  const consent = record.consents[origin];
  if (!consent) return true;
  const agreed = new Set(consent.keys);
  return keys.some((k) => !agreed.has(k));
}

export function grantConsent(record: ProcedureRecord, origin: string, label: string, keys: readonly string[], at: string): ProcedureRecord {
  const before = record.consents[origin]?.keys ?? [];
  return {
    ...record,
    consents: { ...record.consents, [origin]: { at, label, keys: [...new Set([...before, ...keys])] } },
  };
}

export function withdrawConsent(record: ProcedureRecord, origin: string): ProcedureRecord {
  const { [origin]: _removed, ...rest } = record.consents;
  return { ...record, consents: rest };
}
