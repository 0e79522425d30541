import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_PROFILE } from '../../../lib/demo/sample-profile';
import { changePassphrase, deleteEverything, disableProtection, enableProtection, lockProfile, unlockProfile } from '../../../lib/vault/protection';
import { enforceRetention } from '../../../lib/vault/retention-check';
import { closeStore, DB_NAME, loadProfile, PROFILE_ID, ProfileLockedError, saveProfile, StoredProfileError, vaultState } from '../../../lib/vault/profile-store';
import { db } from '../../../lib/storage/db';
import { applyRetention, loadSettings } from '../../../lib/vault/settings';
import { isVaultError } from '../../../lib/vault/errors';

const PASS = 'correct horse 電池 staple';

async function resetDb(): Promise<void> {
  await closeStore();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

beforeEach(resetDb);
afterEach(resetDb);

describe('passphrase protection of the stored profile', () => {
  it('replaces the plain record by an envelope, locks, refuses while locked and unlocks', async () => {
    expect((await saveProfile(SAMPLE_PROFILE)).ok).toBe(true);
    expect(await vaultState()).toBe('off');
    await enableProtection(PASS);
    expect(await vaultState()).toBe('unlocked');
    const stored = JSON.stringify(await (await db()).get('profile', PROFILE_ID));
    expect(stored).not.toContain('山田');
    expect(stored).toContain('AES-GCM');

    await lockProfile();
    expect(await vaultState()).toBe('locked');
    await expect(loadProfile()).rejects.toBeInstanceOf(ProfileLockedError);
    await expect(saveProfile(SAMPLE_PROFILE)).rejects.toBeInstanceOf(ProfileLockedError);

    await expect(unlockProfile('wrong')).rejects.toSatisfy((e) => isVaultError(e, 'wrong-passphrase'));
    expect(await vaultState()).toBe('locked');
    await unlockProfile(PASS);
    expect((await loadProfile()).name.family).toBe('山田');
  });

  it('writes a fresh IV on every save and changes the passphrase without losing data', async () => {
    await saveProfile(SAMPLE_PROFILE);
    await enableProtection(PASS);
    const first = (await (await db()).get('profile', PROFILE_ID)) as { cipher: { iv: string } };
    await saveProfile(SAMPLE_PROFILE);
    const second = (await (await db()).get('profile', PROFILE_ID)) as { cipher: { iv: string } };
    expect(second.cipher.iv).not.toBe(first.cipher.iv);

    await changePassphrase(PASS, 'a new passphrase 2');
    await lockProfile();
    await expect(unlockProfile(PASS)).rejects.toSatisfy((e) => isVaultError(e, 'wrong-passphrase'));
    await unlockProfile('a new passphrase 2');
    expect((await loadProfile()).email).toBe('hanako.yamada@example.jp');
  });

  it('a tampered record fails closed and stays stored', async () => {
    await saveProfile(SAMPLE_PROFILE);
    await enableProtection(PASS);
    const database = await db();
    const record = (await database.get('profile', PROFILE_ID)) as { data: string };
    const bytes = Buffer.from(record.data, 'base64');
    bytes[5] ^= 0xff;
    await database.put('profile', { ...record, data: bytes.toString('base64') }, PROFILE_ID);
    await expect(loadProfile()).rejects.toSatisfy((e) => e instanceof StoredProfileError && e.code === 'tampered');
    expect(await database.get('profile', PROFILE_ID)).toMatchObject({ data: bytes.toString('base64') });
  });

  it('removing protection needs the passphrase and stores the profile in plain form again', async () => {
    await saveProfile(SAMPLE_PROFILE);
    await enableProtection(PASS);
    await expect(disableProtection('nope')).rejects.toSatisfy((e) => isVaultError(e, 'wrong-passphrase'));
    await disableProtection(PASS);
    expect(await vaultState()).toBe('off');
    expect((await loadProfile()).name.given).toBe('花子');
  });

  it('すべて削除 leaves nothing behind', async () => {
    await saveProfile(SAMPLE_PROFILE);
    await enableProtection(PASS);
    await deleteEverything();
    expect(await vaultState()).toBe('off');
    expect((await loadProfile()).name.family).toBe('');
    expect((await loadSettings()).deleteOn).toBeNull();
  });
});

describe('retention', () => {
  it('computes the deletion day from the move date, announces it, then deletes everything', async () => {
    await saveProfile(SAMPLE_PROFILE); // move date 2026-12-20
    await applyRetention({ mode: 'after-move', days: 30 }, '2026-12-20');
    expect((await loadSettings()).deleteOn).toBe('2027-01-19');
    expect(await enforceRetention(new Date(2027, 0, 11))).toEqual({ kind: 'none' });
    expect(await enforceRetention(new Date(2027, 0, 12))).toEqual({ kind: 'notice', deleteOn: '2027-01-19' });
    expect((await loadProfile()).name.family).toBe('山田');
    expect(await enforceRetention(new Date(2027, 0, 19, 0, 1))).toEqual({ kind: 'deleted' });
    expect((await loadProfile()).name.family).toBe('');
  });

  it('follows a changed move date and keeps everything under the keep policy', async () => {
    await applyRetention({ mode: 'after-move', days: 10 }, '2026-12-20');
    await saveProfile({ ...SAMPLE_PROFILE, move: { date: '2027-03-01' } });
    expect((await loadSettings()).deleteOn).toBe('2027-03-11');
    await applyRetention({ mode: 'keep' }, '2027-03-01');
    await saveProfile(SAMPLE_PROFILE);
    expect((await loadSettings()).deleteOn).toBeNull();
    expect(await enforceRetention(new Date(2030, 0, 1))).toEqual({ kind: 'none' });
  });
});

describe('stored data of an older version', () => {
  it('is migrated on load, and the original record is kept beside the migrated one', async () => {
    const { readFileSync } = await import('node:fs');
    const v0 = JSON.parse(readFileSync(new URL('../../fixtures/vault/profile-v0.json', import.meta.url), 'utf8'));
    await (await db()).put('profile', v0, PROFILE_ID);
    const profile = await loadProfile();
    expect(profile.schemaVersion).toBe(1);
    expect(profile.name.family).not.toBe('');
    const database = await db();
    const keys = (await database.getAllKeys('profile')).map(String);
    const kept = keys.find((k) => k.startsWith('pre-migration-v0-'));
    expect(kept).toBeDefined();
    expect(((await database.get('profile', kept!)) as { original: unknown }).original).toEqual(v0);
    expect(await database.get('profile', PROFILE_ID)).toMatchObject({ schemaVersion: 1 });
  });
});
