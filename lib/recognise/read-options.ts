// What the choices of a select (or the labels of a radio group) say about the field.

import { normaliseText } from './normalise-text';
import { isPrefectureName, PREFECTURE_STEMS } from './prefectures';
import { BUILDING as BUILDING_BIT, CITY as CITY_BIT, POSTAL as POSTAL_BIT, PREF, type Reading } from './reading';

const ERA = /令和|平成|昭和|大正|明治/;
/** January … December, or Jan … Dec: a month picked by its English name. */
const MONTH_NAME = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\.?$/i;

function numberOf(text: string): number | null {
  const m = /^(\d{1,4})\s*(?:年|月|日|歳)?$/.exec(text) ?? /^(?:令和|平成|昭和|大正|明治)?\s*(\d{1,2}|元)\s*年?$/.exec(text);
  if (!m) return null;
  return m[1] === '元' ? 1 : Number(m[1]);
}

/** The choices a person picks from: placeholders such as 選択してください left out. */
export function realChoices(texts: string[]): string[] {
  return texts.map(normaliseText).filter((t) => t && !/選択|選んで|select|choose|^-+$|^--|^[-ー―]+$|^$/.test(t));
}

const TYPED = new Set(['name', 'phone', 'email', 'customerNumber', 'supplyPointId']);

const PLACE = /[都道府県市区町村郡]$|丁目$|^\d+$/;
/** 札幌市, 港区, 葉山町: one municipality's name (市区町村 itself, or その他の市町村, names none). */
const CITY_NAME = /^(?!.*(?:市区?町村|区市町村|その他|以外))\S{1,8}[市区町村]$/;

/**
 * Whether the choices of a select contradict what its caption says it asks: a select of prices,
 * time slots, areas or phone kinds is no address part, date part or phone, and オス / メス is no
 * person's gender. Few choices (filled on the fly) contradict nothing, except for a name.
 */
export function choicesContradict(texts: string[], reading: Reading): boolean {
  // A name, a phone, an e-mail or a number is typed: a select is never one, even before the page has
  // filled in its choices ([選択▾] beside the phone boxes picks the phone's kind).
  if (TYPED.has(reading.type ?? '')) return true;
  const choices = realChoices(texts);
  if (choices.length < 2) return false;
  const read = readChoices(texts);
  switch (reading.type) {
    case 'address':
      if (reading.addressParts === POSTAL_BIT) return true;
      // A service area's prefectures are still prefectures: most choices must name one.
      if ((reading.addressParts ?? 0) & PREF) return choices.filter((t) => PREFECTURE_STEMS.some((p) => t.includes(p))).length < choices.length / 2;
      // [101▾ 102▾ …] 部屋番号 on a share house's enquiry: a list of rooms or buildings offers the
      // property's, while the user's own building and room are typed.
      if (reading.addressSpecial === 'room' || reading.addressSpecial === 'buildingName' || reading.addressParts === BUILDING_BIT) return true;
      return choices.length >= 3 && choices.filter((t) => PLACE.test(t)).length < choices.length / 2;
    case 'date': {
      if (choices.length < 3) return false;
      // 1910年代, 1920年代 …: decades to pick an age group from, written out.
      if (choices.filter((t) => /\d\s*年代/.test(t)).length >= choices.length / 2) return true;
      const numbers = choices.map(numberOf);
      // Numbers (years of an era, months, days) fit a date; times, prices and places do not.
      if (numbers.some((n) => n === null)) return !read?.datePart;
      const max = Math.max(...(numbers as number[]));
      // 1900, 1910 … 2010: decades to pick an age group from, not a year to write a date with.
      const decades = (numbers as number[]).filter((n) => n >= 1800 && n % 10 === 0).length;
      if (reading.datePart === 'year' && decades >= 5 && decades === numbers.length) return true;
      return (reading.datePart === 'month' && max > 12) || (reading.datePart === 'day' && max > 31);
    }
    // ( ) オス ( ) メス under 性別: an animal's sex; ( ) 男の子 ( ) 女の子: a child's. The profile holds neither.
    case 'gender':
      return choices.filter((t) => /^(?:オス|メス|雄|雌|♂|♀|男の子|女の子|男児|女児)$/.test(t)).length >= 2;
    default:
      return false;
  }
}

