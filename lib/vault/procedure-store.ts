import { ProfileLockedError, vaultMeta } from './profile-store';
import { db } from '../storage/db';
import { encryptJson, type KdfParams } from './crypto';
import { currentKey } from './session-key';
import { openRecord } from './vault-state';
import { emptyRecord, procedureRecordSchema, type ProcedureRecord } from '../procedures/record';

// The checklist's record sits beside the profile in the same store and, like it, is encrypted
// with the vault key once a passphrase is set (protection.ts re-seals it with the profile).

export const PROCEDURES_ID = 'procedures';

function isPlainRecord(raw: unknown): boolean {
  return !!raw && typeof raw === 'object' && 'version' in raw;
}

async function decode(raw: unknown, key: CryptoKey | null): Promise<ProcedureRecord> {
  if (raw === undefined) return emptyRecord();
  // Written before a passphrase was set: still plain until the next save encrypts it.
  const value = isPlainRecord(raw) || !key ? raw : await openRecord(raw, key);
  const parsed = procedureRecordSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  // Keep what does not read instead of overwriting it (nothing the user entered is lost).
  await (await db()).put('profile', raw, `procedures-unreadable-${Date.now()}`);
  return emptyRecord();
}

export async function loadProcedureRecord(): Promise<ProcedureRecord> {
  const meta = await vaultMeta();
  const key = meta ? await currentKey() : null;
  if (meta && !key) throw new ProfileLockedError();
  return decode(await (await db()).get('profile', PROCEDURES_ID), key);
}

async function encode(record: ProcedureRecord): Promise<unknown> {
  const meta = await vaultMeta();
  if (!meta) return record;
  const key = await currentKey();
  if (!key) throw new ProfileLockedError();
  return encryptJson(record, key, meta.kdf);
}

let queue: Promise<unknown> = Promise.resolve();

/** Reads, changes and writes the record; calls from one page run one after another, and each change
 * starts from what is stored, so a fill's history entry is never overwritten by the list. */
export function updateProcedureRecord(change: (record: ProcedureRecord) => ProcedureRecord): Promise<ProcedureRecord> {
  const run = queue.then(async () => {
    const next = procedureRecordSchema.parse(change(await loadProcedureRecord()));
    await (await db()).put('profile', await encode(next), PROCEDURES_ID);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

export async function replaceProcedureRecord(record: ProcedureRecord): Promise<void> {
  await updateProcedureRecord(() => record);
}

/** For passphrase changes: the stored record re-encrypted for the new vault (or plain when `to` is
 * null), computed before the caller's transaction opens. Undefined when there is none. */
export async function resealProcedureRecord(from: CryptoKey | null, to: { key: CryptoKey; kdf: KdfParams } | null): Promise<unknown> {
  const raw = await (await db()).get('profile', PROCEDURES_ID);
  if (raw === undefined) return undefined;
  const record = await decode(raw, from);
  return to ? encryptJson(record, to.key, to.kdf) : record;
}
