import { browser } from 'wxt/browser';
import { onProfileStoreChange } from '../storage/db';
import { storageItems } from '../storage/items';
import type { Profile } from '../profile/schema';
import { currentKey } from '../vault/session-key';
import { loadProfile, ProfileLockedError, vaultMeta } from '../vault/profile-store';

// The profile a fill uses, read (and parsed, or decrypted) once and then kept in the background's
// memory — never written anywhere — until it changes, is locked or the worker stops.
//
// It is dropped when:
// - anything is written to the profile store, in any extension context (saving in the popup, the
//   options page or the checklist, an import, turning protection on or off, changing the passphrase,
//   a migration) or the database is closed for deletion (「すべて削除」, the retention day): see
//   onProfileStoreChange in lib/storage/db.ts;
// - the unlocked key changes or goes away in session storage (lock, unlock, idle lock noticed
//   elsewhere, session cleared);
// - a protected profile is asked for while its key is no longer there (the idle time has passed).

interface Entry {
  profile: Profile;
  protected: boolean;
}

let entry: Entry | null = null;
/** Bumped on every invalidation: a read that started before it must not fill the cache. */
let generation = 0;
let listening = false;

export function forgetCachedProfile(): void {
  generation += 1;
  entry = null;
}

function vaultKeyChanged(change: { oldValue?: unknown; newValue?: unknown }): boolean {
  const keyOf = (v: unknown) => (v && typeof v === 'object' && 'key' in v ? (v as { key: unknown }).key : undefined);
  return keyOf(change.oldValue) !== keyOf(change.newValue);
}

function listen(): void {
  if (listening) return;
  listening = true;
  onProfileStoreChange(forgetCachedProfile);
  // Every fill of a protected profile notes activity on the stored key (lastActivity): only a
  // different key, or none, drops the profile.
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[storageItems.vault.key];
    if (area === 'session' && change && vaultKeyChanged(change)) forgetCachedProfile();
  });
}

/** The stored profile, as loadProfile gives it; ProfileLockedError while locked. */
export async function cachedProfile(): Promise<Profile> {
  listen();
  const held = entry;
  if (held) {
    if (!held.protected) return held.profile;
    // The idle lock is a matter of time, not of a write: ask the key (which also notes the activity).
    if (await currentKey()) return held.profile;
    forgetCachedProfile();
    throw new ProfileLockedError();
  }
  const started = generation;
  const isProtected = (await vaultMeta()) !== null;
  const profile = await loadProfile();
  if (started === generation) entry = { profile, protected: isProtected };
  return profile;
}
