// How long the profile is kept: for good, or a number of days after the moving date. Dates are
// calendar days in the browser's time zone, the way the user reads 引越日. A missing or unreadable
// moving date, or an invalid policy, schedules nothing: data is never deleted on a guess.
import { z } from 'zod';
import { dayNumber, isoOfDayNumber, localDayNumber } from '../formats/calendar-day';

export const MAX_RETENTION_DAYS = 3650;
// Long enough for the procedures done weeks after a move (a bank, an insurance, a car registration).
export const DEFAULT_RETENTION_DAYS = 90;
export const DEFAULT_NOTICE_DAYS = 7;

export const retentionPolicySchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('keep') }),
  z.object({ mode: z.literal('after-move'), days: z.number().int().min(0).max(MAX_RETENTION_DAYS) }),
]);

export type RetentionPolicy = z.output<typeof retentionPolicySchema>;

/** The policy offered by default: delete 90 days after the moving date. */
export const DEFAULT_RETENTION: RetentionPolicy = { mode: 'after-move', days: DEFAULT_RETENTION_DAYS };

function deletionDay(policy: RetentionPolicy, moveDate: string): number | null {
  const parsed = retentionPolicySchema.safeParse(policy);
  if (!parsed.success || parsed.data.mode === 'keep') return null;
  const move = dayNumber(moveDate);
  return move === null ? null : move + parsed.data.days;
}

/** The day ('YYYY-MM-DD') the profile is to be deleted, or null when the policy deletes nothing. */
export function deletionDate(policy: RetentionPolicy, moveDate: string): string | null {
  const day = deletionDay(policy, moveDate);
  return day === null ? null : isoOfDayNumber(day);
}

function dueOn(day: number | null, now: Date | number): boolean {
  return day !== null && localDayNumber(now) >= day;
}

function noticeOn(day: number | null, now: Date | number, noticeDays: number): boolean {
  if (day === null || !Number.isInteger(noticeDays) || noticeDays <= 0) return false;
  const today = localDayNumber(now);
  return today >= day - noticeDays && today < day;
}

/** True from the start of the deletion day on. */
export function deletionDue(policy: RetentionPolicy, moveDate: string, now: Date | number): boolean {
  return dueOn(deletionDay(policy, moveDate), now);
}

/** True during the `noticeDays` days before the deletion day (not on it: then deletion is due). */
export function noticeDue(policy: RetentionPolicy, moveDate: string, now: Date | number, noticeDays = DEFAULT_NOTICE_DAYS): boolean {
  return noticeOn(deletionDay(policy, moveDate), now, noticeDays);
}

/** `deletionDue` for a deletion day already computed (kept in the settings while the vault is locked). */
export function deletionDueOn(deleteOn: string, now: Date | number): boolean {
  return dueOn(dayNumber(deleteOn), now);
}

/** `noticeDue` for a deletion day already computed. */
export function noticeDueOn(deleteOn: string, now: Date | number, noticeDays = DEFAULT_NOTICE_DAYS): boolean {
  return noticeOn(dayNumber(deleteOn), now, noticeDays);
}

export type RetentionDaysCheck =
  | { ok: true; days: number }
  | { ok: false; reason: 'empty' | 'not-a-whole-number' | 'too-small' | 'too-large' };

/** Reads a typed number of days as it is, never coerced: '' / '1.5' / '0' / '-3' / '99999' are refused. */
export function checkRetentionDays(text: string): RetentionDaysCheck {
  const typed = text.trim().replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (typed === '') return { ok: false, reason: 'empty' };
  if (!/^[-+]?\d+$/u.test(typed)) return { ok: false, reason: 'not-a-whole-number' };
  const days = Number(typed);
  if (days < 1) return { ok: false, reason: 'too-small' };
  if (days > MAX_RETENTION_DAYS) return { ok: false, reason: 'too-large' };
  return { ok: true, days };
}

