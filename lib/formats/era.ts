// Japanese eras as the platform's Intl data knows them, so a new era needs no code change.

export interface Era {
  /** 令和 */
  name: string;
  /** R */
  letter: string;
  /** Western year of the era's first year (令和 → 2019). */
  startYear: number;
  /** 1-based position from 明治, the numeric era code many selects use (明治 1 … 令和 5). */
  code: number;
}

export interface EraDate {
  era: string;
  eraYear: number;
}

// Japan adopted the Gregorian calendar on 明治6-01-01; eras before that do not map onto it.
const FIRST_GREGORIAN_YEAR = 1873;

let longFormat: Intl.DateTimeFormat | undefined;
let narrowFormat: Intl.DateTimeFormat | undefined;
let eras: Era[] | undefined;

function formatters(): [Intl.DateTimeFormat, Intl.DateTimeFormat] {
  longFormat ??= new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
    era: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  narrowFormat ??= new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
    era: 'narrow',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return [longFormat, narrowFormat];
}

function eraOf(format: Intl.DateTimeFormat, utcMillis: number): EraDate | null {
  const parts = format.formatToParts(new Date(utcMillis));
  const era = parts.find((p) => p.type === 'era')?.value;
  // ICU writes the first year of an era as 元 when no month or day follows.
  const yearText = parts.find((p) => p.type === 'year')?.value;
  const year = yearText === '元' ? 1 : Number(yearText);
  if (!era || !Number.isInteger(year)) return null;
  return { era, eraYear: year };
}

/** The era of the last day of `year`: every era from 明治 on began in a year of its own, so the
 * year's last day names the era that year ends in (and an era's first year ends in it). */
function eraAtYearEnd(format: Intl.DateTimeFormat, year: number): EraDate | null {
  return eraOf(format, Date.UTC(year, 11, 31));
}

/** The eras from 明治 on, oldest first. Each era's last year is found by bisection over the years
 * (a handful of formatter calls per era, not one per year: this runs on the first fill). */
export function modernEras(): Era[] {
  if (eras) return eras;
  const [long, narrow] = formatters();
  const found: Era[] = [];
  const lastYear = new Date().getUTCFullYear() + 1;
  let year = FIRST_GREGORIAN_YEAR;
  while (year <= lastYear) {
    const named = eraAtYearEnd(long, year);
    if (!named) break;
    const letter = eraAtYearEnd(narrow, year)?.era ?? '';
    found.push({
      name: named.era,
      letter: /^[A-Z]$/.test(letter) ? letter : '',
      startYear: year - named.eraYear + 1,
      code: found.length + 1,
    });
    // The last year (up to lastYear) that still ends in this era.
    let low = year;
    let high = lastYear;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (eraAtYearEnd(long, mid)?.era === named.era) low = mid;
      else high = mid - 1;
    }
    year = low + 1;
  }
  eras = found;
  return eras;
}

/** Era and era year of a calendar date; null before 明治 or for an impossible date. */
export function eraDateOf(year: number, month: number, day: number): EraDate | null {
  const millis = Date.UTC(year, month - 1, day);
  if (Number.isNaN(millis)) return null;
  const result = eraOf(formatters()[0], millis);
  if (!result || !modernEras().some((e) => e.name === result.era)) return null;
  return result;
}

/** Finds an era by name (令和), letter (R/r) or numeric code ('5'). */
export function findEra(value: string): Era | undefined {
  const v = value.normalize('NFKC').trim();
  if (!v) return undefined;
  const list = modernEras();
  if (/^\d$/.test(v)) return list.find((e) => e.code === Number(v));
  const upper = v.toUpperCase();
  return list.find((e) => e.name === v || (e.letter !== '' && e.letter === upper));
}
