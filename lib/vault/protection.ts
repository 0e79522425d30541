import { closeDb, db, DB_NAME } from '../storage/db';
import { clearAllStorage } from '../storage/items';
import { loadSettings, saveSettings } from './settings';
import { encryptJson } from './crypto';
import { VaultError } from './errors';
import { forgetKey, rememberKey, setIdleMinutes } from './session-key';
import { createVaultWithBytes, openRecord, unlockWithBytes } from './vault-state';
import { loadProfile, META_ID, PROFILE_ID, vaultMeta } from './profile-store';
import { PROCEDURES_ID, resealProcedureRecord } from './procedure-store';

// Passphrase protection of the stored profile: turning it on and off, unlocking, locking, changing
// the passphrase, and deleting every stored byte.

async function storedRecord(): Promise<unknown> {
  return (await db()).get('profile', PROFILE_ID);
}

/** Encrypts the current profile under a new passphrase; the plain record is replaced in the same
 * transaction, so no readable copy stays behind. */
export async function enableProtection(passphrase: string): Promise<void> {
  if (await vaultMeta()) throw new VaultError('malformed');
  const profile = await loadProfile();
  const vault = await createVaultWithBytes(passphrase);
  const envelope = await encryptJson(profile, vault.key, vault.meta.kdf);
  const procedures = await resealProcedureRecord(null, { key: vault.key, kdf: vault.meta.kdf });
  const tx = (await db()).transaction('profile', 'readwrite');
  await tx.store.put(vault.meta, META_ID);
  await tx.store.put(envelope, PROFILE_ID);
  if (procedures !== undefined) await tx.store.put(procedures, PROCEDURES_ID);
  for (const key of await tx.store.getAllKeys()) if (String(key).startsWith('unreadable-')) await tx.store.delete(key);
  await tx.done;
  await rememberKey(vault.bytes, (await loadSettings()).idleMinutes);
}

export async function unlockProfile(passphrase: string): Promise<void> {
  const meta = await vaultMeta();
  if (!meta) return;
  const { bytes } = await unlockWithBytes(meta, passphrase);
  await rememberKey(bytes, (await loadSettings()).idleMinutes);
}

export async function lockProfile(): Promise<void> {
  await forgetKey();
}

export async function changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
  const meta = await vaultMeta();
  if (!meta) throw new VaultError('malformed');
  const { key } = await unlockWithBytes(meta, oldPassphrase);
  const raw = await storedRecord();
  const profile = raw === undefined ? undefined : await openRecord(raw, key);
  const vault = await createVaultWithBytes(newPassphrase);
  // Encrypt before the transaction opens: an IndexedDB transaction commits as soon as it waits on
  // anything else, and meta and record must change together.
  const envelope = profile === undefined ? undefined : await encryptJson(profile, vault.key, vault.meta.kdf);
  const procedures = await resealProcedureRecord(key, { key: vault.key, kdf: vault.meta.kdf });
  const tx = (await db()).transaction('profile', 'readwrite');
  await tx.store.put(vault.meta, META_ID);
  if (envelope !== undefined) await tx.store.put(envelope, PROFILE_ID);
  if (procedures !== undefined) await tx.store.put(procedures, PROCEDURES_ID);
  await tx.done;
  await rememberKey(vault.bytes, (await loadSettings()).idleMinutes);
}

/** Stores the profile in plain form again (the passphrase is asked to prove it is the user). */
export async function disableProtection(passphrase: string): Promise<void> {
  const meta = await vaultMeta();
  if (!meta) return;
  const { key } = await unlockWithBytes(meta, passphrase);
  const raw = await storedRecord();
  const profile = raw === undefined ? undefined : await openRecord(raw, key);
  const procedures = await resealProcedureRecord(key, null);
  const tx = (await db()).transaction('profile', 'readwrite');
  if (profile !== undefined) await tx.store.put(profile, PROFILE_ID);
  if (procedures !== undefined) await tx.store.put(procedures, PROCEDURES_ID);
  await tx.store.delete(META_ID);
  await tx.done;
  await forgetKey();
}

export async function setIdleLock(minutes: number): Promise<void> {
  await saveSettings({ idleMinutes: minutes });
  await setIdleMinutes(minutes);
}

/** 「すべて削除」: the database (profile, vault, settings, remembered corrections), session memory and
 * extension storage. */
export async function deleteEverything(): Promise<void> {
  await closeDb();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    // Another extension page still holds a connection; it closes on versionchange (see db()).
    request.onblocked = () => undefined;
  });
  await clearAllStorage();
}
