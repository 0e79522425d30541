import { db } from '../storage/db';
import { encryptJson, verifyKey } from './crypto';
import { isVaultError, type VaultErrorCode } from './errors';
import { forgetKey, currentKey } from './session-key';
import { openRecord, parseVaultMeta, type VaultMeta } from './vault-state';

// Reading and writing the records of the `profile` store under the vault: the vault meta and the
// records are read in one transaction, with the unlocked key checked against that meta; a write
// commits only if the meta and the records it replaces are still what was read. A passphrase
// change therefore never meets a save half-way: whichever commits second reads again.

export const META_ID = 'vault-meta';

/** Attempts of one read-modify-write before giving up (each failed attempt met a concurrent write). */
const MAX_ATTEMPTS = 20;
/** How long a reader waits for the key of a passphrase change in progress before it locks. */
const KEY_WAIT_MS = 10_000;
const KEY_POLL_MS = 20;

export class ProfileLockedError extends Error {
  override readonly name = 'ProfileLockedError';
  readonly code = 'locked';
  constructor() {
    super('the profile is locked');
  }
}

/** A read-modify-write that met a concurrent write on every attempt. */
export class StoreConflictError extends Error {
  override readonly name = 'StoreConflictError';
  readonly code = 'store-conflict';
  constructor() {
    super('the stored record kept changing');
  }
}

/** The unlocked vault a snapshot was read under. */
export interface OpenVault {
  meta: VaultMeta;
  key: CryptoKey;
}

export async function vaultMeta(): Promise<VaultMeta | null> {
  const raw = await (await db()).get('profile', META_ID);
  return raw === undefined ? null : parseVaultMeta(raw);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The records `ids` and the vault they are stored under (null while protection is off), read
 * together. ProfileLockedError while locked. A key that does not open the stored meta belongs to a
 * passphrase change that has remembered its new key and not yet committed: wait for the commit. */
export async function readSealed(ids: readonly string[]): Promise<{ vault: OpenVault | null; records: unknown[] }> {
  const until = Date.now() + KEY_WAIT_MS;
  for (;;) {
    const tx = (await db()).transaction('profile', 'readonly');
    const [rawMeta, ...records] = await Promise.all([tx.store.get(META_ID), ...ids.map((id) => tx.store.get(id))]);
    await tx.done;
    if (rawMeta === undefined) return { vault: null, records };
    const meta = parseVaultMeta(rawMeta);
    const key = await currentKey();
    if (!key) throw new ProfileLockedError();
    if (await verifyKey(meta.verifier, key)) return { vault: { meta, key }, records };
    if (Date.now() >= until) {
      // A key that opens nothing stored is of no use: lock, and let the user unlock again.
      await forgetKey();
      throw new ProfileLockedError();
    }
    await pause(KEY_POLL_MS);
  }
}

/** `value` as stored under `vault`: encrypted with its key, or plain while protection is off. */
export function sealFor(vault: OpenVault | null, value: unknown): Promise<unknown> {
  return vault ? encryptJson(value, vault.key, vault.meta.kdf) : Promise.resolve(value);
}

export type OpenResult = { ok: true; value: unknown } | { ok: false; code: VaultErrorCode };

/** A stored record opened with the snapshot's key; the vault's code when it does not open. */
export async function openFor(vault: OpenVault | null, raw: unknown): Promise<OpenResult> {
  if (!vault) return { ok: true, value: raw };
  try {
    return { ok: true, value: await openRecord(raw, vault.key) };
  } catch (error) {
    if (isVaultError(error)) return { ok: false, code: error.code };
    throw error;
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameVault(stored: unknown, vault: VaultMeta | null): boolean {
  if (vault === null) return stored === undefined;
  return same(stored, vault);
}

export interface Commit {
  /** The meta the writes were prepared under (null: protection off). */
  meta: VaultMeta | null;
  /** Records the writes replace, as read: any change since makes the commit fail. */
  expected: Record<string, unknown>;
  /** When set, the store's record ids must still be exactly these. */
  ids?: readonly string[];
  puts: Record<string, unknown>;
  deletes?: readonly string[];
}

/** Writes in one transaction if nothing it depends on changed since it was read; false otherwise. */
export async function commitIfUnchanged(commit: Commit): Promise<boolean> {
  const tx = (await db()).transaction('profile', 'readwrite');
  const unchanged = async (): Promise<boolean> => {
    if (!sameVault(await tx.store.get(META_ID), commit.meta)) return false;
    for (const [id, value] of Object.entries(commit.expected)) if (!same(await tx.store.get(id), value)) return false;
    if (commit.ids) {
      const now = (await tx.store.getAllKeys()).map(String).sort();
      if (!same(now, [...commit.ids].map(String).sort())) return false;
    }
    return true;
  };
  if (!(await unchanged())) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return false;
  }
  for (const [id, value] of Object.entries(commit.puts)) await tx.store.put(value, id);
  for (const id of commit.deletes ?? []) await tx.store.delete(id);
  await tx.done;
  return true;
}

/** Runs `attempt` until it commits (returns a value other than undefined). */
export async function untilCommitted<T>(attempt: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    const result = await attempt();
    if (result !== undefined) return result;
  }
  throw new StoreConflictError();
}