/** Reads the visible texts of a field's choices; placeholders such as 選択してください are ignored. */
const ORDINAL_PREFIX = /^(?:\d{1,2}\s*[.)．、:：]|[①-⑳])\s*/;

export function readChoices(texts: string[]): Reading | null {
  const choices = realChoices(texts);
  if (!choices.length) return null;
  const prefectures = choices.filter((t) => PREFECTURE_STEMS.some((p) => t.includes(p))).length;
  if (prefectures >= 40) return { type: 'address', addressParts: PREF, strength: 0.95 };
  // [東京都 神奈川県 … その他]: a region's prefectures are prefectures all the same.
  if (prefectures >= 5 && prefectures >= choices.length * 0.8) return { type: 'address', addressParts: PREF, strength: 0.8 };
  // [北海道 青森県 秋田県] under 住所: a short list of nothing but prefectures' names picks one, but only
  // where a caption asks for an address; too weak to decide alone (中学校 [東京都▾] picks a school's).
  if (choices.length >= 2 && choices.every(isPrefectureName)) return { type: 'address', addressParts: PREF, strength: 0.45 };
  // [札幌市 / 札幌市以外], [横浜市 川崎市 …]: a list of cities (or a city's wards) picks the city; like the
  // short list of prefectures, only where a caption asks for an address.
  const cities = choices.filter((t) => CITY_NAME.test(t)).length;
  if (!prefectures && cities && cities >= choices.length / 2) return { type: 'address', addressParts: CITY_BIT, strength: 0.45 };
  const eras = choices.filter((t) => ERA.test(t) && !/\d{4}/.test(t)).length;
  if (eras >= 2 && eras >= choices.length * 0.6 && choices.length <= 8) return { datePart: 'era', strength: 0.9 };
  // [1.男性 2.女性 3.その他]: a number in front of each choice orders them and says nothing more.
  if (choices.filter((t) => /^(?:男|女|男性|女性|male|female|その他|回答しない|無回答)$/.test(t.replace(ORDINAL_PREFIX, ''))).length >= 2)
    return { type: 'gender', strength: 0.9 };
  // 配偶者あり・子供あり, 夫婦2人: a household's make-up, not whose relation a person is.
  if (choices.filter((t) => /本人|配偶者|妻|夫|子|父|母|祖父|祖母|兄|弟|姉|妹|孫|同居人/.test(t) && !/あり|なし|有り?|無し?|\d|[人名]$/.test(t)).length >= 3)
    return { type: 'relationship', strength: 0.85 };
  if (choices.filter((t) => /階$|^\d+f$/.test(t)).length >= choices.length * 0.6) return { type: 'none', negative: 'floor', strength: 0.85 };
  if (choices.filter((t) => /時|午前|午後|am|pm/.test(t)).length >= choices.length * 0.6) return { type: 'none', negative: 'time', strength: 0.8 };

  if (choices.filter((t) => MONTH_NAME.test(t)).length >= 10) return { datePart: 'month', strength: 0.85 };
  const numbers = choices.map(numberOf).filter((n): n is number => n !== null);
  if (numbers.length >= Math.max(3, choices.length * 0.8)) {
    const min = Math.min(...numbers);
    const max = Math.max(...numbers);
    if (min >= 1800 && max <= 2200) return { datePart: 'year', strength: 0.85 };
    if (choices.some((t) => ERA.test(t))) return { datePart: 'year', strength: 0.8 };
    if (min >= 1 && max === 12 && numbers.length <= 13) return { datePart: 'month', strength: 0.8 };
    if (min >= 1 && max >= 28 && max <= 31 && numbers.length <= 32) return { datePart: 'day', strength: 0.8 };
    if (min >= 0 && max > 31 && max <= 99 && choices.every((t) => !/歳/.test(t))) return { datePart: 'year', strength: 0.5 };
  }
  if (choices.filter((t) => /^\d{4}\s*(?:年|\(|（)|^(?:令和|平成|昭和)\s*\d+/.test(t)).length >= choices.length * 0.8)
    return { datePart: 'year', strength: 0.8 };
  return null;
}
