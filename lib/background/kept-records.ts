import type { Profile } from '../profile/schema';
import type { ProcedureRecord } from '../procedures/record';
import { loadProcedureRecord, PROCEDURES_ID } from '../vault/procedure-store';
import { loadProfile, PROFILE_ID } from '../vault/profile-store';
import { loadSettings, SETTINGS_ID, type Settings } from '../vault/settings';
import { keptInMemory } from './kept-in-memory';

// What every fill reads, kept in the background's memory (see kept-in-memory.ts): the profile, the
// checklist's record (consent, numbers, history) and the settings (the retention day).

const profile = keptInMemory<Profile>({ records: [PROFILE_ID], sealed: true, load: loadProfile });
const procedures = keptInMemory<ProcedureRecord>({ records: [PROCEDURES_ID], sealed: true, load: loadProcedureRecord });
const settings = keptInMemory<Settings>({ records: [SETTINGS_ID], sealed: false, load: loadSettings });

/** The stored profile, as loadProfile gives it; ProfileLockedError while locked. */
export const cachedProfile = (): Promise<Profile> => profile.read();

/** The checklist's record, as loadProcedureRecord gives it; ProfileLockedError while locked. */
export const cachedProcedureRecord = (): Promise<ProcedureRecord> => procedures.read();
/** Keeps the record this context has just written (a fill's note, a consent). */
export const keepProcedureRecord = (record: ProcedureRecord): Promise<void> => procedures.keep(record);

export const cachedSettings = (): Promise<Settings> => settings.read();

/** Drops everything kept (tests, and a deletion that must not be answered from memory). */
export function forgetKeptRecords(): void {
  profile.forget();
  procedures.forget();
  settings.forget();
}
