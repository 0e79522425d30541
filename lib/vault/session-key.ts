import { clearSession, storageItems } from '../storage/items';
import { base64ToBytes, bytesToBase64 } from './base64';
import { importKeyBytes } from './crypto';
import { DEFAULT_IDLE_MINUTES, shouldLock } from './vault-state';

// The unlocked key, shared by the background, the popup and the options page through
// storage.session: memory only, never written to disk, gone when the browser quits. It is dropped on
// lock and once the user's idle time has passed without use.

export async function rememberKey(bytes: Uint8Array<ArrayBuffer>, idleMinutes = DEFAULT_IDLE_MINUTES): Promise<void> {
  await storageItems.vault.set({ key: bytesToBase64(bytes), lastActivity: Date.now(), idleMinutes });
}

/** Everything held in session memory goes on lock: the key, unsaved editor input, fill reports. */
export async function forgetKey(): Promise<void> {
  await clearSession();
}

/** The unlocked key, or null when locked (or when the idle time has passed, which locks). */
export async function currentKey(now = Date.now()): Promise<CryptoKey | null> {
  const stored = await storageItems.vault.get();
  if (!stored) return null;
  if (shouldLock(stored.lastActivity, now, stored.idleMinutes)) {
    await forgetKey();
    return null;
  }
  await storageItems.vault.set({ ...stored, lastActivity: now });
  return importKeyBytes(base64ToBytes(stored.key));
}

/** Activity closer together than this is noted once: the idle lock counts in minutes. */
const ACTIVITY_RESOLUTION_MS = 1000;

/**
 * Whether the key is still held (locking it when the idle time has passed), noting the activity as
 * currentKey does, for a caller that holds what the key opened and needs no key object.
 */
export async function stillUnlocked(now = Date.now()): Promise<boolean> {
  const stored = await storageItems.vault.get();
  if (!stored) return false;
  if (shouldLock(stored.lastActivity, now, stored.idleMinutes)) {
    await forgetKey();
    return false;
  }
  if (now - stored.lastActivity >= ACTIVITY_RESOLUTION_MS) await storageItems.vault.set({ ...stored, lastActivity: now });
  return true;
}

export async function setIdleMinutes(idleMinutes: number): Promise<void> {
  const stored = await storageItems.vault.get();
  if (stored) await storageItems.vault.set({ ...stored, idleMinutes });
}
