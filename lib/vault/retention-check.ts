import { loadSettings } from './settings';
import { deletionDueOn, noticeDueOn } from './retention';
import { deleteEverything } from './protection';

export type RetentionStatus = { kind: 'none' } | { kind: 'notice'; deleteOn: string } | { kind: 'deleted' };

/** Deletes everything once the chosen retention day has come; announces it in the days before. */
export async function enforceRetention(now = new Date()): Promise<RetentionStatus> {
  const { deleteOn } = await loadSettings();
  if (!deleteOn) return { kind: 'none' };
  if (deletionDueOn(deleteOn, now)) {
    await deleteEverything();
    return { kind: 'deleted' };
  }
  return noticeDueOn(deleteOn, now) ? { kind: 'notice', deleteOn } : { kind: 'none' };
}
