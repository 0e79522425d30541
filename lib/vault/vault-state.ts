// A passphrase-locked vault, independent of where it is stored: the meta (KDF parameters and a
// verifier) decides whether a passphrase is right; records are envelopes encrypted under the key.
import { z } from 'zod';
import {
  ENVELOPE_VERSION,
  createVerifier,
  decryptJson,
  deriveKeyBytes,
  deriveKeyFromParams,
  importKeyBytes,
  encryptJson,
  kdfParamsSchema,
  newKdfParams,
  parseVersioned,
  requirePassphrase,
  sealedSchema,
  verifyKey,
  type Envelope,
} from './crypto';
import { base64ToBytes } from './base64';
import { VaultError, isVaultError } from './errors';

export const vaultMetaSchema = z.object({
  v: z.literal(ENVELOPE_VERSION),
  kdf: kdfParamsSchema,
  verifier: sealedSchema,
});

export type VaultMeta = z.output<typeof vaultMetaSchema>;

export interface UnlockedVault {
  meta: VaultMeta;
  key: CryptoKey;
}

/** Minutes without activity after which an unlocked vault locks, unless the user chose otherwise. */
export const DEFAULT_IDLE_MINUTES = 15;

/** A new vault with a fresh salt. `iterations` is for tests of unrelated logic; callers leave it out. */
export async function createVault(passphrase: string, options: { iterations?: number } = {}): Promise<UnlockedVault> {
  requirePassphrase(passphrase);
  const kdf = newKdfParams(options.iterations);
  const key = await deriveKeyFromParams(passphrase, kdf);
  return { meta: { v: ENVELOPE_VERSION, kdf, verifier: await createVerifier(key) }, key };
}

export function parseVaultMeta(input: unknown): VaultMeta {
  return parseVersioned(input, vaultMetaSchema, ENVELOPE_VERSION);
}

/** The key when the passphrase is right; VaultError 'wrong-passphrase' when not, 'malformed' or
 * 'unsupported-version' for a meta this code cannot read (checked before any derivation). */
export async function unlock(meta: unknown, passphrase: string): Promise<CryptoKey> {
  requirePassphrase(passphrase);
  const parsed = parseVaultMeta(meta);
  const key = await deriveKeyFromParams(passphrase, parsed.kdf);
  if (!(await verifyKey(parsed.verifier, key))) throw new VaultError('wrong-passphrase');
  return key;
}

/** Like `unlock`, but gives the key bytes too, for a vault shared between extension contexts. */
export async function unlockWithBytes(meta: unknown, passphrase: string): Promise<{ meta: VaultMeta; key: CryptoKey; bytes: Uint8Array<ArrayBuffer> }> {
  requirePassphrase(passphrase);
  const parsed = parseVaultMeta(meta);
  const bytes = await deriveKeyBytes(passphrase, base64ToBytes(parsed.kdf.salt), parsed.kdf.iterations);
  const key = await importKeyBytes(bytes);
  if (!(await verifyKey(parsed.verifier, key))) throw new VaultError('wrong-passphrase');
  return { meta: parsed, key, bytes };
}

/** Like `createVault`, but gives the key bytes too. */
export async function createVaultWithBytes(passphrase: string): Promise<UnlockedVault & { bytes: Uint8Array<ArrayBuffer> }> {
  requirePassphrase(passphrase);
  const kdf = newKdfParams();
  const bytes = await deriveKeyBytes(passphrase, base64ToBytes(kdf.salt), kdf.iterations);
  const key = await importKeyBytes(bytes);
  return { meta: { v: ENVELOPE_VERSION, kdf, verifier: await createVerifier(key) }, key, bytes };
}

/** Encrypts a value as a record of this vault (fresh IV on every call). */
export function sealRecord(value: unknown, vault: UnlockedVault): Promise<Envelope> {
  return encryptJson(value, vault.key, vault.meta.kdf);
}

/** Opens a record with a key that `unlock` returned. The key has passed the meta's verifier, so a
 * record it does not open was altered or belongs to another vault: 'tampered', never 'wrong-passphrase'. */
export async function openRecord(record: unknown, key: CryptoKey): Promise<unknown> {
  try {
    return await decryptJson(record, key);
  } catch (error) {
    if (isVaultError(error, 'wrong-passphrase')) throw new VaultError('tampered');
    throw error;
  }
}

/**
 * Re-encrypts every record under a key from the new passphrase with a new salt (and the current
 * default iteration count), so the old passphrase opens neither the new meta nor the new records.
 * All records are opened before anything is encrypted: on any failure it throws and returns nothing,
 * and the caller must write the returned meta and records together (one transaction).
 */
export async function changePassphrase<K extends string>(
  meta: unknown,
  records: Readonly<Record<K, unknown>>,
  oldPassphrase: string,
  newPassphrase: string,
  options: { iterations?: number } = {},
): Promise<UnlockedVault & { records: Record<K, Envelope> }> {
  requirePassphrase(newPassphrase);
  const oldKey = await unlock(meta, oldPassphrase);
  const entries = Object.entries(records) as [K, unknown][];
  const values: [K, unknown][] = [];
  for (const [name, record] of entries) values.push([name, await openRecord(record, oldKey)]);

  const vault = await createVault(newPassphrase, options);
  const sealed = {} as Record<K, Envelope>;
  for (const [name, value] of values) sealed[name] = await sealRecord(value, vault);
  return { ...vault, records: sealed };
}

/**
 * Whether an unlocked vault should lock now. Fails closed: a clock that went backwards, a
 * non-finite time or a non-positive idle limit all lock.
 */
export function shouldLock(lastActivityMs: number, nowMs: number, idleMinutes: number): boolean {
  if (!Number.isFinite(lastActivityMs) || !Number.isFinite(nowMs) || !Number.isFinite(idleMinutes)) return true;
  if (idleMinutes <= 0 || nowMs < lastActivityMs) return true;
  return nowMs - lastActivityMs >= idleMinutes * 60_000;
}
