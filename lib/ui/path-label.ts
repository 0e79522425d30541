import { isProfileKey } from '../profile/keys';
import { keyLabel } from './key-label';

/** A person-readable name for a stored profile path: 'household.0.name.family' →
 * 「家族 1 姓」, 'providers.demo-gas.customerNumber' → 「お客さま番号」; the path itself when unknown. */
export function pathLabel(path: string): string {
  const key = path.replace(/^household\.(\d+)\./, (_, n) => `household[${n}].`).replace(/^providers\.[^.]+\./, 'provider.');
  return isProfileKey(key) || key.startsWith('provider.') ? keyLabel(key) : path;
}
