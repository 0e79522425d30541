// Passphrase encryption of JSON values: PBKDF2-SHA256 derives an AES-GCM-256 key, and every
// parameter is stored beside the ciphertext so that the passphrase alone opens an envelope.
//
// AES-GCM cannot tell a wrong key from altered ciphertext, so each envelope also carries a
// verifier: a known constant encrypted under the same key with its own IV. A verifier that does
// not open means the key is wrong ('wrong-passphrase'); a key that opens the verifier but not the
// data means the data was altered ('tampered'). Altering the verifier itself therefore reads as a
// wrong passphrase; either way nothing is returned.
import { z } from 'zod';
import { base64ByteLength, base64ToBytes, bytesToBase64, isBase64 } from './base64';
import { VaultError } from './errors';

export const ENVELOPE_VERSION = 1;
export const PBKDF2_ITERATIONS = 600_000;
/** Highest count an envelope may ask for: a hostile file must not keep the page deriving for minutes. */
export const PBKDF2_MAX_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERIFIER_TEXT = 'tetsuzuki-pad:key-check:v1';

function bytes(check: (length: number) => boolean) {
  return z.string().refine((text) => isBase64(text) && check(base64ByteLength(text)));
}

export const kdfParamsSchema = z.object({
  name: z.literal('PBKDF2'),
  hash: z.literal('SHA-256'),
  iterations: z.number().int().min(1).max(PBKDF2_MAX_ITERATIONS),
  salt: bytes((n) => n >= SALT_BYTES && n <= 64),
});

export const sealedSchema = z.object({
  iv: bytes((n) => n === IV_BYTES),
  data: bytes((n) => n >= TAG_BYTES),
});

export const envelopeSchema = z.object({
  v: z.literal(ENVELOPE_VERSION),
  kdf: kdfParamsSchema,
  verifier: sealedSchema,
  cipher: z.object({ name: z.literal('AES-GCM'), iv: bytes((n) => n === IV_BYTES) }),
  data: bytes((n) => n >= TAG_BYTES),
});

export type KdfParams = z.output<typeof kdfParamsSchema>;
/** An IV and the AES-GCM ciphertext (tag included) it was used for, both base64. */
export type Sealed = z.output<typeof sealedSchema>;
export type Envelope = z.output<typeof envelopeSchema>;

function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (!api) throw new Error('WebCrypto (crypto.subtle) is not available');
  return api;
}

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/** A versioned record (`{ v, … }`) checked against its schema: a higher `v` than this code knows is
 * 'unsupported-version', anything else that does not fit is 'malformed'. */
export function parseVersioned<T>(input: unknown, schema: z.ZodType<T>, knownVersion: number): T {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new VaultError('malformed');
  const v = (input as { v?: unknown }).v;
  if (typeof v === 'number' && Number.isInteger(v) && v > knownVersion) throw new VaultError('unsupported-version');
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new VaultError('malformed');
  return parsed.data;
}

export function parseEnvelope(input: unknown): Envelope {
  return parseVersioned(input, envelopeSchema, ENVELOPE_VERSION);
}

export function newSalt(): Uint8Array<ArrayBuffer> {
  return randomBytes(SALT_BYTES);
}

/** Fresh parameters (new random salt) for a key that is about to be derived. */
export function newKdfParams(iterations: number = PBKDF2_ITERATIONS): KdfParams {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(newSalt()) };
}

export function requirePassphrase(passphrase: string): void {
  if (typeof passphrase !== 'string' || passphrase.length === 0) throw new VaultError('empty-passphrase');
}

/** The 256 key bits PBKDF2-SHA256 derives from a passphrase. Kept only in memory: the background and
 * the extension's pages share an unlocked vault through storage.session, which holds no CryptoKey. */
