// Choosing the option of a select (or radio group) for a value, whatever convention the options use.
import type { FieldPart } from './parts';
import { dateParts } from './date';
import { findEra, modernEras } from './era';
import type { Era } from './era';
import type { SelectOption, ValueKind } from './field-traits';
import { toKatakana } from './kana';
import { prefectureOf } from './prefecture';
import { comparableText } from './width';

interface Candidate {
  value: string;
  /** Normalised option text and value. */
  text: string;
  key: string;
}

type Test = (s: string) => boolean;

const PLACEHOLDER = /選択|選んで|お選び|未選択|^[-ー―─\s]*$|^(please|select|choose)\b|^--/i;

function candidates(options: SelectOption[]): Candidate[] {
  return options
    .map((o) => ({ value: o.value, text: comparableText(o.text), key: comparableText(o.value) }))
    .filter((c) => c.key !== '' && !(PLACEHOLDER.test(c.text) && !/\d/.test(c.text)));
}

/** Each test is tried on option texts, then on option values, before the next test. */
function firstMatch(list: Candidate[], tests: Test[]): string | undefined {
  for (const test of tests) {
    const byText = list.find((c) => test(c.text));
    if (byText) return byText.value;
    const byValue = list.find((c) => test(c.key));
    if (byValue) return byValue.value;
  }
  return undefined;
}

function fold(s: string): string {
  return toKatakana(comparableText(s)).toLowerCase().replace(/\s/g, '');
}

function genericTests(value: string): Test[] {
  const v = comparableText(value);
  const folded = fold(value);
  return [
    (s) => s === v,
    (s) => fold(s) === folded,
  ];
}

/** Last resort: the only option whose text contains the value, or is contained in it. */
function containing(list: Candidate[], value: string): string | undefined {
  const folded = fold(value);
  if (folded.length < 2) return undefined;
  const hits = list.filter((c) => {
    const t = fold(c.text);
    return t.length >= 2 && (t.includes(folded) || folded.includes(t));
  });
  return hits.length === 1 ? hits[0].value : undefined;
}

function smallNumber(s: string): number | undefined {
  const m = /^0*(\d{1,2})\s*(月|日|年)?$/.exec(s);
  return m ? Number(m[1]) : undefined;
}

function prefectureTests(value: string): Test[] {
  const target = prefectureOf(value);
  if (!target) return [];
  return [(s) => !/^\d+$/.test(s) && prefectureOf(s)?.code === target.code, (s) => prefectureOf(s)?.code === target.code];
}

function monthDayTests(value: string, part: 'month' | 'day'): Test[] {
  const full = dateParts(value);
  const n = full ? Number(full[part]) : smallNumber(comparableText(value));
  if (n === undefined) return [];
  return [(s) => smallNumber(s) === n];
}

interface OptionYear {
  western?: number;
  era?: Era;
  eraYear?: number;
}

function readYear(s: string): OptionYear {
  const result: OptionYear = {};
  const western = /(\d{4})/.exec(s);
  if (western) result.western = Number(western[1]);
  const eraMatch = /(明治|大正|昭和|平成|令和|[A-Za-z]|[^\d\s()]{2})\s*(元|\d{1,2})(?!\d)/.exec(s);
  if (eraMatch) {
    const era = findEra(eraMatch[1]);
    if (era) {
      result.era = era;
      result.eraYear = eraMatch[2] === '元' ? 1 : Number(eraMatch[2]);
    }
  }
  if (!result.western && result.era && result.eraYear) {
    result.western = result.era.startYear + result.eraYear - 1;
  }
  if (!result.western && !result.era) {
    const plain = smallNumber(s);
    if (plain !== undefined) result.eraYear = plain;
  }
  return result;
}

function yearTests(value: string): Test[] {
  const full = dateParts(value);
  const v = comparableText(value);
  const western = full ? Number(full.year) : /^\d{4}$/.test(v) ? Number(v) : undefined;
  const era = full ? findEra(full.era) : undefined;
  const eraYear = full ? Number(full.eraYear) : smallNumber(v.replace(/^元/, '1'));
  const tests: Test[] = [];
  if (era) {
    tests.push((s) => {
      const y = readYear(s);
      return y.era?.name === era.name && y.eraYear === eraYear;
    });
  }
  if (western !== undefined) {
    tests.push((s) => {
      const y = readYear(s);
      return y.western === western && (!era || !y.era || y.era.name === era.name);
    });
  }
  if (eraYear !== undefined) {
    tests.push((s) => {
      const y = readYear(s);
      return y.western === undefined && y.era === undefined && y.eraYear === eraYear;
    });
  }
  return tests;
}

function eraTests(value: string): Test[] {
  const full = dateParts(value);
  const era = findEra(full ? full.era : value);
  if (!era) return [];
  const named = (s: string) => {
    if (/^\d+$/.test(s)) return false;
    const found = modernEras().find((e) => s.startsWith(e.name)) ?? findEra(s.replace(/[.()（）\s]/g, ''));
    return found?.name === era.name;
  };
  return [named, (s) => /^\d$/.test(s) && Number(s) === era.code];
}

const GENDERS: Record<string, RegExp> = {
  male: /^(男|男性|male|m|man|men|boy|おとこ|オトコ|otoko)$/i,
  female: /^(女|女性|female|f|woman|women|girl|おんな|オンナ|onna)$/i,
  other: /^(その他|other|others|x|回答しない|答えない|無回答|未回答)$/i,
};
// JIS X 0303 numeric codes, used as option values by many forms.
const GENDER_CODES: Record<string, string> = { male: '1', female: '2', other: '9' };

function genderOf(value: string): string | undefined {
  const v = comparableText(value);
  return Object.keys(GENDERS).find((g) => GENDERS[g].test(v));
}

function genderTests(value: string): Test[] {
  const gender = genderOf(value);
  if (!gender) return [];
  return [(s) => genderOf(s) === gender, (s) => s === GENDER_CODES[gender]];
}

function kindTests(kind: ValueKind, value: string, part?: FieldPart): Test[] {
  if (kind === 'prefecture') return prefectureTests(value);
  if (kind === 'date') {
    if (part === 'month' || part === 'day') return monthDayTests(value, part);
    if (part === 'year') return yearTests(value);
    if (part === 'era') return eraTests(value);
    return [];
  }
  if (kind === 'text') return genderTests(value);
  return [];
}

/** For selects (and radios): the option value to choose for a value, whatever convention the options use; undefined if none fits. */
export function pickOption(
  options: { value: string; text: string }[],
  kind: ValueKind,
  value: string,
  part?: FieldPart,
): string | undefined {
  try {
    if (comparableText(value) === '') return undefined;
    const list = candidates(options);
    if (list.length === 0) return undefined;
    return (
      firstMatch(list, [...kindTests(kind, value, part), ...genericTests(value)]) ??
      (kind === 'date' && part !== undefined ? undefined : containing(list, value))
    );
  } catch {
    return undefined;
  }
}
