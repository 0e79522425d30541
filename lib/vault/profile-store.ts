import { closeDb, db } from '../storage/db';
import { loadSettings, saveSettings } from './settings';
import { encryptJson } from './crypto';
import { currentKey } from './session-key';
import { deletionDate } from './retention';
import { openRecord, parseVaultMeta, type VaultMeta } from './vault-state';
import { migrate, schemaVersionOf } from './migrations';
import { emptyProfile, parseProfile, PROFILE_SCHEMA_VERSION, type Profile, type ProfileParseResult } from '../profile/schema';

// The profile lives only in this extension's IndexedDB — as plain data, or, once the user sets a
// passphrase, as an AES-GCM envelope that only the unlocked key opens. Nothing here talks to the
// network.

export { DB_NAME } from '../storage/db';
export const PROFILE_ID = 'current';
export const META_ID = 'vault-meta';

export class ProfileLockedError extends Error {
  constructor() {
    super('the profile is locked');
    this.name = 'ProfileLockedError';
  }
}

export class StoredProfileError extends Error {
  constructor(readonly result: Extract<ProfileParseResult, { ok: false }>) {
    super('stored profile does not validate');
  }
}

export async function vaultMeta(): Promise<VaultMeta | null> {
  const raw = await (await db()).get('profile', META_ID);
  return raw === undefined ? null : parseVaultMeta(raw);
}

export async function vaultState(): Promise<'off' | 'locked' | 'unlocked'> {
  if (!(await vaultMeta())) return 'off';
  return (await currentKey()) ? 'unlocked' : 'locked';
}

/** The saved profile; an empty one on first install. ProfileLockedError while a passphrase-protected
 * profile is locked. A stored record that no longer validates raises StoredProfileError and stays in
 * the database untouched, so nothing is lost. */
export async function loadProfile(): Promise<Profile> {
  const database = await db();
  const meta = await vaultMeta();
  let raw = await database.get('profile', PROFILE_ID);
  if (meta) {
    const key = await currentKey();
    if (!key) throw new ProfileLockedError();
    if (raw !== undefined) raw = await openRecord(raw, key);
  }
  if (raw === undefined) return emptyProfile();
  const parsed = parseProfile(raw);
  if (parsed.ok) return parsed.profile;
  const upgraded = await upgrade(raw);
  if (upgraded) return upgraded;
  throw new StoredProfileError(parsed);
}

/** Data written by an older version is migrated to the current schema. The original record is kept
 * beside it (and whatever found no place in the new schema with it), so nothing is dropped silently. */
async function upgrade(raw: unknown): Promise<Profile | null> {
  let version: number;
  try {
    version = schemaVersionOf(raw);
  } catch {
    return null;
  }
  if (version >= PROFILE_SCHEMA_VERSION) return null;
  let result;
  try {
    result = await migrate(raw);
  } catch {
    return null;
  }
  const database = await db();
  await database.put('profile', { from: result.from, notes: result.notes, unplaced: result.unplaced, original: raw }, `pre-migration-v${result.from}-${Date.now()}`);
  const saved = await saveProfile(result.profile);
  return saved.ok ? saved.profile : null;
}

/** Validates and saves; on invalid input nothing is written and the issues are returned. */
export async function saveProfile(input: unknown): Promise<ProfileParseResult> {
  const parsed = parseProfile(input);
  if (!parsed.ok) return parsed;
  const profile: Profile = { ...parsed.profile, updatedAt: new Date().toISOString() };
  const meta = await vaultMeta();
  let record: unknown = profile;
  if (meta) {
    const key = await currentKey();
    if (!key) throw new ProfileLockedError();
    record = await encryptJson(profile, key, meta.kdf);
  }
  const database = await db();
  const tx = database.transaction('profile', 'readwrite');
  const previous = await tx.store.get(PROFILE_ID);
  // A stored plain record that no longer reads is set aside, never overwritten: nothing the user
  // entered is lost by saving anew.
  if (!meta && previous !== undefined && !parseProfile(previous).ok) await tx.store.put(previous, `unreadable-${Date.now()}`);
  await tx.store.put(record, PROFILE_ID);
  await tx.done;
  const settings = await loadSettings();
  const deleteOn = deletionDate(settings.retention, profile.move.date);
  if (deleteOn !== settings.deleteOn) await saveSettings({ deleteOn });
  return { ok: true, profile };
}

export async function clearProfile(): Promise<void> {
  await (await db()).delete('profile', PROFILE_ID);
}

/** Closes the connection (tests and deletion need it before deleting the database). */
export const closeStore = closeDb;
