// Backup files: JSON text holding the profile encrypted with a passphrase chosen for the export.
//   { "format": "tetsuzuki-pad-backup", "version": 1, "createdAt": "…Z", "envelope": { …crypto envelope… } }
// The envelope holds { schemaVersion, profile, createdAt }; the outer createdAt is readable without
// the passphrase and must match the encrypted one. Reading checks the file from the outside in and
// never touches the caller's data: it returns the imported profile and a preview of the changes.
import { z } from 'zod';
import { localIsoDate } from '../formats/calendar-day';
import { PROFILE_SCHEMA_VERSION, parseProfile, type Profile, type ProfileInput } from '../profile/schema';
import { openWithPassphrase, sealWithPassphrase, type Envelope } from './crypto';
import { VaultError, isVaultError } from './errors';
import { previewImport, type ProfileChange } from './import-preview';
import { parseJsonText } from './json-text';
import { migrate, type MigrationResult } from './migrations';
import { procedureRecordSchema, type ProcedureRecord } from '../procedures/record';

export const BACKUP_FORMAT = 'tetsuzuki-pad-backup';
export const BACKUP_VERSION = 1;
/** A backup of one profile and its checklist is a few tens of kilobytes; a file far larger is not one. */
export const MAX_BACKUP_BYTES = 1_000_000;

/** Refuses a chosen file by its size before reading it: VaultError 'too-large'. */
export function checkBackupSize(bytes: number): void {
  if (bytes > MAX_BACKUP_BYTES) throw new VaultError('too-large');
}

export interface BackupData {
  schemaVersion: number;
  profile: Profile;
  /** The checklist (states, numbers, consents, fill history); absent in older files. */
  procedures?: ProcedureRecord;
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  envelope: Envelope;
}

export interface ReadBackupResult {
  data: BackupData;
  /** Paths that importing would add, change or remove in `current`; never values. */
  preview: ProfileChange[];
  createdAt: string;
  migration: Omit<MigrationResult, 'profile'>;
}

const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.iso.datetime(),
  // Checked in full by openWithPassphrase before any key is derived.
  envelope: z.record(z.string(), z.unknown()),
});

const payloadSchema = z.object({
  schemaVersion: z.number().int().nonnegative(),
  profile: z.unknown(),
  procedures: z.unknown().optional(),
  createdAt: z.string(),
});

/** The backup as JSON text. `iterations` is for tests of logic unrelated to key derivation. */
export async function exportBackup(
  data: { profile: ProfileInput; procedures?: ProcedureRecord },
  passphrase: string,
  options: { now?: Date; iterations?: number } = {},
): Promise<string> {
  const parsed = parseProfile(data.profile);
  if (!parsed.ok) throw new VaultError('invalid-profile', parsed.issues);
  const createdAt = (options.now ?? new Date()).toISOString();
  const payload = { schemaVersion: PROFILE_SCHEMA_VERSION, profile: parsed.profile, ...(data.procedures ? { procedures: data.procedures } : {}), createdAt };
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt,
    envelope: await sealWithPassphrase(payload, passphrase, { iterations: options.iterations }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** 'tetsuzuki-pad-backup-2026-12-20.json' for a backup made on that (local) day. */
export function backupFileName(now: Date): string {
  return `${BACKUP_FORMAT}-${localIsoDate(now)}.json`;
}

function readFile(text: string): z.output<typeof backupFileSchema> {
  const json = parseJsonText(text);
  if (!json.ok) throw new VaultError(json.reason === 'empty' ? 'empty-file' : json.reason);
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new VaultError('foreign-file');
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) throw new VaultError('foreign-file');
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    throw new VaultError('unsupported-version');
  }
  const file = backupFileSchema.safeParse(value);
  if (!file.success) throw new VaultError('malformed');
  return file.data;
}

async function readPayload(plaintext: unknown, createdAt: string): Promise<{ data: BackupData; migration: MigrationResult }> {
  const payload = payloadSchema.safeParse(plaintext);
  if (!payload.success) throw new VaultError('invalid-profile');
  if (payload.data.createdAt !== createdAt) throw new VaultError('tampered');
  if (payload.data.schemaVersion > PROFILE_SCHEMA_VERSION) throw new VaultError('unsupported-version');
  let migration: MigrationResult;
  try {
    migration = await migrate(payload.data.profile);
  } catch (error) {
    if (isVaultError(error, 'malformed')) throw new VaultError('invalid-profile');
    throw error;
  }
  if (migration.from !== payload.data.schemaVersion) throw new VaultError('invalid-profile');
  let procedures: ProcedureRecord | undefined;
  if (payload.data.procedures !== undefined) {
    const parsed = procedureRecordSchema.safeParse(payload.data.procedures);
    if (!parsed.success) throw new VaultError('invalid-profile');
    procedures = parsed.data;
  }
  return { data: { schemaVersion: migration.to, profile: migration.profile, ...(procedures ? { procedures } : {}) }, migration };
}

/**
 * Reads a backup file's text. Throws VaultError: 'too-large', 'empty-file', 'truncated', 'not-json',
 * 'foreign-file', 'unsupported-version', 'malformed', 'wrong-passphrase', 'tampered' or
 * 'invalid-profile'. `current` is only read, for the preview.
 */
export async function readBackup(text: string, passphrase: string, current: Profile): Promise<ReadBackupResult> {
  checkBackupSize(new TextEncoder().encode(text).length);
  const file = readFile(text);
  const plaintext = await openWithPassphrase(file.envelope, passphrase);
  const { data, migration } = await readPayload(plaintext, file.createdAt);
  return {
    data,
    preview: previewImport(current, data.profile),
    createdAt: file.createdAt,
    migration: { from: migration.from, to: migration.to, notes: migration.notes, unplaced: migration.unplaced },
  };
}
