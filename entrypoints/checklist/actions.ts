import { providerValuesSchema } from '../../lib/profile/schema';
import { loadProfile, saveProfile } from '../../lib/vault/profile-store';
import { withdrawConsent } from '../../lib/procedures/consent';
import type { NumberKind } from '../../lib/procedures/numbers';
import type { OwnProcedure, ProcedureRecord } from '../../lib/procedures/record';
import { INITIAL_STATE, transition, type StateEvent } from '../../lib/procedures/state';
import { updateProcedureRecord } from '../../lib/vault/procedure-store';
import { moveDate, record } from './model';

// Every change is written at once (each starting from what is stored), then shown.

async function update(change: (r: ProcedureRecord) => ProcedureRecord): Promise<void> {
  record.value = await updateProcedureRecord(change);
}

export const setPurpose = (purpose: ProcedureRecord['purpose']) => update((r) => ({ ...r, purpose }));

export const setAnswer = (question: string, value: boolean | undefined) =>
  update((r) => {
    const answers = { ...r.answers };
    if (value === undefined) delete answers[question as keyof typeof answers];
    else answers[question as keyof typeof answers] = value;
    return { ...r, answers };
  });

export const setPicked = (id: string, picked: boolean) => update((r) => ({ ...r, picked: { ...r.picked, [id]: picked } }));

export const applyEvent = (id: string, event: StateEvent) =>
  update((r) => ({ ...r, states: { ...r.states, [id]: transition(r.states[id] ?? INITIAL_STATE, event) } }));

export const withdraw = (origin: string) => update((r) => withdrawConsent(r, origin));

export const addOwn = (own: Omit<OwnProcedure, 'id'>) =>
  update((r) => ({ ...r, own: [...r.own, { ...own, id: `own-${Date.now().toString(36)}` }] }));

export const removeOwn = (id: string) =>
  update((r) => {
    const { [id]: _state, ...states } = r.states;
    return { ...r, own: r.own.filter((o) => o.id !== id), states };
  });

/** A number for a procedure; '' removes it. Returns the i18n key of the problem, or null. */
export async function setNumber(id: string, kind: NumberKind, value: string): Promise<string | null> {
  const current = record.value.numbers[id] ?? { customerNumber: '', supplyPointId: '' };
  const parsed = providerValuesSchema.safeParse({ ...current, [kind]: value });
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'err_invalid';
  await update((r) => ({ ...r, numbers: { ...r.numbers, [id]: parsed.data } }));
  return null;
}

/** The site (its origin) where the user does a procedure; '' removes it. */
export async function setSite(id: string, address: string): Promise<string | null> {
  if (!address.trim()) {
    await update((r) => {
      const { [id]: _site, ...sites } = r.sites;
      return { ...r, sites };
    });
    return null;
  }
  let origin: string;
  try {
    const url = new URL(address.trim());
    if (!/^https?:$/.test(url.protocol)) return 'err_site';
    origin = url.origin;
  } catch {
    return 'err_site';
  }
  await update((r) => ({ ...r, sites: { ...r.sites, [id]: origin } }));
  return null;
}

/** The move date is the profile's (the forms fill it too); other events' dates live in the record. */
export async function setEventDate(day: string): Promise<string | null> {
  if (record.value.purpose !== 'move') {
    await update((r) => {
      const eventDates = { ...r.eventDates };
      if (day) eventDates[r.purpose] = day;
      else delete eventDates[r.purpose];
      return { ...r, eventDates };
    });
    return null;
  }
  const profile = await loadProfile();
  const saved = await saveProfile({ ...profile, move: { ...profile.move, date: day } });
  if (!saved.ok) return saved.issues[0]?.message ?? 'err_invalid';
  moveDate.value = saved.profile.move.date;
  return null;
}
