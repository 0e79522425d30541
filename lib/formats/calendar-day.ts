// Calendar days as the user reads them: 'YYYY-MM-DD' in the browser's time zone, counted as whole
// days since 1970-01-01 so that adding days never crosses a daylight-saving hour.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of an ISO date, or null for anything that is not a real calendar day. */
export function dayNumber(isoDate: string): number | null {
  const m = ISO_DATE.exec(isoDate.trim());
  if (!m) return null;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(time);
  if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
  return time / 86_400_000;
}

export function isoOfDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function localDayNumber(now: Date | number): number {
  const d = new Date(now);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000;
}

/** The calendar day ('YYYY-MM-DD') of `now` in the browser's time zone. */
export function localIsoDate(now: Date | number = Date.now()): string {
  return isoOfDayNumber(localDayNumber(now));
}
