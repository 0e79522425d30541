import { loadSettings, type Settings } from './settings';
import { deletionDueOn, noticeDueOn } from './retention';

export type RetentionStatus = { kind: 'none' } | { kind: 'notice'; deleteOn: string } | { kind: 'deleted' };

/** Deletes everything once the chosen retention day has come; announces it in the days before. */
export async function enforceRetention(now = new Date(), settings: () => Promise<Settings> = loadSettings): Promise<RetentionStatus> {
  const { deleteOn } = await settings();
  if (!deleteOn) return { kind: 'none' };
  if (deletionDueOn(deleteOn, now)) {
    // Loaded only when due: pages that open with nothing to delete skip the vault's code.
    const { deleteEverything } = await import('./protection');
    await deleteEverything();
    return { kind: 'deleted' };
  }
  return noticeDueOn(deleteOn, now) ? { kind: 'notice', deleteOn } : { kind: 'none' };
}
