import type { FillReport } from '../plan/types';
import type { Profile } from '../profile/schema';
import { catalog, procedureForProvider } from './catalog';
import { withHistory, type ProcedureRecord } from './record';
import type { Procedure } from '../providers/procedure-schema';
import { INITIAL_STATE, transition } from './state';

// How a fill and the checklist meet: which procedure a page belongs to, the numbers the list keeps
// for it, and what a fill leaves behind (入力済み and a history line of keys, never values).

/** The procedure of a mapped provider, else the one whose site the user set to this origin. */
export function procedureForPage(record: ProcedureRecord, origin: string, providerId: string | null, entries: Procedure[] = catalog()): string | null {
  if (providerId) {
    const entry = procedureForProvider(providerId, entries);
    if (entry) return entry.id;
  }
  const linked = Object.entries(record.sites).find(([, site]) => site === origin);
  return linked ? linked[0] : null;
}

/** The profile a fill uses: the numbers kept in the list for this procedure fill
 * `provider.customerNumber` / `provider.supplyPointId` where the profile has none for `numbersId`. */
export function withListNumbers(profile: Profile, record: ProcedureRecord, procedureId: string | null, numbersId: string): Profile {
  const listed = procedureId ? record.numbers[procedureId] : undefined;
  if (!listed) return profile;
  const own = profile.providers[numbersId];
  return {
    ...profile,
    providers: {
      ...profile.providers,
      [numbersId]: {
        customerNumber: own?.customerNumber || listed.customerNumber,
        supplyPointId: own?.supplyPointId || listed.supplyPointId,
      },
    },
  };
}

/** Marks the procedure 入力済み (when anything was filled) and logs the fill's keys. */
export function recordFill(record: ProcedureRecord, report: FillReport, procedureId: string | null, guessed: boolean): ProcedureRecord {
  const url = new URL(report.url);
  const filledKeys = report.fields.filter((f) => f.outcome === 'filled').map((f) => f.key);
  let next = withHistory(record, {
    at: report.at,
    origin: url.origin,
    path: url.pathname,
    procedureId,
    providerId: report.providerId,
    guessed,
    keys: [...new Set(filledKeys)],
    filled: report.counts.filled,
    skipped: report.counts.skipped + report.counts['not-found'],
  });
  if (procedureId && report.counts.filled > 0) {
    const state = next.states[procedureId] ?? INITIAL_STATE;
    next = { ...next, states: { ...next.states, [procedureId]: transition(state, { type: 'filled', at: report.at }) } };
  }
  return next;
}
