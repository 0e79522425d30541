import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_PROFILE } from '../../../lib/demo/sample-profile';
import { emptyProfile } from '../../../lib/profile/schema';
import {
  DB_NAME,
  StoredProfileError,
  clearProfile,
  closeStore,
  loadProfile,
  saveProfile,
} from '../../../lib/vault/profile-store';

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('database deletion blocked by an open connection'));
  });
}

/** Opens the store's database at whatever version the store created, to read or plant records
 * behind its back. Only valid once the store has opened the database itself. */
function rawDb() {
  return openDB(DB_NAME);
}

async function readRaw(): Promise<unknown> {
  const database = await rawDb();
  try {
    return await database.get('profile', 'current');
  } finally {
    database.close();
  }
}

async function writeRaw(value: unknown): Promise<void> {
  const database = await rawDb();
  try {
    await database.put('profile', value, 'current');
  } finally {
    database.close();
  }
}

async function freshStore(): Promise<void> {
  await closeStore();
  await deleteDatabase();
}

beforeEach(async () => {
  await freshStore();
  // Lets the store create its database and object stores before any raw access.
  await clearProfile();
});

afterEach(freshStore);

describe('profile store', () => {
  it('gives an empty profile on first install, before the database exists', async () => {
    await freshStore();
    expect(await loadProfile()).toEqual(emptyProfile());
    expect(await readRaw()).toBeUndefined();
  });

  it('saves and loads the same profile, stamped with updatedAt', async () => {
    const before = Date.now();
    const saved = await saveProfile(SAMPLE_PROFILE);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(Date.parse(saved.profile.updatedAt)).toBeGreaterThanOrEqual(before);

    const loaded = await loadProfile();
    expect(loaded).toEqual(saved.profile);
    expect(loaded.name.givenKana).toBe('ハナコ');
    expect(loaded.providers['demo-gas'].customerNumber).toBe('G-20481234');
  });

  it('survives closing and reopening the connection', async () => {
    await saveProfile(SAMPLE_PROFILE);
    await closeStore();
    expect((await loadProfile()).email).toBe('hanako.yamada@example.jp');
  });

  it('stores the parsed profile, not the raw input (unknown properties are dropped)', async () => {
    await saveProfile({ ...structuredClone(SAMPLE_PROFILE), email: '  hanako.yamada@example.jp ', secret: 'x' });
    const raw = (await readRaw()) as Record<string, unknown>;
    expect(raw.email).toBe('hanako.yamada@example.jp');
    expect(raw).not.toHaveProperty('secret');
    expect(raw.schemaVersion).toBe(1);
  });

  it('rejects invalid input, writes nothing and keeps the stored profile', async () => {
    const first = await saveProfile(SAMPLE_PROFILE);
    if (!first.ok) throw new Error('sample profile should save');
    const storedBefore = await readRaw();

    const invalid = { ...structuredClone(SAMPLE_PROFILE), phone: '090-1234-5678', email: 'not-an-address' };
    const result = await saveProfile(invalid);
    expect(result).toEqual({
      ok: false,
      issues: expect.arrayContaining([
        { path: 'phone', message: 'err_phone' },
        { path: 'email', message: 'err_email' },
      ]),
    });

    expect(await readRaw()).toEqual(storedBefore);
    expect(await loadProfile()).toEqual(first.profile);
  });

  it('rejects invalid input on first use without creating a record', async () => {
    const result = await saveProfile({ oldAddress: { postalCode: '12345' } });
    expect(result.ok).toBe(false);
    expect(await readRaw()).toBeUndefined();
    expect(await loadProfile()).toEqual(emptyProfile());
  });

  it('clears the stored profile', async () => {
    await saveProfile(SAMPLE_PROFILE);
    await clearProfile();
    expect(await loadProfile()).toEqual(emptyProfile());
  });
});

describe('a stored record that no longer validates', () => {
  const corrupted = { ...structuredClone(SAMPLE_PROFILE), phone: 'not a phone', schemaVersion: 1 };

  it('raises StoredProfileError with the issues', async () => {
    await writeRaw(corrupted);
    const error = await loadProfile().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoredProfileError);
    expect((error as StoredProfileError).issues).toEqual([{ path: 'phone', message: 'err_phone' }]);
  });

  it('is left untouched by loading, even repeatedly', async () => {
    await writeRaw(corrupted);
    await expect(loadProfile()).rejects.toBeInstanceOf(StoredProfileError);
    await expect(loadProfile()).rejects.toBeInstanceOf(StoredProfileError);
    expect(await readRaw()).toEqual(corrupted);
  });

  it('is treated the same when it is not even an object', async () => {
    await writeRaw('garbage');
    await expect(loadProfile()).rejects.toBeInstanceOf(StoredProfileError);
    expect(await readRaw()).toBe('garbage');
  });

  it('is replaced only by an explicit valid save', async () => {
    await writeRaw(corrupted);
    const saved = await saveProfile(SAMPLE_PROFILE);
    expect(saved.ok).toBe(true);
    expect((await loadProfile()).phone).toBe('09012345678');
  });
});
