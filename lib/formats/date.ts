// Calendar dates: reading the shapes people type and writing the shapes forms ask for.
import { eraDateOf, findEra } from './era';

export interface DateParts {
  year: string;
  month: string;
  day: string;
  /** 令和, 平成, 昭和, 大正 or 明治 (whatever era the platform's calendar data names). */
  era: string;
  /** Year within the era; '1' for the first year (formats decide whether to write 元). */
  eraYear: string;
}

interface Ymd {
  year: number;
  month: number;
  day: number;
}

const SHAPES: RegExp[] = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

function isRealDate({ year, month, day }: Ymd): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Reads 2026-04-01, 2026/4/1, 2026.4.1, 2026年4月1日, 20260401 and 令和8年4月1日 / R8.4.1. */
export function parseDate(value: string): Ymd | null {
  const v = value.normalize('NFKC').replace(/\s+/g, '').trim();
  for (const shape of SHAPES) {
    const m = shape.exec(v);
    if (!m) continue;
    const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    return isRealDate(ymd) ? ymd : null;
  }
  const wareki = /^(\D{1,2}?)(\d{1,2}|元)[年.\-/](\d{1,2})[月.\-/](\d{1,2})日?$/.exec(v);
  if (wareki) {
    const era = findEra(wareki[1]);
    if (!era) return null;
    const eraYear = wareki[2] === '元' ? 1 : Number(wareki[2]);
    const ymd = { year: era.startYear + eraYear - 1, month: Number(wareki[3]), day: Number(wareki[4]) };
    if (!isRealDate(ymd) || eraDateOf(ymd.year, ymd.month, ymd.day)?.era !== era.name) return null;
    return ymd;
  }
  return null;
}

export function dateParts(isoDate: string): DateParts | null {
  const ymd = parseDate(isoDate);
  if (!ymd) return null;
  const era = eraDateOf(ymd.year, ymd.month, ymd.day);
  if (!era) return null;
  return {
    year: String(ymd.year),
    month: String(ymd.month),
    day: String(ymd.day),
    era: era.era,
    eraYear: String(era.eraYear),
  };
}

export function pad2(value: string): string {
  return value.padStart(2, '0');
}

function withDate(value: string, write: (parts: DateParts) => string): string {
  const parts = dateParts(value);
  return parts ? write(parts) : value;
}

export function formatDateIso(value: string): string {
  return withDate(value, (p) => `${p.year}-${pad2(p.month)}-${pad2(p.day)}`);
}

export function formatDateSlash(value: string): string {
  return withDate(value, (p) => `${p.year}/${pad2(p.month)}/${pad2(p.day)}`);
}

export function formatDateSlashUnpadded(value: string): string {
  return withDate(value, (p) => `${p.year}/${p.month}/${p.day}`);
}

export function formatDateDigits(value: string): string {
  return withDate(value, (p) => `${p.year}${pad2(p.month)}${pad2(p.day)}`);
}

export function formatDateJa(value: string): string {
  return withDate(value, (p) => `${p.year}年${p.month}月${p.day}日`);
}

export function formatDateWareki(value: string): string {
  return withDate(value, (p) => `${p.era}${p.eraYear === '1' ? '元' : p.eraYear}年${p.month}月${p.day}日`);
}

export function formatDateWarekiShort(value: string): string {
  return withDate(value, (p) => `${findEra(p.era)?.letter || p.era}${p.eraYear}.${p.month}.${p.day}`);
}

/** A month or day piece ('4', '04', '４', '4月') zero-padded to two digits. */
export function formatPad2(value: string): string {
  const n = numberPiece(value);
  return n === null ? value : pad2(String(n));
}

export function formatUnpadded(value: string): string {
  const n = numberPiece(value);
  return n === null ? value : String(n);
}

function numberPiece(value: string): number | null {
  const m = /^(\d{1,4})\D{0,1}$/.exec(value.normalize('NFKC').trim());
  return m ? Number(m[1]) : null;
}

/** Era pieces accept the era piece itself (令和, R, 5) or a whole date. */
function eraPiece(value: string) {
  const parts = dateParts(value);
  return findEra(parts ? parts.era : value);
}

export function formatEraName(value: string): string {
  return eraPiece(value)?.name ?? value;
}

export function formatEraLetter(value: string): string {
  const era = eraPiece(value);
  return era?.letter || era?.name || value;
}

/** The era-year piece as a number: 元 → 1; a whole date gives its era year. */
export function formatEraYear(value: string): string {
  const parts = dateParts(value);
  if (parts) return parts.eraYear;
  const v = value.normalize('NFKC').trim().replace(/年$/, '');
  if (v === '元') return '1';
  return /^\d{1,2}$/.test(v) ? String(Number(v)) : value;
}

/** The era-year piece with 元 for the first year. */
export function formatEraYearGan(value: string): string {
  const year = formatEraYear(value);
  return year === '1' ? '元' : year;
}
