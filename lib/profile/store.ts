import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { parseProfile, emptyProfile, type Profile, type ProfileParseResult } from './schema';

// The profile lives only in this extension's IndexedDB. Nothing here talks to the network.

export const DB_NAME = 'tetsuzuki-pad';
const DB_VERSION = 1;
const PROFILE_ID = 'current';

interface PadDB extends DBSchema {
  profile: { key: string; value: unknown };
}

let dbPromise: Promise<IDBPDatabase<PadDB>> | null = null;

function db(): Promise<IDBPDatabase<PadDB>> {
  dbPromise ??= openDB<PadDB>(DB_NAME, DB_VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains('profile')) database.createObjectStore('profile');
    },
    terminated() {
      dbPromise = null;
    },
  });
  return dbPromise;
}

/** The saved profile; an empty one on first install. A stored record that no longer validates is
 * returned as-is inside `invalid` so that the caller can show it instead of dropping it. */
export async function loadProfile(): Promise<Profile> {
  const raw = await (await db()).get('profile', PROFILE_ID);
  if (raw === undefined) return emptyProfile();
  const parsed = parseProfile(raw);
  if (parsed.ok) return parsed.profile;
  throw new StoredProfileError(parsed);
}

/** Validates and saves; on invalid input nothing is written and the issues are returned. */
export async function saveProfile(input: unknown): Promise<ProfileParseResult> {
  const parsed = parseProfile(input);
  if (!parsed.ok) return parsed;
  const profile: Profile = { ...parsed.profile, updatedAt: new Date().toISOString() };
  await (await db()).put('profile', profile, PROFILE_ID);
  return { ok: true, profile };
}

export async function clearProfile(): Promise<void> {
  await (await db()).delete('profile', PROFILE_ID);
}

/** Closes the connection (tests and deletion need it before deleting the database). */
export async function closeStore(): Promise<void> {
  if (!dbPromise) return;
  const database = await dbPromise;
  database.close();
  dbPromise = null;
}

export class StoredProfileError extends Error {
  constructor(readonly result: Extract<ProfileParseResult, { ok: false }>) {
    super('stored profile does not validate');
  }
}
