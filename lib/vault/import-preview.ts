// What importing a profile would change, by dotted path ('oldAddress.postalCode',
// 'household.0.name.family', 'providers.demo-gas.customerNumber'), never by value.
import type { Profile } from '../profile/schema';

export type ProfileChangeKind = 'added' | 'changed' | 'removed';

export interface ProfileChange {
  path: string;
  change: ProfileChangeKind;
}

// Bookkeeping fields that differ between any two saves and say nothing about the person.
const IGNORED = new Set(['schemaVersion', 'updatedAt']);

/** Non-empty leaves by dotted path; an empty string counts as absent, as the editor treats it. */
function leaves(value: unknown, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  if (Array.isArray(value)) {
    value.forEach((item, i) => leaves(item, `${prefix}${i}.`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (prefix === '' && IGNORED.has(key)) continue;
      leaves(item, `${prefix}${key}.`, out);
    }
  } else if (value !== '' && value !== undefined && value !== null) {
    out.set(prefix.slice(0, -1), value);
  }
  return out;
}

/** Paths in the order they appear in `incoming`, then the paths only `current` has. Reads only. */
export function previewImport(current: Profile, incoming: Profile): ProfileChange[] {
  const before = leaves(current, '', new Map());
  const after = leaves(incoming, '', new Map());
  const changes: ProfileChange[] = [];
  for (const [path, value] of after) {
    if (!before.has(path)) changes.push({ path, change: 'added' });
    else if (before.get(path) !== value) changes.push({ path, change: 'changed' });
  }
  for (const path of before.keys()) {
    if (!after.has(path)) changes.push({ path, change: 'removed' });
  }
  return changes;
}
