// Dates and periods as a person reads them: 2027年1月19日 / January 19, 2027, 4時間 / 4 hours.
// Never an ISO string or a count of minutes on screen.
import { dayNumber } from './calendar-day';

export type DisplayLocale = 'ja' | 'en';

/** A calendar day ('YYYY-MM-DD' or an ISO timestamp, read as its date) in words; '' when unreadable. */
export function displayDate(iso: string, locale: DisplayLocale): string {
  const day = dayNumber(iso.slice(0, 10));
  if (day === null) return '';
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(day * 86_400_000);
}

// Intl puts a space between number and unit in Japanese (「4 時間」); written Japanese has none.
function unit(value: number, name: 'hour' | 'minute' | 'day', locale: DisplayLocale): string {
  const text = new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  return locale === 'ja' ? text.replace(/\s+/gu, '') : text;
}

/** A period given in minutes, in the largest whole unit: 240 → 「4時間」, 90 → 「90分」. */
export function displayMinutes(minutes: number, locale: DisplayLocale): string {
  if (minutes >= 60 && minutes % 60 === 0) return unit(minutes / 60, 'hour', locale);
  return unit(minutes, 'minute', locale);
}

/** A number of days: 90 → 「90日」 / "90 days". */
export function displayDays(days: number, locale: DisplayLocale): string {
  return unit(days, 'day', locale);
}
