import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SAMPLE_PROFILE } from '../../../lib/demo/sample-profile';
import { PBKDF2_ITERATIONS, encryptJson, type Envelope } from '../../../lib/vault/crypto';
import { DEFAULT_IDLE_MINUTES, createVaultWithBytes, openRecord, shouldLock, unlockWithBytes, type UnlockedVault } from '../../../lib/vault/vault-state';
import { expectCode, flipByte } from './helpers';

const PASSPHRASE = '引越しは 十二月 二十日';

const seal = (value: unknown, vault: UnlockedVault) => encryptJson(value, vault.key, vault.meta.kdf);

describe('a vault at the default iteration count', () => {
  let vault: UnlockedVault;
  let record: Envelope;
  beforeAll(async () => {
    vault = await createVaultWithBytes(PASSPHRASE);
    record = await seal(SAMPLE_PROFILE, vault);
  });

  it('stores PBKDF2 parameters with at least 600,000 iterations in its meta', () => {
    expect(vault.meta.kdf.iterations).toBe(PBKDF2_ITERATIONS);
    expect(vault.meta.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(JSON.parse(JSON.stringify(vault.meta))).toEqual(vault.meta);
  });

  it('unlocks with the passphrase, and the key opens its records', async () => {
    const { key } = await unlockWithBytes(JSON.parse(JSON.stringify(vault.meta)), PASSPHRASE);
    expect(await openRecord(record, key)).toEqual(SAMPLE_PROFILE);
  });

  it('refuses a wrong passphrase', async () => {
    await expectCode(unlockWithBytes(vault.meta, `${PASSPHRASE}!`), 'wrong-passphrase');
  });

  it('reports a record the verified key cannot open as tampered, never as a wrong passphrase', async () => {
    const foreign = await seal({ a: 1 }, await createVaultWithBytes(PASSPHRASE));
    await expectCode(openRecord(foreign, vault.key), 'tampered');
    const own = await seal({ a: 1 }, vault);
    await expectCode(openRecord({ ...own, data: flipByte(own.data, 2) }, vault.key), 'tampered');
  });

  it('rejects a meta it cannot read', async () => {
    await expectCode(unlockWithBytes({ ...vault.meta, v: 2 }, PASSPHRASE), 'unsupported-version');
    await expectCode(unlockWithBytes({ v: 1, kdf: vault.meta.kdf }, PASSPHRASE), 'malformed');
    await expectCode(unlockWithBytes(vault.meta, ''), 'empty-passphrase');
  });
});

describe('idle lock policy', () => {
  const start = Date.UTC(2026, 11, 20, 9, 0, 0);
  const minute = 60_000;

  afterEach(() => {
    vi.useRealTimers();
  });

  it('locks exactly when the idle limit is reached', () => {
    expect(shouldLock(start, start, 15)).toBe(false);
    expect(shouldLock(start, start + 15 * minute - 1, 15)).toBe(false);
    expect(shouldLock(start, start + 15 * minute, 15)).toBe(true);
    expect(shouldLock(start, start + 60 * minute, 15)).toBe(true);
  });

  it('follows a fake clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(start);
    const lastActivity = Date.now();
    vi.advanceTimersByTime((DEFAULT_IDLE_MINUTES - 1) * minute);
    expect(shouldLock(lastActivity, Date.now(), DEFAULT_IDLE_MINUTES)).toBe(false);
    vi.advanceTimersByTime(minute);
    expect(shouldLock(lastActivity, Date.now(), DEFAULT_IDLE_MINUTES)).toBe(true);
  });

  it.each([
    ['the clock went backwards', start, start - 1, 15],
    ['the idle limit is zero', start, start, 0],
    ['the idle limit is negative', start, start, -5],
    ['the last activity is unknown', Number.NaN, start, 15],
    ['the idle limit is not a number', start, start, Number.NaN],
  ])('locks when %s', (_, last, now, idle) => {
    expect(shouldLock(last, now, idle)).toBe(true);
  });
});
