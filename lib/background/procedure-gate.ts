import { noteError } from '../diagnostics/log';
import { catalog } from '../procedures/catalog';
import { consentSummary, grantConsent, needsConsent } from '../procedures/consent';
import type { ConsentNeeded } from '../messages';
import { procedureForPage, recordFill, withListNumbers } from '../procedures/fill-link';
import { updateProcedureRecord } from '../vault/procedure-store';
import { cachedProcedureRecord, keepProcedureRecord } from './kept-records';
import { INITIAL_STATE, type Status } from '../procedures/state';
import type { FillReport } from '../plan/types';
import type { Profile } from '../profile/schema';
import { localText } from '../providers/local-text';

// The checklist's part of a fill: consent before the first fill of a site, the numbers kept in the
// list, and 入力済み plus a history line (keys only) afterwards.

export interface GatePassed {
  ok: true;
  profile: Profile;
  procedureId: string | null;
  /** The id under which the plan finds this site's numbers. */
  numbersId: string | null;
}

/** Checks consent for `keys` on this site and prepares the profile with the list's numbers. */
export async function gateFill(url: string, label: string, keys: readonly string[], profile: Profile, providerId: string | null): Promise<GatePassed | ConsentNeeded> {
  const { origin } = new URL(url);
  const record = await cachedProcedureRecord();
  const procedureId = procedureForPage(record, origin, providerId);
  const numbersId = providerId ?? procedureId;
  const filled = numbersId ? withListNumbers(profile, record, procedureId, numbersId) : profile;
  if (needsConsent(record, origin, keys)) {
    return { ok: false, error: 'consent-needed', consent: { origin, label, items: consentSummary(filled, keys, numbersId) } };
  }
  return { ok: true, profile: filled, procedureId, numbersId };
}

/** The profile with the list's numbers, for previews (no consent needed to show the user). */
export async function profileWithNumbers(url: string, profile: Profile): Promise<{ profile: Profile; numbersId: string | null }> {
  const record = await cachedProcedureRecord();
  const procedureId = procedureForPage(record, new URL(url).origin, null);
  return { profile: procedureId ? withListNumbers(profile, record, procedureId, procedureId) : profile, numbersId: procedureId };
}

export async function grantSiteConsent(url: string, label: string, keys: readonly string[]): Promise<void> {
  const { origin } = new URL(url);
  await keepProcedureRecord(await updateProcedureRecord((r) => grantConsent(r, origin, label, keys, new Date().toISOString())));
}

export async function noteFill(report: FillReport, procedureId: string | null, guessed: boolean): Promise<void> {
  await keepProcedureRecord(await updateProcedureRecord((r) => recordFill(r, report, procedureId, guessed)));
}

// Fills are noted in the checklist after the fill is answered; whoever asks for a procedure's state
// meanwhile gets it once the note is written.
let notesWritten: Promise<void> = Promise.resolve();

/** Notes a fill without making its answer wait; procedureStatus reads after the note. */
export function noteFillAfterAnswer(report: FillReport, procedureId: string | null, guessed: boolean): void {
  notesWritten = notesWritten
    .then(() => noteFill(report, procedureId, guessed))
    .catch((err: unknown) => noteError('background.note-fill', err));
}

/** For the popup: the procedure this page belongs to and its state. */
export async function procedureStatus(url: string, providerId: string | null, uiLanguage = 'ja'): Promise<{ id: string; name: string; status: Status } | null> {
  await notesWritten;
  const record = await cachedProcedureRecord();
  const id = procedureForPage(record, new URL(url).origin, providerId);
  const entry = id ? catalog().find((e) => e.id === id) : undefined;
  if (!id || !entry) return null;
  return { id, name: localText(entry.name, uiLanguage), status: (record.states[id] ?? INITIAL_STATE).status };
}
