import { closeDb, db, DB_NAME } from '../storage/db';
import { clearAllStorage } from '../storage/items';
import { loadSettings, saveSettings, SETTINGS_ID } from './settings';
import { encryptJson, envelopeSchema, type KdfParams } from './crypto';
import { isVaultError, VaultError } from './errors';
import { forgetKey, rememberKey, setIdleMinutes } from './session-key';
import { createVaultWithBytes, openRecord, unlockWithBytes, type VaultMeta } from './vault-state';
import { loadProfile, StoredProfileError } from './profile-store';
import { commitIfUnchanged, META_ID, untilCommitted, vaultMeta } from './sealed-store';

// Passphrase protection of the stored profile: turning it on and off, unlocking, locking, changing
// the passphrase, and deleting every stored byte. Turning protection on, off or to a new passphrase
// re-seals every record of profile data in the store — the profile, the checklist, the copies kept
// before a migration and the records set aside as unreadable — in the transaction that writes the
// vault meta, so no copy is left behind readable or under a key that no longer exists.

/** Every record but the vault meta and the settings holds profile data. */
function holdsProfileData(id: string): boolean {
  return id !== META_ID && id !== SETTINGS_ID;
}

interface Resealed {
  ids: string[];
  expected: Record<string, unknown>;
  puts: Record<string, unknown>;
}

/** Every record of profile data re-sealed from `from` (null: stored plain) to `to` (null: plain).
 * An envelope `from` does not open (a record set aside as unreadable) is kept as it is. */
async function resealAll(from: CryptoKey | null, to: { key: CryptoKey; kdf: KdfParams } | null): Promise<Resealed> {
  const tx = (await db()).transaction('profile', 'readonly');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  await tx.done;
  const ids = keys.map(String);
  const resealed: Resealed = { ids, expected: {}, puts: {} };
  for (const [i, id] of ids.entries()) {
    if (!holdsProfileData(id)) continue;
    const raw = values[i];
    let value = raw;
    if (envelopeSchema.safeParse(raw).success) {
      if (!from) continue;
      try {
        value = await openRecord(raw, from);
      } catch (error) {
        if (!isVaultError(error)) throw error;
        continue;
      }
    }
    resealed.expected[id] = raw;
    resealed.puts[id] = to ? await encryptJson(value, to.key, to.kdf) : value;
  }
  return resealed;
}

/** Re-seals every record and writes `meta` (or removes it) in one transaction, reading again if a
 * save came in between. */
async function resealStore(from: { meta: VaultMeta; key: CryptoKey } | null, to: { meta: VaultMeta; key: CryptoKey } | null): Promise<void> {
  await untilCommitted(async () => {
    const { ids, expected, puts } = await resealAll(from?.key ?? null, to ? { key: to.key, kdf: to.meta.kdf } : null);
    if (to) puts[META_ID] = to.meta;
    const committed = await commitIfUnchanged({ meta: from?.meta ?? null, expected, ids, puts, deletes: to ? [] : [META_ID] });
    return committed || undefined;
  });
}

/** Encrypts the profile and every other copy of profile data under a new passphrase; the plain
 * records are replaced in the same transaction, so no readable copy stays behind. */
export async function enableProtection(passphrase: string): Promise<void> {
  if (await vaultMeta()) throw new VaultError('malformed');
  try {
    // Migrates a record of an older version first, while it is still plain.
    await loadProfile();
  } catch (error) {
    // A record that does not validate is encrypted as it is, and set aside by the next save.
    if (!(error instanceof StoredProfileError)) throw error;
  }
  const vault = await createVaultWithBytes(passphrase);
  const idle = (await loadSettings()).idleMinutes;
  // Remembered first: a page that saves in between still sees no meta and writes plain, which makes
  // the commit below read again.
  await rememberKey(vault.bytes, idle);
  try {
    await resealStore(null, vault);
  } catch (error) {
    await forgetKey();
    throw error;
  }
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

/** Key and meta change in one step: the new key is remembered before the new meta is committed, so a
 * save in between waits for the commit (its key no longer opens the stored meta) or commits first
 * under the old key, which makes this change read and re-seal again. */
export async function changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
  const meta = await vaultMeta();
  if (!meta) throw new VaultError('malformed');
  const old = await unlockWithBytes(meta, oldPassphrase);
  const vault = await createVaultWithBytes(newPassphrase);
  const idle = (await loadSettings()).idleMinutes;
  await rememberKey(vault.bytes, idle);
  try {
    await resealStore({ meta: old.meta, key: old.key }, vault);
  } catch (error) {
    await rememberKey(old.bytes, idle);
    throw error;
  }
}

/** Stores the profile and its copies in plain form again (the passphrase is asked to prove it is
 * the user). */
export async function disableProtection(passphrase: string): Promise<void> {
  const meta = await vaultMeta();
  if (!meta) return;
  const { key } = await unlockWithBytes(meta, passphrase);
  await resealStore({ meta, key }, null);
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
