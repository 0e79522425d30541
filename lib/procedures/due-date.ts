import holidayJp from '@holiday-jp/holiday_jp';
import type { DueRule } from '../providers/procedure-schema';

// Dates are plain 'YYYY-MM-DD' calendar days; arithmetic runs in UTC so no time zone shifts a day.

export type Due =
  | { kind: 'no-date' }
  | { kind: 'none' }
  | { kind: 'promptly' }
  | { kind: 'guide'; date: string }
  | { kind: 'deadline'; date: string; opens?: string; shifted: boolean };

function toUtc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function addDays(day: string, days: number): string {
  const d = toUtc(day);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isValidDay(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(toUtc(day).getTime()) && toUtc(day).toISOString().startsWith(day);
}

/** 年末年始: city offices close from 12/29 to 1/3. */
function isYearEndHoliday(day: string): boolean {
  const md = day.slice(5);
  return md >= '12-29' || md <= '01-03';
}

/** A day the city office is closed: Saturday, Sunday, a public holiday (incl. 振替休日) or 年末年始. */
export function isOfficeClosed(day: string): boolean {
  const weekday = toUtc(day).getUTCDay();
  return weekday === 0 || weekday === 6 || Object.hasOwn(holidayJp.holidays, day) || isYearEndHoliday(day);
}

export function nextOpenDay(day: string): string {
  let d = day;
  while (isOfficeClosed(d)) d = addDays(d, 1);
  return d;
}

/** The due date of a rule for an event on `eventDay` ('' = not set: no dates at all). "Within N days"
 * counts from the day after the event (初日不算入), so it ends N days after it. */
export function computeDue(rule: DueRule, eventDay: string): Due {
  if (rule.type === 'none') return { kind: 'none' };
  if (rule.type === 'promptly') return { kind: 'promptly' };
  if (!eventDay || !isValidDay(eventDay)) return { kind: 'no-date' };
  if (rule.type === 'guide') return { kind: 'guide', date: addDays(eventDay, rule.offset) };
  const last = addDays(eventDay, rule.by);
  const date = rule.officeDays ? nextOpenDay(last) : last;
  return {
    kind: 'deadline',
    date,
    shifted: date !== last,
    ...(rule.opens !== undefined ? { opens: addDays(eventDay, rule.opens) } : {}),
  };
}

export type Urgency = 'overdue' | 'soon' | 'later';

/** Deadlines only: past → overdue, within `soonDays` → soon. Guides never become overdue. */
export function urgencyOf(due: Due, today: string, soonDays = 7): Urgency | null {
  if (due.kind !== 'deadline' && due.kind !== 'guide') return null;
  if (due.kind === 'deadline' && due.date < today) return 'overdue';
  if (due.date >= today && due.date <= addDays(today, soonDays)) return 'soon';
  return due.kind === 'guide' && due.date < today ? null : 'later';
}

/** Whether a due date falls in the week starting today (the 「今週」 filter). */
export function dueThisWeek(due: Due, today: string): boolean {
  if (due.kind !== 'deadline' && due.kind !== 'guide') return false;
  return due.date <= addDays(today, 6) && (due.date >= today || due.kind === 'deadline');
}
