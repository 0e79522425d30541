// A passphrase-locked vault, independent of where it is stored: the meta (KDF parameters and a
// verifier) decides whether a passphrase is right; records are envelopes encrypted under the key.
import { z } from 'zod';
import {
  ENVELOPE_VERSION,
  createVerifier,
  decryptJson,
  deriveKeyBytes,
  importKeyBytes,
  kdfParamsSchema,
  newKdfParams,
  parseVersioned,
  requirePassphrase,
  sealedSchema,
  verifyKey,
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

export function parseVaultMeta(input: unknown): VaultMeta {
  return parseVersioned(input, vaultMetaSchema, ENVELOPE_VERSION);
}

/** The key (and its bytes, for a vault shared between extension contexts) when the passphrase is
 * right; VaultError 'wrong-passphrase' when not, 'malformed' or 'unsupported-version' for a meta this
 * code cannot read (checked before any derivation). */
export async function unlockWithBytes(meta: unknown, passphrase: string): Promise<{ meta: VaultMeta; key: CryptoKey; bytes: Uint8Array<ArrayBuffer> }> {
  requirePassphrase(passphrase);
  const parsed = parseVaultMeta(meta);
  const bytes = await deriveKeyBytes(passphrase, base64ToBytes(parsed.kdf.salt), parsed.kdf.iterations);
  const key = await importKeyBytes(bytes);
  if (!(await verifyKey(parsed.verifier, key))) throw new VaultError('wrong-passphrase');
  return { meta: parsed, key, bytes };
}

/** A new vault with a fresh salt, its key and the key's bytes. */
export async function createVaultWithBytes(passphrase: string): Promise<UnlockedVault & { bytes: Uint8Array<ArrayBuffer> }> {
  requirePassphrase(passphrase);
  const kdf = newKdfParams();
  const bytes = await deriveKeyBytes(passphrase, base64ToBytes(kdf.salt), kdf.iterations);
  const key = await importKeyBytes(bytes);
  return { meta: { v: ENVELOPE_VERSION, kdf, verifier: await createVerifier(key) }, key, bytes };
}

/** Opens a record with a key that `unlockWithBytes` returned. The key has passed the meta's verifier, so a
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
 * Whether an unlocked vault should lock now. Fails closed: a clock that went backwards, a
 * non-finite time or a non-positive idle limit all lock.
 */
export function shouldLock(lastActivityMs: number, nowMs: number, idleMinutes: number): boolean {
  if (!Number.isFinite(lastActivityMs) || !Number.isFinite(nowMs) || !Number.isFinite(idleMinutes)) return true;
  if (idleMinutes <= 0 || nowMs < lastActivityMs) return true;
  return nowMs - lastActivityMs >= idleMinutes * 60_000;
}
