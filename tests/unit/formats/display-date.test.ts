import { describe, expect, it } from 'vitest';
import { displayDate, displayDays, displayMinutes } from '../../../lib/formats/display-date';

describe('displayDate', () => {
  it('writes a calendar day in words, never as an ISO string', () => {
    expect(displayDate('2027-01-19', 'ja')).toBe('2027年1月19日');
    expect(displayDate('2027-01-19', 'en')).toBe('January 19, 2027');
  });

  it('reads the date part of a timestamp', () => {
    expect(displayDate('2026-12-20T23:59:00.000Z', 'ja')).toBe('2026年12月20日');
  });

  it('gives nothing for a day that does not exist', () => {
    expect(displayDate('2027-02-30', 'ja')).toBe('');
    expect(displayDate('', 'en')).toBe('');
  });
});

describe('displayMinutes', () => {
  it('uses hours when the period is whole hours', () => {
    expect(displayMinutes(240, 'ja')).toBe('4時間');
    expect(displayMinutes(60, 'ja')).toBe('1時間');
    expect(displayMinutes(240, 'en')).toBe('4 hours');
    expect(displayMinutes(60, 'en')).toBe('1 hour');
  });

  it('keeps minutes otherwise', () => {
    expect(displayMinutes(15, 'ja')).toBe('15分');
    expect(displayMinutes(90, 'en')).toBe('90 minutes');
  });
});

describe('displayDays', () => {
  it('counts days', () => {
    expect(displayDays(90, 'ja')).toBe('90日');
    expect(displayDays(1, 'en')).toBe('1 day');
  });
});
