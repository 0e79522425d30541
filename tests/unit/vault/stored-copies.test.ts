import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SAMPLE_PROFILE } from '../../../lib/demo/sample-profile';
import { db } from '../../../lib/storage/db';
import { encryptJson } from '../../../lib/vault/crypto';
import { changePassphrase, enableProtection, lockProfile, unlockProfile } from '../../../lib/vault/protection';
import { closeStore, DB_NAME, loadProfile, PROFILE_ID, saveProfile, StoredProfileError, vaultMeta } from '../../../lib/vault/profile-store';
import { currentKey } from '../../../lib/vault/session-key';
import { updateProcedureRecord } from '../../../lib/vault/procedure-store';

// Every copy of profile data follows protection: scanned in every object store of the database and
// every storage area, by the values themselves.

const PASS = 'correct horse 電池 staple';
/** Each test derives keys (600,000 PBKDF2 iterations) several times; a busy machine needs time. */
const SLOW = 60_000;
const V0 = JSON.parse(readFileSync(new URL('../../fixtures/vault/profile-v0.json', import.meta.url), 'utf8')) as Record<string, string>;
/** Values of the v0 fixture, as they appear before and after migration. */
const V0_VALUES = ['山田', 'はなこ', 'ハナコ', '1234-5678', '12345678', '新宿', '管理会社'];

async function resetDb(): Promise<void> {
  await closeStore();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

beforeEach(resetDb);
afterEach(resetDb);

function readAll(store: IDBObjectStore): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = store.getAll();
    request.onsuccess = () => resolve(request.result as unknown[]);
    request.onerror = () => reject(request.error);
  });
}

/** The text of every record in every object store, and of every storage area. */
async function everythingStored(): Promise<string> {
  await closeStore();
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const texts: string[] = [];
  try {
    const names = [...database.objectStoreNames];
    expect(names).toContain('profile');
    const tx = database.transaction(names, 'readonly');
    for (const name of names) texts.push(JSON.stringify(await readAll(tx.objectStore(name))));
  } finally {
    database.close();
  }
  for (const area of [fakeBrowser.storage.local, fakeBrowser.storage.session, fakeBrowser.storage.sync]) texts.push(JSON.stringify(await area.get(null)));
  return texts.join('\n');
}

function readableValues(text: string): string[] {
  return V0_VALUES.filter((v) => text.includes(v));
}

describe('after migrating an old profile and turning protection on', { timeout: SLOW }, () => {
  it('no profile value is readable in any object store or storage area', async () => {
    await (await db()).put('profile', V0, PROFILE_ID);
    expect((await loadProfile()).name.family).toBe('山田');
    await updateProcedureRecord((r) => r);
    // Control: before protection the values are found, in the profile and the copy kept by the migration.
    const before = await everythingStored();
    expect(readableValues(before)).toEqual(V0_VALUES);
    expect((await (await db()).getAllKeys('profile')).map(String).some((k) => k.startsWith('pre-migration-v0-'))).toBe(true);

    await enableProtection(PASS);
    expect(readableValues(await everythingStored())).toEqual([]);
    await lockProfile();
    expect(readableValues(await everythingStored())).toEqual([]);

    // Nothing was dropped: the copy kept by the migration still opens with the key.
    await unlockProfile(PASS);
    const keys = (await (await db()).getAllKeys('profile')).map(String);
    const copyId = keys.find((k) => k.startsWith('pre-migration-v0-'));
    expect(copyId).toBeDefined();
    const { openRecord } = await import('../../../lib/vault/vault-state');
    const copy = (await openRecord(await (await db()).get('profile', copyId!), (await currentKey())!)) as { original: unknown };
    expect(copy.original).toEqual(V0);
  });

  it('a migration run while protected writes its upgrade and its copy encrypted', async () => {
    await enableProtection(PASS);
    const meta = (await vaultMeta())!;
    await (await db()).put('profile', await encryptJson(V0, (await currentKey())!, meta.kdf), PROFILE_ID);
    expect((await loadProfile()).name.family).toBe('山田');
    const keys = (await (await db()).getAllKeys('profile')).map(String);
    expect(keys.some((k) => k.startsWith('pre-migration-v0-'))).toBe(true);
    expect(readableValues(await everythingStored())).toEqual([]);
    expect((await loadProfile()).schemaVersion).toBe(1);
  });
});

