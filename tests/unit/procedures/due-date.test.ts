import { describe, expect, it } from 'vitest';
import { addDays, computeDue, dueThisWeek, isOfficeClosed, nextOpenDay, urgencyOf } from '../../../lib/procedures/due-date';
import type { DueRule } from '../../../lib/providers/procedure-schema';

const basis = { ja: '住民基本台帳法', en: 'Act' };
const within14: DueRule = { type: 'deadline', by: 14, officeDays: true, basis };

describe('computeDue', () => {
  it('counts "within 14 days" from the day after the move', () => {
    // Move on Wed 2026-04-01: day 1 is 04-02, day 14 is Wed 04-15 (an open day).
    expect(computeDue(within14, '2026-04-01')).toEqual({ kind: 'deadline', date: '2026-04-15', shifted: false });
  });

  it('moves a deadline on a weekend to the next open day (office rules only)', () => {
    // Move Sat 2026-03-28 → day 14 is Sat 04-11 → Mon 04-13.
    expect(computeDue(within14, '2026-03-28')).toEqual({ kind: 'deadline', date: '2026-04-13', shifted: true });
    const notOffice: DueRule = { ...within14, officeDays: false };
    expect(computeDue(notOffice, '2026-03-28')).toEqual({ kind: 'deadline', date: '2026-04-11', shifted: false });
  });

  it('skips 年末年始 (12/29–1/3) and the weekend after it', () => {
    // Move 2026-12-17 → day 14 is Thu 12-31 → closed until Sun 01-03, 2027-01-04 is Monday.
    expect(computeDue(within14, '2026-12-17').kind === 'deadline' && computeDue(within14, '2026-12-17')).toMatchObject({ date: '2027-01-04', shifted: true });
  });

  it('skips a public holiday and a 振替休日', () => {
    // 2025-05-03 (Sat) 憲法記念日, 05-04 (Sun) みどりの日, 05-05 (Mon) こどもの日, 05-06 (Tue) 振替休日.
    expect(isOfficeClosed('2025-05-06')).toBe(true);
    expect(nextOpenDay('2025-05-03')).toBe('2025-05-07');
    expect(computeDue(within14, '2025-04-19')).toMatchObject({ date: '2025-05-07', shifted: true });
  });

  it('gives a window for rules that open before the move', () => {
    const rule: DueRule = { type: 'deadline', opens: -14, by: 14, officeDays: true, basis };
    expect(computeDue(rule, '2026-04-01')).toEqual({ kind: 'deadline', opens: '2026-03-18', date: '2026-04-15', shifted: false });
  });

  it('shows guides as guides, on the day given even when closed', () => {
    expect(computeDue({ type: 'guide', offset: -7 }, '2026-04-11')).toEqual({ kind: 'guide', date: '2026-04-04' });
  });

  it('gives no date without a move date, for deadlines and guides alike', () => {
    expect(computeDue(within14, '')).toEqual({ kind: 'no-date' });
    expect(computeDue({ type: 'guide', offset: 3 }, '')).toEqual({ kind: 'no-date' });
    expect(computeDue(within14, '2026-02-30')).toEqual({ kind: 'no-date' });
    expect(computeDue({ type: 'promptly', basis }, '')).toEqual({ kind: 'promptly' });
    expect(computeDue({ type: 'none' }, '2026-04-01')).toEqual({ kind: 'none' });
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});

describe('urgency and this week', () => {
  const today = '2026-04-10';
  it('marks past deadlines overdue and near ones soon', () => {
    expect(urgencyOf({ kind: 'deadline', date: '2026-04-09', shifted: false }, today)).toBe('overdue');
    expect(urgencyOf({ kind: 'deadline', date: '2026-04-12', shifted: false }, today)).toBe('soon');
    expect(urgencyOf({ kind: 'deadline', date: '2026-05-12', shifted: false }, today)).toBe('later');
  });
  it('never marks a guide overdue', () => {
    expect(urgencyOf({ kind: 'guide', date: '2026-04-01' }, today)).toBeNull();
    expect(urgencyOf({ kind: 'guide', date: '2026-04-11' }, today)).toBe('soon');
    expect(urgencyOf({ kind: 'no-date' }, today)).toBeNull();
  });
  it('filters the coming seven days', () => {
    expect(dueThisWeek({ kind: 'guide', date: '2026-04-16' }, today)).toBe(true);
    expect(dueThisWeek({ kind: 'guide', date: '2026-04-17' }, today)).toBe(false);
    expect(dueThisWeek({ kind: 'deadline', date: '2026-04-08', shifted: false }, today)).toBe(true);
    expect(dueThisWeek({ kind: 'no-date' }, today)).toBe(false);
  });
});
