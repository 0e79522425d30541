import { beforeEach, describe, expect, it } from 'vitest';
import { cachedProfile, forgetCachedProfile } from '../../../lib/background/profile-cache';
import { SAMPLE_PROFILE } from '../../../lib/demo/sample-profile';
import { closeStore, DB_NAME, PROFILE_ID, saveProfile } from '../../../lib/vault/profile-store';
import { enableProtection, lockProfile, unlockProfile } from '../../../lib/vault/protection';
import { ProfileLockedError } from '../../../lib/vault/profile-store';

// The background keeps the profile it read in memory, and drops it whenever the stored profile
// changes (in any context), is locked or protection changes.

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** Writes the stored profile behind the extension's back (no announcement): only a cache would miss it. */
function writeRawProfile(record: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const database = open.result;
      const tx = database.transaction('profile', 'readwrite');
      tx.objectStore('profile').put(record, PROFILE_ID);
      tx.oncomplete = () => {
        database.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

const renamed = (family: string) => ({ ...structuredClone(SAMPLE_PROFILE), name: { ...SAMPLE_PROFILE.name, family } });

beforeEach(async () => {
  forgetCachedProfile();
  await closeStore();
  await deleteDatabase();
  expect((await saveProfile(renamed('山田'))).ok).toBe(true);
});

describe('cachedProfile', () => {
  it('reads the stored profile once and then answers from memory', async () => {
    expect((await cachedProfile()).name.family).toBe('山田');
    const stored = await saveProfile(renamed('佐藤'));
    expect(stored.ok).toBe(true);
    // Control: the store now holds 佐藤, and a save through the extension is seen.
    expect((await cachedProfile()).name.family).toBe('佐藤');
    // A write that announces nothing is not seen: the profile came from memory.
    await writeRawProfile({ ...(stored.ok ? stored.profile : {}), name: { ...SAMPLE_PROFILE.name, family: '鈴木' } });
    expect((await cachedProfile()).name.family).toBe('佐藤');
    forgetCachedProfile();
    expect((await cachedProfile()).name.family).toBe('鈴木');
  });

  it('drops the profile on lock and reads it again after unlock', async () => {
    expect((await cachedProfile()).name.family).toBe('山田');
    await enableProtection('correct horse battery');
    expect((await cachedProfile()).name.family).toBe('山田');
    await lockProfile();
    await expect(cachedProfile()).rejects.toBeInstanceOf(ProfileLockedError);
    await unlockProfile('correct horse battery');
    expect((await cachedProfile()).name.family).toBe('山田');
  });

  it('drops the profile when the database is deleted', async () => {
    expect((await cachedProfile()).name.family).toBe('山田');
    await closeStore();
    await deleteDatabase();
    expect((await cachedProfile()).name.family).toBe('');
  });
});
