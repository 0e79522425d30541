import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_RETENTION,
  deletionDate,
  deletionDue,
  noticeDue,
  checkRetentionDays,
  retentionPolicySchema,
  type RetentionPolicy,
} from '../../../lib/vault/retention';

const MOVE = '2026-12-20';
const THIRTY: RetentionPolicy = { mode: 'after-move', days: 30 };
// Local times: the policy counts the user's calendar days.
const at = (y: number, m: number, d: number, h = 12, min = 0, s = 0, ms = 0) => new Date(y, m - 1, d, h, min, s, ms);

describe('the default policy', () => {
  it('deletes 90 days after the moving date, long enough for the procedures weeks after a move', () => {
    expect(DEFAULT_RETENTION).toEqual({ mode: 'after-move', days: 90 });
    expect(deletionDate(DEFAULT_RETENTION, MOVE)).toBe('2027-03-20');
    expect(deletionDate(THIRTY, MOVE)).toBe('2027-01-19');
  });

  it('is due from the first moment of the deletion day, not the last moment before it', () => {
    expect(deletionDue(THIRTY, MOVE, at(2027, 1, 18, 23, 59, 59, 999))).toBe(false);
    expect(deletionDue(THIRTY, MOVE, at(2027, 1, 19, 0, 0))).toBe(true);
    expect(deletionDue(THIRTY, MOVE, at(2027, 6, 1))).toBe(true);
    expect(deletionDue(THIRTY, MOVE, at(2026, 12, 20))).toBe(false);
  });

  it('gives notice during the 7 days before the deletion day', () => {
    expect(noticeDue(THIRTY, MOVE, at(2027, 1, 11, 23, 59, 59, 999))).toBe(false);
    expect(noticeDue(THIRTY, MOVE, at(2027, 1, 12, 0, 0))).toBe(true);
    expect(noticeDue(THIRTY, MOVE, at(2027, 1, 18, 23, 59))).toBe(true);
    expect(noticeDue(THIRTY, MOVE, at(2027, 1, 19, 0, 0))).toBe(false);
  });

  it('takes another notice period, and none for zero days', () => {
    expect(noticeDue(THIRTY, MOVE, at(2027, 1, 15), 3)).toBe(false);
    expect(noticeDue(THIRTY, MOVE, at(2027, 1, 16), 3)).toBe(true);
    expect(noticeDue(THIRTY, MOVE, at(2027, 1, 18), 0)).toBe(false);
  });
});

describe('other policies and dates', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never deletes when keeping', () => {
    const keep: RetentionPolicy = { mode: 'keep' };
    expect(deletionDate(keep, MOVE)).toBeNull();
    expect(deletionDue(keep, MOVE, at(2099, 1, 1))).toBe(false);
    expect(noticeDue(keep, MOVE, at(2027, 1, 15))).toBe(false);
  });

  it('deletes on the moving day itself for zero days', () => {
    const sameDay: RetentionPolicy = { mode: 'after-move', days: 0 };
    expect(deletionDue(sameDay, MOVE, at(2026, 12, 19, 23, 59))).toBe(false);
    expect(deletionDue(sameDay, MOVE, at(2026, 12, 20, 0, 0))).toBe(true);
    expect(noticeDue(sameDay, MOVE, at(2026, 12, 13))).toBe(true);
  });

  it('counts across month ends and leap days', () => {
    expect(deletionDate({ mode: 'after-move', days: 1 }, '2028-02-28')).toBe('2028-02-29');
    expect(deletionDate({ mode: 'after-move', days: 30 }, '2027-02-15')).toBe('2027-03-17');
  });

  it('schedules nothing without a readable moving date or with an invalid policy', () => {
    const later = at(2099, 1, 1);
    for (const moveDate of ['', '2026/12/20', '2026-02-30', 'soon']) {
      expect(deletionDue(THIRTY, moveDate, later)).toBe(false);
      expect(deletionDate(THIRTY, moveDate)).toBeNull();
    }
    for (const days of [-1, 1.5, Number.NaN, 100_000]) {
      expect(deletionDue({ mode: 'after-move', days }, MOVE, later)).toBe(false);
    }
    expect(deletionDue(THIRTY, MOVE, new Date(Number.NaN))).toBe(false);
  });

  it('works with a fake clock as the caller’s now', () => {
    vi.useFakeTimers();
    vi.setSystemTime(at(2027, 1, 18, 23, 59, 59));
    expect(deletionDue(THIRTY, MOVE, Date.now())).toBe(false);
    expect(noticeDue(THIRTY, MOVE, Date.now())).toBe(true);
    vi.advanceTimersByTime(1_000);
    expect(deletionDue(THIRTY, MOVE, Date.now())).toBe(true);
    expect(noticeDue(THIRTY, MOVE, Date.now())).toBe(false);
  });

  it('validates stored policies', () => {
    expect(retentionPolicySchema.safeParse({ mode: 'after-move', days: 30 }).success).toBe(true);
    expect(retentionPolicySchema.safeParse({ mode: 'keep' }).success).toBe(true);
    expect(retentionPolicySchema.safeParse({ mode: 'after-move' }).success).toBe(false);
    expect(retentionPolicySchema.safeParse({ mode: 'after-move', days: -3 }).success).toBe(false);
    expect(retentionPolicySchema.safeParse({ mode: 'forever' }).success).toBe(false);
  });
});

describe('checkRetentionDays', () => {
  it('accepts a whole number of days in range, half-width or full-width', () => {
    expect(checkRetentionDays('90')).toEqual({ ok: true, days: 90 });
    expect(checkRetentionDays(' 1 ')).toEqual({ ok: true, days: 1 });
    expect(checkRetentionDays('３６５０')).toEqual({ ok: true, days: 3650 });
  });

  it('refuses what it would otherwise have to coerce', () => {
    expect(checkRetentionDays('')).toEqual({ ok: false, reason: 'empty' });
    expect(checkRetentionDays('0')).toEqual({ ok: false, reason: 'too-small' });
    expect(checkRetentionDays('-5')).toEqual({ ok: false, reason: 'too-small' });
    expect(checkRetentionDays('1.5')).toEqual({ ok: false, reason: 'not-a-whole-number' });
    expect(checkRetentionDays('30日')).toEqual({ ok: false, reason: 'not-a-whole-number' });
    expect(checkRetentionDays('1e3')).toEqual({ ok: false, reason: 'not-a-whole-number' });
    expect(checkRetentionDays('3651')).toEqual({ ok: false, reason: 'too-large' });
    expect(checkRetentionDays('99999999999999999999')).toEqual({ ok: false, reason: 'too-large' });
  });
});
