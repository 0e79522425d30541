import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PROFILE } from '../../../lib/demo/sample-profile';
import { base64ByteLength, base64ToBytes } from '../../../lib/vault/base64';
import {
  IV_BYTES,
  PBKDF2_ITERATIONS,
  PBKDF2_MAX_ITERATIONS,
  SALT_BYTES,
  decryptJson,
  deriveKey,
  encryptJson,
  newKdfParams,
  newSalt,
  openWithPassphrase,
  sealWithPassphrase,
  type Envelope,
  type KdfParams,
} from '../../../lib/vault/crypto';
import { expectCode, flipByte } from './helpers';

const PASSPHRASE = 'ひまわり畑の 青い自転車 2026';

let kdf: KdfParams;
let key: CryptoKey;
/** Sealed with the real default iteration count and opened again through the passphrase. */
let sealed: Envelope;

beforeAll(async () => {
  kdf = newKdfParams();
  key = await deriveKey(PASSPHRASE, base64ToBytes(kdf.salt), kdf.iterations);
  sealed = await sealWithPassphrase(SAMPLE_PROFILE, PASSPHRASE);
});

function clone(envelope: Envelope): Envelope {
  return JSON.parse(JSON.stringify(envelope)) as Envelope;
}

describe('key derivation parameters', () => {
  it('uses PBKDF2-SHA256 with at least 600,000 iterations and a 16-byte salt by default', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    for (const params of [kdf, sealed.kdf]) {
      expect(params).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS });
      expect(base64ByteLength(params.salt)).toBe(SALT_BYTES);
    }
  });

  it('draws a new salt every time', () => {
    expect(newSalt()).not.toEqual(newSalt());
    expect(newKdfParams().salt).not.toBe(newKdfParams().salt);
  });

  it('derives a key that cannot be exported', async () => {
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('rejects an empty passphrase and an out-of-range iteration count before deriving', async () => {
    await expectCode(deriveKey('', newSalt(), 1000), 'empty-passphrase');
    await expectCode(sealWithPassphrase({}, ''), 'empty-passphrase');
    await expect(deriveKey(PASSPHRASE, newSalt(), 0)).rejects.toThrow(RangeError);
    await expect(deriveKey(PASSPHRASE, newSalt(), PBKDF2_MAX_ITERATIONS + 1)).rejects.toThrow(RangeError);
  });
});

describe('encrypt and decrypt', () => {
  it('round-trips a profile', async () => {
    const envelope = await encryptJson(SAMPLE_PROFILE, key, kdf);
    expect(await decryptJson(envelope, key)).toEqual(SAMPLE_PROFILE);
  });

  it('stores the parameters with the ciphertext, as JSON, and opens with the passphrase alone', async () => {
    const stored = JSON.parse(JSON.stringify(sealed)) as unknown;
    expect(stored).toMatchObject({
      v: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS },
      cipher: { name: 'AES-GCM' },
    });
    expect(base64ByteLength(sealed.cipher.iv)).toBe(IV_BYTES);
    expect(base64ByteLength(sealed.verifier.iv)).toBe(IV_BYTES);
    expect(await openWithPassphrase(stored, PASSPHRASE)).toEqual(SAMPLE_PROFILE);
  });

  it('uses a fresh IV, and so a different ciphertext, on every write of the same value', async () => {
    const writes = await Promise.all([1, 2, 3].map(() => encryptJson(SAMPLE_PROFILE, key, kdf)));
    const ivs = writes.flatMap((w) => [w.cipher.iv, w.verifier.iv]);
    expect(new Set(ivs).size).toBe(ivs.length);
    expect(new Set(writes.map((w) => w.data)).size).toBe(writes.length);
    for (const w of writes) expect(await decryptJson(w, key)).toEqual(SAMPLE_PROFILE);
  });

  it('does not hold the plaintext in readable form', async () => {
    const envelope = await encryptJson(SAMPLE_PROFILE, key, kdf);
    const text = JSON.stringify(envelope);
    for (const value of ['山田', 'hanako', '1600022', '09012345678']) expect(text).not.toContain(value);
    expect(atob(envelope.data)).not.toContain('hanako');
  });
});

