import { beforeEach, describe, expect, it } from 'vitest';
import { cachedProcedureRecord, cachedProfile, cachedSettings, forgetKeptRecords} from '../../../lib/background/kept-records';
import { noteFill } from '../../../lib/background/procedure-gate';
import { getReadyForFill } from '../../../lib/background/ready-for-fill';
import { onProfileStoreChange, type ChangedRecords } from '../../../lib/storage/db';
import { PROCEDURES_ID, updateProcedureRecord } from '../../../lib/vault/procedure-store';
import { saveSettings, SETTINGS_ID } from '../../../lib/vault/settings';
import type { FillReport } from '../../../lib/plan/types';
import { SAMPLE_PROFILE } from '../../../lib/demo/sample-profile';
import { closeStore, DB_NAME, PROFILE_ID, saveProfile } from '../../../lib/vault/profile-store';
import { enableProtection, lockProfile, unlockProfile } from '../../../lib/vault/protection';
import { ProfileLockedError } from '../../../lib/vault/profile-store';
import { storageItems } from '../../../lib/storage/items';

// The background keeps the profile (and the checklist's record and the settings) it read in memory,
// and drops each whenever that record changes (in any context), is locked or protection changes.

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

const renamed = (family: string) => ({ ...structuredClone(SAMPLE_PROFILE), name: { ...SAMPLE_PROFILE.name, family } });

beforeEach(async () => {
  forgetKeptRecords();
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
    await writeRaw(PROFILE_ID, { ...(stored.ok ? stored.profile : {}), name: { ...SAMPLE_PROFILE.name, family: '鈴木' } });
    expect((await cachedProfile()).name.family).toBe('佐藤');
    forgetKeptRecords();
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

  it('a kept protected profile still locks once the idle time has passed, and notes activity at most once a second', async () => {
    await enableProtection('correct horse battery');
    expect((await cachedProfile()).name.family).toBe('山田');
    const session = storageItems.vault;
    const held = (await session.get())!;
    // Control: a read just after the last activity answers from memory and writes nothing.
    await session.set({ ...held, lastActivity: Date.now() });
    const noted = (await session.get())!.lastActivity;
    expect((await cachedProfile()).name.family).toBe('山田');
    expect((await session.get())!.lastActivity).toBe(noted);
    // Two seconds later the read notes the activity.
    await session.set({ ...held, lastActivity: Date.now() - 2000 });
    expect((await cachedProfile()).name.family).toBe('山田');
    expect((await session.get())!.lastActivity).toBeGreaterThan(Date.now() - 1000);
    // Past the idle limit the key goes, and the kept profile with it.
    await session.set({ ...held, lastActivity: Date.now() - (held.idleMinutes + 1) * 60_000 });
    await expect(cachedProfile()).rejects.toBeInstanceOf(ProfileLockedError);
    expect(await session.get()).toBeNull();
  });

  it('drops the profile when the database is deleted', async () => {
    expect((await cachedProfile()).name.family).toBe('山田');
    await closeStore();
    await deleteDatabase();
    expect((await cachedProfile()).name.family).toBe('');
  });
});

/** Writes a record behind the extension's back (no announcement): only what is kept in memory would miss it. */
function writeRaw(id: string, record: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const database = open.result;
      const tx = database.transaction('profile', 'readwrite');
      tx.objectStore('profile').put(record, id);
      tx.oncomplete = () => {
        database.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

const REPORT: FillReport = {
  providerId: 'demo-power',
  providerLabel: 'デモ電力',
  pageTitle: '引越し',
  url: 'http://127.0.0.1/move',
  at: '2026-12-01T00:00:00.000Z',
  fields: [{ id: 'f0', key: 'name.full', outcome: 'filled' }],
  counts: { filled: 1, skipped: 0, 'not-found': 0 },
} as FillReport;

describe('what a write announces', () => {
  it('names the records written, never their values', async () => {
    const heard: ChangedRecords[] = [];
    const stop = onProfileStoreChange((changed) => heard.push(changed));
    try {
      await saveSettings({ idleMinutes: 30 });
      await updateProcedureRecord((r) => ({ ...r, picked: { 'demo-gas': true } }));
      await saveProfile(renamed('田中'));
    } finally {
      stop();
    }
    expect(heard[0]).toEqual([SETTINGS_ID]);
    expect(heard[1]).toEqual([PROCEDURES_ID]);
    expect(heard.at(-1)).toContain(PROFILE_ID);
    expect(JSON.stringify(heard)).not.toContain('田中');
  });
});

describe('records kept beside the profile', () => {
  it('keeps the profile across a write to the checklist record, and drops it on a write to itself', async () => {
    expect((await cachedProfile()).name.family).toBe('山田');
    await writeRaw(PROFILE_ID, renamed('鈴木'));
    await noteFill(REPORT, null, false);
    // The checklist's note left the profile in memory: the silent write is not seen.
    expect((await cachedProfile()).name.family).toBe('山田');
    // Control: a write to the profile itself drops it.
    expect((await saveProfile(renamed('佐藤'))).ok).toBe(true);
    expect((await cachedProfile()).name.family).toBe('佐藤');
  });

  it('keeps the record a fill just noted, and reads again after another context writes it', async () => {
    expect((await cachedProcedureRecord()).history).toHaveLength(0);
    await noteFill(REPORT, null, false);
    const noted = await cachedProcedureRecord();
    expect(noted.history).toHaveLength(1);
    // Kept from the note: a silent write is not seen …
    await writeRaw(PROCEDURES_ID, { ...noted, history: [] });
    expect((await cachedProcedureRecord()).history).toHaveLength(1);
    // … until another context announces a write to the record.
    const other = new BroadcastChannel('tetsuzuki-pad:profile-store');
    other.postMessage([PROCEDURES_ID]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    other.close();
    expect((await cachedProcedureRecord()).history).toHaveLength(0);
  });

  it('reads the settings once and again after they are saved', async () => {
    expect((await cachedSettings()).idleMinutes).not.toBe(45);
    await writeRaw(SETTINGS_ID, { idleMinutes: 45 });
    expect((await cachedSettings()).idleMinutes).not.toBe(45);
    await saveSettings({ idleMinutes: 50 });
    expect((await cachedSettings()).idleMinutes).toBe(50);
  });
});

describe('getting ready for a fill as the popup opens', () => {
  it('reads the profile into memory before the click', async () => {
    await getReadyForFill();
    // Read already: a silent write is not seen, the fill uses what was read at opening.
    await writeRaw(PROFILE_ID, renamed('鈴木'));
    expect((await cachedProfile()).name.family).toBe('山田');
    // Control: without getting ready, the first read sees the store.
    forgetKeptRecords();
    expect((await cachedProfile()).name.family).toBe('鈴木');
  });

  it('reads nothing while the profile is locked, and does not fail', async () => {
    await enableProtection('correct horse battery');
    await lockProfile();
    forgetKeptRecords();
    await expect(getReadyForFill()).resolves.toBeUndefined();
    await expect(cachedProfile()).rejects.toBeInstanceOf(ProfileLockedError);
  });
});
