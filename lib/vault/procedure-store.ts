import { noteDiagnostic } from '../diagnostics/log';
import { commitIfUnchanged, openFor, readSealed, sealFor, untilCommitted, type OpenVault } from './sealed-store';
import { emptyRecord, procedureRecordSchema, type ProcedureRecord } from '../procedures/record';

// The checklist's record sits beside the profile in the same store and, like it, is encrypted
// with the vault key once a passphrase is set (protection.ts re-seals it with the profile).

export const PROCEDURES_ID = 'procedures';

function isPlainRecord(raw: unknown): boolean {
  return !!raw && typeof raw === 'object' && 'version' in raw;
}

/** The stored record, or an empty one (flagged unreadable) when it does not open or validate. */
async function decode(raw: unknown, vault: OpenVault | null): Promise<{ record: ProcedureRecord; unreadable: boolean }> {
  if (raw === undefined) return { record: emptyRecord(), unreadable: false };
  // Written by a version that kept it plain until the next save: read as it is.
  const opened = isPlainRecord(raw) ? { ok: true as const, value: raw } : await openFor(vault, raw);
  const parsed = opened.ok ? procedureRecordSchema.safeParse(opened.value) : null;
  if (parsed?.success) return { record: parsed.data, unreadable: false };
  await noteDiagnostic('vault.procedures-unreadable', opened.ok ? 'invalid-record' : opened.code);
  return { record: emptyRecord(), unreadable: true };
}

export async function loadProcedureRecord(): Promise<ProcedureRecord> {
  const { vault, records } = await readSealed([PROCEDURES_ID]);
  return (await decode(records[0], vault)).record;
}

let queue: Promise<unknown> = Promise.resolve();

/** Reads, changes and writes the record; calls from one page run one after another, and each change
 * starts from what is stored, so a fill's history entry is never overwritten by the list. A record
 * that does not read is kept under another id (as it was stored) instead of being overwritten. */
export function updateProcedureRecord(change: (record: ProcedureRecord) => ProcedureRecord): Promise<ProcedureRecord> {
  const run = queue.then(() =>
    untilCommitted(async () => {
      const { vault, records } = await readSealed([PROCEDURES_ID]);
      const raw = records[0];
      const { record, unreadable } = await decode(raw, vault);
      const next = procedureRecordSchema.parse(change(record));
      const puts: Record<string, unknown> = { [PROCEDURES_ID]: await sealFor(vault, next) };
      if (unreadable) puts[`procedures-unreadable-${Date.now()}`] = raw;
      return (await commitIfUnchanged({ meta: vault?.meta ?? null, expected: { [PROCEDURES_ID]: raw }, puts })) ? next : undefined;
    }),
  );
  queue = run.catch(() => undefined);
  return run;
}

export async function replaceProcedureRecord(record: ProcedureRecord): Promise<void> {
  await updateProcedureRecord(() => record);
}
