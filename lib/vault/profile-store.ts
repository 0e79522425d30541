import { noteDiagnostic, noteError } from '../diagnostics/log';
import { closeDb, db } from '../storage/db';
import { loadSettings, saveSettings } from './settings';
import type { VaultErrorCode } from './errors';
import { deletionDate } from './retention';
import { commitIfUnchanged, openFor, readSealed, sealFor, untilCommitted, vaultMeta, type OpenVault } from './sealed-store';
import { currentKey } from './session-key';
import { migrate, schemaVersionOf } from './migrations';
import { emptyProfile, parseProfile, PROFILE_SCHEMA_VERSION, type Profile, type ProfileIssue, type ProfileParseResult } from '../profile/schema';

// The profile lives only in this extension's IndexedDB — as plain data, or, once the user sets a
// passphrase, as an AES-GCM envelope that only the unlocked key opens. Every other copy of it (the
// record kept before a migration, a record set aside as unreadable) is stored the same way. Nothing
// here talks to the network.

export { DB_NAME } from '../storage/db';
export { META_ID, ProfileLockedError, vaultMeta } from './sealed-store';
import { PROFILE_ID, vaultState } from './profile-presence';
export { PROFILE_ID, vaultState };

/** Why a stored record cannot be shown: it does not validate, or its envelope does not open. */
export type UnreadableCode = 'invalid-profile' | VaultErrorCode;

export class StoredProfileError extends Error {
  override readonly name = 'StoredProfileError';
  constructor(
    /** The diagnostic code: 'invalid-profile', or the vault's code ('tampered', 'malformed', …). */
    readonly code: UnreadableCode,
    /** Paths and message keys of what did not validate (never values). */
    readonly issues: readonly ProfileIssue[] = [],
  ) {
    super('stored profile cannot be read');
  }
}

async function unreadable(code: UnreadableCode, issues: readonly ProfileIssue[] = []): Promise<never> {
  await noteDiagnostic('vault.stored-unreadable', code);
  throw new StoredProfileError(code, issues);
}

/** The saved profile; an empty one on first install. ProfileLockedError while a passphrase-protected
 * profile is locked. A stored record that does not open or no longer validates raises
 * StoredProfileError and stays in the database untouched; the next save sets it aside first. */
export async function loadProfile(): Promise<Profile> {
  return untilCommitted(async () => {
    const { vault, records } = await readSealed([PROFILE_ID]);
    const raw = records[0];
    if (raw === undefined) return emptyProfile();
    const opened = await openFor(vault, raw);
    if (!opened.ok) return unreadable(opened.code);
    const parsed = parseProfile(opened.value);
    if (parsed.ok) return parsed.profile;
    const upgraded = await upgrade(opened.value, raw, vault);
    if (upgraded === 'conflict') return undefined;
    return upgraded ?? unreadable('invalid-profile', parsed.issues);
  });
}

/** Data written by an older version is migrated to the current schema. The original record is kept
 * beside it (and whatever found no place in the new schema with it), stored as the profile is, so
 * nothing is dropped silently and nothing is left readable under a passphrase. */
async function upgrade(value: unknown, raw: unknown, vault: OpenVault | null): Promise<Profile | null | 'conflict'> {
  let version: number;
  try {
    version = schemaVersionOf(value);
  } catch (err) {
    await noteError('vault.stored-version', err);
    return null;
  }
  if (version >= PROFILE_SCHEMA_VERSION) return null;
  let result;
  try {
    result = await migrate(value);
  } catch (err) {
    await noteError('vault.migrate', err);
    return null;
  }
  const profile: Profile = { ...result.profile, updatedAt: new Date().toISOString() };
  const copy = { from: result.from, notes: result.notes, unplaced: result.unplaced, original: value };
  const committed = await commitIfUnchanged({
    meta: vault?.meta ?? null,
    expected: { [PROFILE_ID]: raw },
    puts: {
      [`pre-migration-v${result.from}-${Date.now()}`]: await sealFor(vault, copy),
      [PROFILE_ID]: await sealFor(vault, profile),
    },
  });
  if (!committed) return 'conflict';
  await followDeletionDay(profile);
  return profile;
}

/** Whether a stored record opens and validates: only such a record may be replaced in place. */
async function isReadable(raw: unknown, vault: OpenVault | null): Promise<boolean> {
  const opened = await openFor(vault, raw);
  return opened.ok && parseProfile(opened.value).ok;
}

/** Validates and saves; on invalid input nothing is written and the issues are returned. A stored
 * record that does not open or validate is first set aside under `unreadable-…`, as it was stored. */
export async function saveProfile(input: unknown): Promise<ProfileParseResult> {
  const parsed = parseProfile(input);
  if (!parsed.ok) return parsed;
  const profile: Profile = { ...parsed.profile, updatedAt: new Date().toISOString() };
  await untilCommitted(async () => {
    const { vault, records } = await readSealed([PROFILE_ID]);
    const previous = records[0];
    const puts: Record<string, unknown> = {};
    if (previous !== undefined && !(await isReadable(previous, vault))) {
      puts[`unreadable-${Date.now()}`] = previous;
      await noteDiagnostic('vault.set-aside', 'unreadable');
    }
    puts[PROFILE_ID] = await sealFor(vault, profile);
    return (await commitIfUnchanged({ meta: vault?.meta ?? null, expected: { [PROFILE_ID]: previous }, puts })) || undefined;
  });
  await followDeletionDay(profile);
  return { ok: true, profile };
}

async function followDeletionDay(profile: Profile): Promise<void> {
  const settings = await loadSettings();
  const deleteOn = deletionDate(settings.retention, profile.move.date);
  if (deleteOn !== settings.deleteOn) await saveSettings({ deleteOn });
}

export async function clearProfile(): Promise<void> {
  await (await db()).delete('profile', PROFILE_ID);
}

/** Closes the connection (tests and deletion need it before deleting the database). */
export const closeStore = closeDb;