describe('an unreadable encrypted record', { timeout: SLOW }, () => {
  async function setAside(): Promise<string[]> {
    const keys = (await (await db()).getAllKeys('profile')).map(String);
    return keys.filter((k) => k.startsWith('unreadable-'));
  }

  it('that was altered is reported with its code and survives a save, set aside as it was', async () => {
    await saveProfile(SAMPLE_PROFILE);
    await enableProtection(PASS);
    const database = await db();
    const record = (await database.get('profile', PROFILE_ID)) as { data: string };
    const bytes = Buffer.from(record.data, 'base64');
    bytes[3] ^= 0xff;
    const altered = { ...record, data: bytes.toString('base64') };
    await database.put('profile', altered, PROFILE_ID);
    await expect(loadProfile()).rejects.toSatisfy((e) => e instanceof StoredProfileError && e.code === 'tampered');

    expect((await saveProfile({ ...SAMPLE_PROFILE, phone: '0311112222' })).ok).toBe(true);
    const aside = await setAside();
    expect(aside).toHaveLength(1);
    expect(await (await db()).get('profile', aside[0])).toEqual(altered);
    expect((await loadProfile()).phone).toBe('0311112222');
  });

  it('that opens but no longer validates survives a save, still encrypted', async () => {
    await enableProtection(PASS);
    const meta = (await vaultMeta())!;
    const invalid = { ...structuredClone(SAMPLE_PROFILE), phone: 'not a phone 山田', schemaVersion: 1 };
    await (await db()).put('profile', await encryptJson(invalid, (await currentKey())!, meta.kdf), PROFILE_ID);
    await expect(loadProfile()).rejects.toSatisfy((e) => e instanceof StoredProfileError && e.code === 'invalid-profile');
    // Control: a save of a valid profile goes through.
    expect((await saveProfile(SAMPLE_PROFILE)).ok).toBe(true);
    expect(await setAside()).toHaveLength(1);
    expect(await everythingStored()).not.toContain('not a phone');
    // The set-aside record keeps its data under the new passphrase too.
    await changePassphrase(PASS, 'another passphrase');
    const { openRecord } = await import('../../../lib/vault/vault-state');
    const kept = await openRecord(await (await db()).get('profile', (await setAside())[0]), (await currentKey())!);
    expect(kept).toMatchObject({ phone: 'not a phone 山田' });
  });
});

describe('a passphrase change interleaved with a save', { timeout: SLOW }, () => {
  it('leaves the saved profile readable under the new passphrase', async () => {
    await saveProfile(SAMPLE_PROFILE);
    await enableProtection(PASS);
    const initial = await fakeBrowser.storage.session.get('tp:vault');
    // Starts a save at the moment the change remembers its new key, before its meta is committed.
    let save: Promise<unknown> | null = null;
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    fakeBrowser.storage.session.set = async (items: Record<string, unknown>) => {
      await set(items);
      const vault = items['tp:vault'] as { key: string } | undefined;
      if (!save && vault && vault.key !== (initial['tp:vault'] as { key: string }).key) save = saveProfile({ ...SAMPLE_PROFILE, phone: '0399998888' });
    };
    await changePassphrase(PASS, 'a new passphrase 2');
    expect(save).not.toBeNull();
    expect((await save!) as { ok: boolean }).toMatchObject({ ok: true });
    fakeBrowser.storage.session.set = set;

    await lockProfile();
    await unlockProfile('a new passphrase 2');
    expect((await loadProfile()).phone).toBe('0399998888');
  });

  it('leaves the profile readable whichever commits first', async () => {
    await saveProfile(SAMPLE_PROFILE);
    await enableProtection(PASS);
    const saves = Promise.all([1, 2, 3].map(async (i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 40));
      return saveProfile({ ...SAMPLE_PROFILE, phone: `03111122${i}0` });
    }));
    await changePassphrase(PASS, 'a new passphrase 2');
    expect((await saves).every((s) => s.ok)).toBe(true);
    await lockProfile();
    await unlockProfile('a new passphrase 2');
    // Concurrent saves land in any order; each of them was readable and one of them is the profile.
    expect(['0311112210', '0311112220', '0311112230']).toContain((await loadProfile()).phone);
  });
});