describe('failing closed', () => {
  let envelope: Envelope;
  beforeAll(async () => {
    envelope = await encryptJson({ secret: '山田 花子' }, key, kdf);
  });

  it('reports a wrong passphrase as such', async () => {
    await expectCode(openWithPassphrase(sealed, 'ひまわり畑の 青い自転車 2025'), 'wrong-passphrase');
  });

  it.each([
    ['first byte of the data', (e: Envelope) => ({ ...e, data: flipByte(e.data, 0) })],
    ['last byte of the data (the tag)', (e: Envelope) => ({ ...e, data: flipByte(e.data, -1) })],
    ['the data IV', (e: Envelope) => ({ ...e, cipher: { ...e.cipher, iv: flipByte(e.cipher.iv, 5) } })],
    ['the data cut short', (e: Envelope) => ({ ...e, data: e.data.slice(0, -8) })],
  ])('reports %s altered as tampered', async (_, alter) => {
    await expectCode(decryptJson(alter(clone(envelope)), key), 'tampered');
  });

  it('reports an altered verifier as a wrong passphrase (the key check fails)', async () => {
    const altered = clone(envelope);
    altered.verifier.data = flipByte(altered.verifier.data, 3);
    await expectCode(decryptJson(altered, key), 'wrong-passphrase');
  });

  it('reports data and verifier from different keys as a wrong passphrase', async () => {
    const otherKey = await deriveKey(PASSPHRASE, newSalt(), 1_000);
    await expectCode(decryptJson(envelope, otherKey), 'wrong-passphrase');
  });

  it('reports an altered salt or iteration count as a wrong passphrase: the passphrase derives another key', async () => {
    const salted = clone(sealed);
    salted.kdf.salt = flipByte(salted.kdf.salt, 0);
    await expectCode(openWithPassphrase(salted, PASSPHRASE), 'wrong-passphrase');
    const counted = clone(sealed);
    counted.kdf.iterations = 1_000;
    await expectCode(openWithPassphrase(counted, PASSPHRASE), 'wrong-passphrase');
  });

  it('rejects an envelope from a newer version before deriving anything', async () => {
    await expectCode(openWithPassphrase({ ...clone(sealed), v: 2 }, PASSPHRASE), 'unsupported-version');
    await expectCode(decryptJson({ v: 99 }, key), 'unsupported-version');
  });

  it.each([
    ['not an object', 'envelope'],
    ['null', null],
    ['an array', [1, 2]],
    ['version 0', { v: 0 }],
    ['no data', { v: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 1000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' } }],
  ])('rejects %s as malformed', async (_, input) => {
    await expectCode(decryptJson(input, key), 'malformed');
  });

  it.each([
    ['a 11-byte IV', (e: Envelope) => ({ ...e, cipher: { ...e.cipher, iv: 'AAAAAAAAAAAAAAA=' } })],
    ['base64 with whitespace', (e: Envelope) => ({ ...e, data: `${e.data.slice(0, 4)} ${e.data.slice(4)}` })],
    ['another cipher', (e: Envelope) => ({ ...e, cipher: { ...e.cipher, name: 'AES-CBC' } })],
    ['another hash', (e: Envelope) => ({ ...e, kdf: { ...e.kdf, hash: 'SHA-1' } })],
    ['a short salt', (e: Envelope) => ({ ...e, kdf: { ...e.kdf, salt: 'AAAAAAAA' } })],
    ['zero iterations', (e: Envelope) => ({ ...e, kdf: { ...e.kdf, iterations: 0 } })],
    ['an iteration count that would take minutes', (e: Envelope) => ({ ...e, kdf: { ...e.kdf, iterations: 2_000_000_000 } })],
  ])('rejects an envelope with %s as malformed', async (_, alter) => {
    await expectCode(openWithPassphrase(alter(clone(sealed)), PASSPHRASE), 'malformed');
  });

  it('reports authenticated data that is not JSON as malformed', async () => {
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode('{"cut')));
    const envelope = await encryptJson('placeholder', key, kdf);
    const forged = { ...envelope, cipher: { ...envelope.cipher, iv: btoa(String.fromCharCode(...iv)) }, data: btoa(String.fromCharCode(...ciphertext)) };
    await expectCode(decryptJson(forged, key), 'malformed');
  });
});

describe('passphrase text', () => {
  it('treats composed and decomposed kana as the same passphrase', async () => {
    const composed = 'がぎぐげご';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const envelope = await sealWithPassphrase({ ok: true }, composed, { iterations: 1_000 });
    expect(await openWithPassphrase(envelope, decomposed)).toEqual({ ok: true });
  });
});
