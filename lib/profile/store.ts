import { closeDb, db } from '../storage/db';
import { parseProfile, emptyProfile, type Profile, type ProfileParseResult } from './schema';

// The profile lives only in this extension's IndexedDB. Nothing here talks to the network.

export { DB_NAME } from '../storage/db';
const PROFILE_ID = 'current';

/** The saved profile; an empty one on first install. A stored record that no longer validates
 * raises StoredProfileError and stays in the database untouched, so nothing is lost. */
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
  const database = await db();
  const tx = database.transaction('profile', 'readwrite');
  const previous = await tx.store.get(PROFILE_ID);
  // A stored record that no longer reads is set aside, never overwritten: nothing the user entered
  // is lost by saving anew.
  if (previous !== undefined && !parseProfile(previous).ok) await tx.store.put(previous, `unreadable-${Date.now()}`);
  await tx.store.put(profile, PROFILE_ID);
  await tx.done;
  return { ok: true, profile };
}

export async function clearProfile(): Promise<void> {
  await (await db()).delete('profile', PROFILE_ID);
}

/** Closes the connection (tests and deletion need it before deleting the database). */
export const closeStore = closeDb;

export class StoredProfileError extends Error {
  constructor(readonly result: Extract<ProfileParseResult, { ok: false }>) {
    super('stored profile does not validate');
  }
}