export async function deriveKeyBytes(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array<ArrayBuffer>> {
  requirePassphrase(passphrase);
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > PBKDF2_MAX_ITERATIONS) {
    throw new RangeError(`PBKDF2 iterations must be an integer from 1 to ${PBKDF2_MAX_ITERATIONS}`);
  }
  // An IME may produce composed or decomposed kana for the same passphrase (が vs か+゛).
  const secret = new TextEncoder().encode(passphrase.normalize('NFC'));
  const material = await subtle().importKey('raw', secret, 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
  return new Uint8Array(bits);
}

/** A non-extractable AES-GCM-256 key from raw key bytes. */
export function importKeyBytes(bytes: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return subtle().importKey('raw', bytes, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** A non-extractable AES-GCM-256 key for encrypting and decrypting. */
export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  return importKeyBytes(await deriveKeyBytes(passphrase, salt, iterations));
}

export function deriveKeyFromParams(passphrase: string, kdf: KdfParams): Promise<CryptoKey> {
  return deriveKey(passphrase, base64ToBytes(kdf.salt), kdf.iterations);
}

async function seal(plaintext: Uint8Array<ArrayBuffer>, key: CryptoKey): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const ciphertext = await subtle().encrypt({ name: 'AES-GCM', iv }, key, plaintext);
  return { iv: bytesToBase64(iv), data: bytesToBase64(new Uint8Array(ciphertext)) };
}

/** The plaintext, or null when AES-GCM authentication fails. */
async function unseal(sealed: Sealed, key: CryptoKey): Promise<Uint8Array | null> {
  try {
    const plaintext = await subtle().decrypt({ name: 'AES-GCM', iv: base64ToBytes(sealed.iv) }, key, base64ToBytes(sealed.data));
    return new Uint8Array(plaintext);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'OperationError') return null;
    throw error;
  }
}

/** The known constant sealed under `key`, for telling a wrong key from altered data later. */
export function createVerifier(key: CryptoKey): Promise<Sealed> {
  return seal(new TextEncoder().encode(VERIFIER_TEXT), key);
}

export async function verifyKey(verifier: Sealed, key: CryptoKey): Promise<boolean> {
  const plaintext = await unseal(verifier, key);
  return plaintext !== null && new TextDecoder().decode(plaintext) === VERIFIER_TEXT;
}

/** Encrypts `value` as JSON with a fresh IV. `kdf` must be the parameters `key` was derived with. */
export async function encryptJson(value: unknown, key: CryptoKey, kdf: KdfParams): Promise<Envelope> {
  const checked = kdfParamsSchema.safeParse(kdf);
  if (!checked.success) throw new VaultError('malformed');
  const params = checked.data;
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('value has no JSON form');
  const verifier = await createVerifier(key);
  const sealed = await seal(new TextEncoder().encode(json), key);
  return {
    v: ENVELOPE_VERSION,
    kdf: { name: params.name, hash: params.hash, iterations: params.iterations, salt: params.salt },
    verifier,
    cipher: { name: 'AES-GCM', iv: sealed.iv },
    data: sealed.data,
  };
}

/** Opens an envelope (validated first) with a key. Throws VaultError: 'malformed',
 * 'unsupported-version', 'wrong-passphrase' (the key does not open the verifier) or 'tampered'. */
export async function decryptJson(envelope: unknown, key: CryptoKey): Promise<unknown> {
  const parsed = parseEnvelope(envelope);
  if (!(await verifyKey(parsed.verifier, key))) throw new VaultError('wrong-passphrase');
  const plaintext = await unseal({ iv: parsed.cipher.iv, data: parsed.data }, key);
  if (plaintext === null) throw new VaultError('tampered');
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext)) as unknown;
  } catch {
    throw new VaultError('malformed');
  }
}

/** Encrypts with a new salt and a key derived from the passphrase. `iterations` is for tests of
 * logic that does not concern the key derivation; callers leave it out. */
export async function sealWithPassphrase(value: unknown, passphrase: string, options: { iterations?: number } = {}): Promise<Envelope> {
  requirePassphrase(passphrase);
  const kdf = newKdfParams(options.iterations);
  return encryptJson(value, await deriveKeyFromParams(passphrase, kdf), kdf);
}

/** Validates before deriving, so a malformed envelope costs no derivation. */
export async function openWithPassphrase(envelope: unknown, passphrase: string): Promise<unknown> {
  requirePassphrase(passphrase);
  const parsed = parseEnvelope(envelope);
  return decryptJson(parsed, await deriveKeyFromParams(passphrase, parsed.kdf));
}
