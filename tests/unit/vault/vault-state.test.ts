import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SAMPLE_PROFILE } from '../../../lib/demo/sample-profile';
import { PBKDF2_ITERATIONS, type Envelope } from '../../../lib/vault/crypto';
import {
  DEFAULT_IDLE_MINUTES,
  changePassphrase,
  createVault,
  openRecord,
  sealRecord,
  shouldLock,
  unlock,
  type UnlockedVault,
} from '../../../lib/vault/vault-state';
import { expectCode, flipByte, vaultErrorOf } from './helpers';

const PASSPHRASE = '引越しは 十二月 二十日';
const FAST = { iterations: 1_000 };

describe('a vault at the default iteration count', () => {
  let vault: UnlockedVault;
  let record: Envelope;
  beforeAll(async () => {
    vault = await createVault(PASSPHRASE);
    record = await sealRecord(SAMPLE_PROFILE, vault);
  });

  it('stores PBKDF2 parameters with at least 600,000 iterations in its meta', () => {
    expect(vault.meta.kdf.iterations).toBe(PBKDF2_ITERATIONS);
    expect(vault.meta.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(JSON.parse(JSON.stringify(vault.meta))).toEqual(vault.meta);
  });

  it('unlocks with the passphrase, and the key opens its records', async () => {
    const key = await unlock(JSON.parse(JSON.stringify(vault.meta)), PASSPHRASE);
    expect(await openRecord(record, key)).toEqual(SAMPLE_PROFILE);
  });

  it('refuses a wrong passphrase', async () => {
    await expectCode(unlock(vault.meta, `${PASSPHRASE}!`), 'wrong-passphrase');
  });
});

describe('vault records', () => {
  let vault: UnlockedVault;
  beforeAll(async () => {
    vault = await createVault(PASSPHRASE, FAST);
  });

  it('reports a record the verified key cannot open as tampered, never as a wrong passphrase', async () => {
    const foreign = await sealRecord({ a: 1 }, await createVault(PASSPHRASE, FAST));
    await expectCode(openRecord(foreign, vault.key), 'tampered');
    const record = await sealRecord({ a: 1 }, vault);
    await expectCode(openRecord({ ...record, data: flipByte(record.data, 2) }, vault.key), 'tampered');
  });

  it('rejects a meta it cannot read', async () => {
    await expectCode(unlock({ ...vault.meta, v: 2 }, PASSPHRASE), 'unsupported-version');
    await expectCode(unlock({ v: 1, kdf: vault.meta.kdf }, PASSPHRASE), 'malformed');
    await expectCode(unlock(vault.meta, ''), 'empty-passphrase');
  });
});

describe('changing the passphrase', () => {
  const NEW_PASSPHRASE = 'あたらしい 合言葉 2027';
  let old: UnlockedVault;
  let records: { profile: Envelope; settings: Envelope };
  beforeAll(async () => {
    old = await createVault(PASSPHRASE, FAST);
    records = { profile: await sealRecord(SAMPLE_PROFILE, old), settings: await sealRecord({ idleMinutes: 10 }, old) };
  });

  it('re-encrypts every record under a new salt at the default count; only the new passphrase opens them', async () => {
    const changed = await changePassphrase(old.meta, records, PASSPHRASE, NEW_PASSPHRASE);
    expect(changed.meta.kdf.salt).not.toBe(old.meta.kdf.salt);
    expect(changed.meta.kdf.iterations).toBe(PBKDF2_ITERATIONS);
    expect(Object.keys(changed.records)).toEqual(['profile', 'settings']);
    for (const record of Object.values(changed.records)) {
      expect(record.kdf).toEqual(changed.meta.kdf);
      expect([records.profile.data, records.settings.data]).not.toContain(record.data);
    }

    await expectCode(unlock(changed.meta, PASSPHRASE), 'wrong-passphrase');
    const key = await unlock(changed.meta, NEW_PASSPHRASE);
    expect(await openRecord(changed.records.profile, key)).toEqual(SAMPLE_PROFILE);
    expect(await openRecord(changed.records.settings, key)).toEqual({ idleMinutes: 10 });
    await expectCode(openRecord(changed.records.profile, old.key), 'tampered');
  });

  it('refuses a wrong old passphrase', async () => {
    await expectCode(changePassphrase(old.meta, records, 'ちがう', NEW_PASSPHRASE, FAST), 'wrong-passphrase');
  });

  it('refuses an empty new passphrase before doing anything', async () => {
    await expectCode(changePassphrase(old.meta, records, PASSPHRASE, '', FAST), 'empty-passphrase');
  });

  it('returns nothing when any record is altered', async () => {
    const altered = { ...records, settings: { ...records.settings, data: flipByte(records.settings.data, 0) } };
    const error = await vaultErrorOf(changePassphrase(old.meta, altered, PASSPHRASE, NEW_PASSPHRASE, FAST));
    expect(error.code).toBe('tampered');
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
