import { loadSettings } from '../storage/settings';
import { DEFAULT_NOTICE_DAYS } from '../vault/retention';
import { deleteEverything } from './protection';

export type RetentionStatus = { kind: 'none' } | { kind: 'notice'; deleteOn: string } | { kind: 'deleted' };

function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Deletes everything once the chosen retention day has come; announces it in the days before. */
export async function enforceRetention(now = new Date()): Promise<RetentionStatus> {
  const { deleteOn } = await loadSettings();
  if (!deleteOn) return { kind: 'none' };
  const today = localDay(now);
  if (today >= deleteOn) {
    await deleteEverything();
    return { kind: 'deleted' };
  }
  if (today >= addDays(deleteOn, -DEFAULT_NOTICE_DAYS)) return { kind: 'notice', deleteOn };
  return { kind: 'none' };
}
