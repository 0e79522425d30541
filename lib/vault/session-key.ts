import { browser } from 'wxt/browser';
import { base64ToBytes, bytesToBase64 } from './base64';
import { importKeyBytes } from './crypto';
import { DEFAULT_IDLE_MINUTES, shouldLock } from './vault-state';

// The unlocked key, shared by the background, the popup and the options page through
// storage.session: memory only, never written to disk, gone when the browser quits. It is dropped on
// lock and once the user's idle time has passed without use.

const SESSION_KEY = 'tp:vault';

interface SessionVault {
  key: string;
  lastActivity: number;
  idleMinutes: number;
}

export async function rememberKey(bytes: Uint8Array<ArrayBuffer>, idleMinutes = DEFAULT_IDLE_MINUTES): Promise<void> {
  await browser.storage.session.set({ [SESSION_KEY]: { key: bytesToBase64(bytes), lastActivity: Date.now(), idleMinutes } satisfies SessionVault });
}

/** Everything held in session memory goes on lock: the key, unsaved editor input, fill reports. */
export async function forgetKey(): Promise<void> {
  await browser.storage.session.clear();
}

/** The unlocked key, or null when locked (or when the idle time has passed, which locks). */
export async function currentKey(now = Date.now()): Promise<CryptoKey | null> {
  const stored = (await browser.storage.session.get(SESSION_KEY))[SESSION_KEY] as SessionVault | undefined;
  if (!stored) return null;
  if (shouldLock(stored.lastActivity, now, stored.idleMinutes)) {
    await forgetKey();
    return null;
  }
  await browser.storage.session.set({ [SESSION_KEY]: { ...stored, lastActivity: now } });
  return importKeyBytes(base64ToBytes(stored.key));
}

export async function setIdleMinutes(idleMinutes: number): Promise<void> {
  const stored = (await browser.storage.session.get(SESSION_KEY))[SESSION_KEY] as SessionVault | undefined;
  if (stored) await browser.storage.session.set({ [SESSION_KEY]: { ...stored, idleMinutes } });
}
