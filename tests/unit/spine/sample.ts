import { SAMPLE_PROFILE } from '../../../lib/demo/sample-profile';
import { parseProfile, type Profile } from '../../../lib/profile/schema';

/** The demo profile as the store would hand it out (defaults filled in). */
export function sampleProfile(): Profile {
  const parsed = parseProfile(structuredClone(SAMPLE_PROFILE));
  if (!parsed.ok) throw new Error(`sample profile does not validate: ${JSON.stringify(parsed.issues)}`);
  return parsed.profile;
}

/** Every non-empty string leaf of a value, e.g. every stored profile value. */
export function stringLeaves(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringLeaves);
  return [];
}
