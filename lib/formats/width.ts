// Width conversion of ASCII, spaces and hyphens. Kana width lives in kana.ts.

const FULLWIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = '\u3000';

/** Dash-like characters that forms and users mix up with the ASCII hyphen-minus. */
const DASHES = new Set([
  '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2043', '\u2212', '\ufe58',
  '\ufe63', '\uff0d',
]);
/** Prolonged sound marks: a long vowel after kana, a hyphen between digits. */
const PROLONGED = new Set(['\u30fc', '\uff70']);

const KANA = /[\u3041-\u309f\u30a1-\u30ff\uff66-\uff9f]/;
const DIGIT_OR_LATIN = /[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;
const DIGIT = /[0-9\uff10-\uff19]/;

function isDashAt(chars: string[], i: number): boolean {
  const ch = chars[i];
  if (DASHES.has(ch)) return true;
  if (!PROLONGED.has(ch)) return false;
  const prev = chars[i - 1] ?? '';
  const next = chars[i + 1] ?? '';
  if (prev && KANA.test(prev)) return false;
  if (prev && (DIGIT_OR_LATIN.test(prev) || DASHES.has(prev))) return true;
  return DIGIT.test(next);
}

/** Replaces every hyphen-like character (and ー used between digits) with `hyphen`. */
export function normaliseHyphens(value: string, hyphen: '-' | '\uff0d' = '-'): string {
  const chars = Array.from(value);
  return chars.map((ch, i) => (isDashAt(chars, i) ? hyphen : ch)).join('');
}

/** Full-width ASCII, ideographic space and hyphen variants to their half-width forms. Kana untouched. */
export function toHalfwidth(value: string): string {
  const chars = Array.from(value);
  return chars
    .map((ch, i) => {
      if (isDashAt(chars, i)) return '-';
      if (ch === IDEOGRAPHIC_SPACE) return ' ';
      const code = ch.charCodeAt(0);
      if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - FULLWIDTH_OFFSET);
      return ch;
    })
    .join('');
}

/** Printable ASCII, space and hyphen variants to full width. Kana untouched (see kana.ts). */
export function toFullwidthAscii(value: string): string {
  const chars = Array.from(value);
  return chars
    .map((ch, i) => {
      if (isDashAt(chars, i)) return '\uff0d';
      if (ch === ' ') return IDEOGRAPHIC_SPACE;
      const code = ch.charCodeAt(0);
      if (code >= 0x21 && code <= 0x7e) return String.fromCharCode(code + FULLWIDTH_OFFSET);
      return ch;
    })
    .join('');
}

/** Keeps the digits only, full-width digits turned half-width. */
export function digitsOnly(value: string): string {
  return toHalfwidth(value).replace(/[^0-9]/g, '');
}

/** NFKC, trimmed, runs of whitespace collapsed to one space: the form used to compare texts. */
export function comparableText(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, ' ').trim();
}
