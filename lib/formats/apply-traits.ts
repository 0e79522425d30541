// Writing a value with a set of traits. Each trait acts on its own; the kind of value says which
// traits mean something (spacing for names, padding for dates, separators for postal codes…).
import type { AddressPart, AddressRun, FieldPart } from './parts';
import { formatAddress, type AddressParts, type DerivedAddressKey } from './address';
import { dateParts, formatEraYear, pad2 } from './date';
import { findEra } from './era';
import type { ValueKind } from './field-traits';
import { toBankKana, toFullwidth, toHalfwidthKatakana, toHiragana, toKatakana } from './kana';
import { respaceName, type NameSeparator } from './name';
import { groupPhone } from './phone';
import { splitPostal } from './postal';
import { prefectureOf } from './prefecture';
import type { FormatTraits } from './traits';
import { digitsOnly, toHalfwidth } from './width';

export interface AddressSource {
  parts: AddressParts;
  key: AddressPart | AddressRun | DerivedAddressKey;
  /** Another field of the same address takes the town without its 丁目. */
  chomeInBlock?: boolean;
}

export interface TraitContext {
  part?: FieldPart;
  /** Address values are rewritten from their parts (the 丁目 may move between town and block). */
  address?: AddressSource;
}

function widen(value: string, width: FormatTraits['width']): string {
  if (width === 'full') return toFullwidth(value);
  if (width === 'half') return toHalfwidth(value);
  return value;
}

function space(value: string, spacing: FormatTraits['spacing']): string {
  return spacing ? respaceName(value, spacing as NameSeparator) : value;
}

function writeKana(value: string, t: FormatTraits): string {
  let v = value;
  const script = t.script ?? (t.width === 'half' ? 'halfwidthKatakana' : undefined);
  if (script === 'hiragana') v = toHiragana(v);
  else if (script === 'katakana') v = toKatakana(v);
  else if (script === 'halfwidthKatakana') v = toHalfwidthKatakana(v);
  else if (script === 'bankKana') v = toBankKana(v);
  if (t.width === 'full' && script !== 'halfwidthKatakana' && script !== 'bankKana') v = toFullwidth(v);
  if (t.width === 'half') v = toHalfwidth(v);
  return space(v, t.spacing);
}

function writeGrouped(groups: readonly string[] | null, value: string, t: FormatTraits, isPostal: boolean): string {
  if (!groups) return value;
  switch (t.separator) {
    case 'none':
      return groups.join('');
    case 'mark':
      return isPostal ? `〒${groups.join('-')}` : groups.join('-');
    case 'hyphen':
    case 'slash':
    case 'dot':
    case 'kanji':
      return groups.join('-');
    default:
      return value;
  }
}

const DATE_SEPARATORS = { hyphen: '-', slash: '/', dot: '.', none: '' } as const;

function writeWholeDate(value: string, t: FormatTraits): string {
  if (!t.calendar && !t.separator && !t.padding && !t.era && !t.firstYear) return value;
  const p = dateParts(value);
  if (!p) return value;
  const calendar = t.calendar ?? (t.era || t.firstYear ? 'wareki' : 'western');
  const separator = t.separator === 'mark' || !t.separator ? (calendar === 'wareki' ? 'kanji' : 'hyphen') : t.separator;
  const unpaddedByDefault = separator === 'kanji' || (separator === 'dot' && calendar === 'wareki');
  const padding = separator === 'none' ? 'pad2' : (t.padding ?? (unpaddedByDefault ? 'none' : 'pad2'));
  const num = (n: string) => (padding === 'pad2' ? pad2(n) : n);
  const month = num(p.month);
  const day = num(p.day);
  if (calendar === 'western') {
    return separator === 'kanji'
      ? `${p.year}年${month}月${day}日`
      : [p.year, month, day].join(DATE_SEPARATORS[separator]);
  }
  const eraStyle = t.era ?? (separator === 'kanji' ? 'name' : 'letter');
  const era = eraStyle === 'letter' ? findEra(p.era)?.letter || p.era : p.era;
  const gan = (t.firstYear ?? (separator === 'kanji' && eraStyle === 'name' ? 'gan' : 'number')) === 'gan';
  const year = gan && p.eraYear === '1' ? '元' : num(p.eraYear);
  return separator === 'kanji'
    ? `${era}${year}年${month}月${day}日`
    : `${era}${[year, month, day].join(DATE_SEPARATORS[separator])}`;
}

function numberPiece(value: string): string | null {
  const m = /^(\d{1,4})\D?$/.exec(value.normalize('NFKC').trim());
  return m ? String(Number(m[1])) : null;
}

function writeDatePart(value: string, t: FormatTraits, part: FieldPart): string {
  if (part === 'era') {
    if (!t.era) return value;
    const era = findEra(dateParts(value)?.era ?? value);
    if (!era) return value;
    return t.era === 'letter' ? era.letter || era.name : era.name;
  }
  if (part === 'year') {
    const eraYear = /^(\d{1,2}|元)年?$/.test(value.normalize('NFKC').trim());
    if (!eraYear) return value;
    const n = formatEraYear(value);
    if (t.firstYear === 'gan' && n === '1') return '元';
    if (t.padding === 'pad2') return pad2(n);
    return t.padding === 'none' || t.firstYear ? n : value;
  }
  const n = numberPiece(value);
  if (n === null || !t.padding) return value;
  return t.padding === 'pad2' ? pad2(n) : n;
}

function shape(kind: ValueKind, t: FormatTraits, value: string, ctx: TraitContext): string {
  switch (kind) {
    case 'kana':
      return writeKana(value, t);
    case 'name':
      return space(widen(value, t.width), t.spacing);
    case 'romaji':
      return space(widen(t.script === 'uppercase' ? toHalfwidth(value).toUpperCase() : value, t.width), t.spacing);
    case 'postal':
      return widen(ctx.part !== undefined ? value : writeGrouped(splitPostal(value), value, t, true), t.width);
    case 'phone':
      return widen(ctx.part !== undefined ? value : writeGrouped(groupPhone(value), value, t, false), t.width);
    case 'date':
      return widen(ctx.part !== undefined ? writeDatePart(value, t, ctx.part) : writeWholeDate(value, t), t.width);
    case 'prefecture': {
      const pref = prefectureOf(value);
      if (!pref || !t.prefecture || t.prefecture === 'omit') return widen(value, t.width);
      return widen(pref[t.prefecture], t.width);
    }
    case 'address': {
      const written = ctx.address
        ? formatAddress(ctx.address.parts, ctx.address.key, t, ctx.address.chomeInBlock)
        : value;
      return widen(written, t.width);
    }
    case 'number':
    case 'email':
    case 'text': {
      let v = t.separator === 'none' && kind === 'number' ? digitsOnly(value) : value;
      if (t.script === 'uppercase') v = toHalfwidth(v).toUpperCase();
      return widen(v, t.width);
    }
    default:
      return value;
  }
}

/**
 * Writes a value with the given traits. Never throws: '' gives '', and a value a trait cannot read
 * (a date trait on something that is no date) keeps its shape and only changes width.
 */
export function applyTraits(kind: ValueKind, traits: FormatTraits, value: string, ctx: TraitContext = {}): string {
  if (value === '' && !ctx.address) return '';
  try {
    return shape(kind, traits, value, ctx);
  } catch {
    return value;
  }
}
