// "例：江東区新砂" beside an input shows what goes in it better than its caption does.

import { isPrefectureName, PREFECTURE_STEMS } from './prefectures';
import { BLOCK, BUILDING, CITY, POSTAL, PREF, TOWN, highestBit, lowestBit, type Reading } from './reading';

const EXAMPLE_PREFIX = /^(?:[(\[（<＜〈]\s*)?(?:例|e\.g\.|入力例|記入例)\d*\s*[:：)\]）>＞〉]?\s*/;
const EXAMPLE = /(?:[(\[<＜〈]\s*)?(?:例|e\.g\.|入力例|記入例)\s*[:)\]>＞〉]?\s*/;

const SAMPLE_NOTE = /\s*[(（][^()（）\d]*(?:でも可|でも構いません|でもOK|不要|省略可|任意)[^()（）\d]*[)）]?\s*$/;

const ORGANISATION_SAMPLE = /株式会社|有限会社|合同会社|(?:社団|財団|医療|学校|宗教|社会福祉|NPO|特定非営利活動)法人|協会$|組合$|㈱|㈲/;
const NUMBER_PLATE = /^[一-龥]{1,4}\s*\d{2,3}\s*[ぁ-ん]\s*\d{1,2}\s*-\s*\d{2,4}$/;

const BLANKS = /[○〇◯●×△▲□■◇◆☆★＊*]/;

const BUILDING_WORDS = /マンション|ビル|ハイツ|コーポ|アパート|レジデンス|タワー|荘|号室|[a-z]{2,}\s*\d+|棟/;

export function readAddressExample(value: string): number {
  // 〒153-0043 東京都目黒区…: the postal code written first is not a part of the box.
  // 東京都渋谷区（市区町村まででも可）: words in brackets telling what may be left out are a note.
  let s = value.replace(SAMPLE_NOTE, '').replace(/[\s)\]]+$/, '').replace(/^〒?\s*\d{3}\s*-?\s*\d{4}\s*/, '');
  if (/^[\x20-\x7e]+$/.test(s) && /[a-z]/i.test(s)) return readRomanisedAddress(s.toLowerCase());
  // 〇〇町xx-xx-xx: numbers blanked with x's are numbers.
  s = s.replace(/(^|[^a-z])x{1,4}(?=$|[\s\-番号丁])/gi, '$10');
  let parts = 0;
  // 大阪市, 京都市, 福島市: a city named after its prefecture, not the prefecture.
  const pref = PREFECTURE_STEMS.find((p) => s.startsWith(p) && !/^[市町村郡]/.test(s.slice(p.length)));
  // 〇〇県〇〇市…: a blanked name before 都道府県 is the prefecture all the same.
  const blankedPref = /^[○〇◯●×△▲□■◇◆☆★＊*]{1,4}[都道府県](?=[^\d\s-]|$)/.exec(s) ?? inventedPrefecture(s);
  if (pref) {
    parts |= PREF;
    s = s.slice(pref.length).replace(/^[都道府県]/, '');
  } else if (blankedPref) {
    parts |= PREF;
    s = s.slice(blankedPref[0].length);
  }
  // 大阪府島本町: a town or village right after the prefecture, its county left out, is the municipality.
  const city = /^[^\d\s-]+?(?:市|区|郡[^\d\s-]+?[町村])(?:[^\d\s-]+?区)?/.exec(s) ?? (parts & PREF ? /^[^\d\s\-.…]{1,4}?[町村](?=[^\d\s\-.…]|[.…]|$)/.exec(s) : null);
  if (city) {
    parts |= CITY;
    s = s.slice(city[0].length);
  }
  // マリブウエスト16F, 〇〇ハウス 3階: a name and a floor or room, with no place before it, is a building.
  if (!parts && /^[^\d\s-]+\s*\d{1,4}\s*(?:f|階|号室)$/i.test(s)) return BUILDING;
  // ○○丁目○○番地: a sample that blanks the town and the numbers still shows both.
  if (BLANKS.test(s[0] ?? '') && /丁目|番地?|号/.test(s)) return parts | TOWN | BLOCK;
  // 大阪市中央区＊＊＊＊: the rest blanked out.
  if (/^(?:[＊*]{2,}|\.{2,}|…|・・)/.test(s) && parts) return withoutGaps(parts | TOWN | BLOCK);
  let town = /^[^\d\s-]+/.exec(s)?.[0];
  // 〇〇町〇〇マンション: the town runs into the building's name where the sample leaves out the number.
  const building = town ? BUILDING_WORDS.exec(town) : null;
  if (town && building) town = /^.*(?:[町村]|丁目)/.exec(town.slice(0, building.index))?.[0];
  if (town) {
    parts |= TOWN;
    s = s.slice(town.length);
    // 芝浦４丁目: the 丁目 after a town's name alone is part of the town (町域), not the block.
    if (parts === TOWN) s = s.replace(/^\s*\d+\s*丁目/, '');
  }
  const block = /^\s*\d+(?:\s*(?:-|丁目|番地?|号)\s*\d*)*(?:号)?/.exec(s);
  if (block) {
    parts |= BLOCK;
    s = s.slice(block[0].length);
  }
  if (s.trim() && BUILDING_WORDS.test(s)) parts |= BUILDING;
  return withoutGaps(parts);
}

/** 桜県○○市…: a demo site's made-up prefecture, known by the city that follows it. */
function inventedPrefecture(s: string): RegExpExecArray | null {
  // 都道府県・市区町村 is a caption, not a prefecture named 都道府県.
  const pref = /^(?:(?![都道府県])[\u4e00-\u9fff]){1,3}[都道府県](?![市区町村郡])/.exec(s);
  return pref && /^[^\d\s-]+?[市区郡]/.test(s.slice(pref[0].length)) ? pref : null;
}

const ROMAN_PREF = /\b[a-z]+-(?:to|fu|ken)\b|\b(?:tokyo|osaka|kyoto|hokkaido)\b|prefecture/;
const ROMAN_CITY = /\b[a-z]+-(?:ku|shi|gun)\b|\b(?:city|ward)\b/;
const ROMAN_BUILDING = /\b(?:apt|apartment|room|rm|bldg|building|mansion|heights|residence)\b|#\s*\d+|\b\d+f\b/;
const ROMAN_BLOCK = /\b\d+(?:-\d+){1,3}\b/;

/**
 * Shinjuku-ku, 1-2-3 Kabukicho, APT 301: a sample written in the Latin alphabet (on a page for people
 * new to Japan) names its parts by suffixes and words, in English order.
 */
function readRomanisedAddress(s: string): number {
  let parts = 0;
  if (ROMAN_PREF.test(s)) parts |= PREF;
  if (ROMAN_CITY.test(s)) parts |= CITY;
  if (ROMAN_BLOCK.test(s)) parts |= BLOCK;
  if (ROMAN_BUILDING.test(s)) parts |= BUILDING;
  // 1-2-3 Kabukicho: a word that is no prefecture, city or building beside the block's numbers is the town.
  const rest = s.replace(new RegExp(`${ROMAN_PREF.source}|${ROMAN_CITY.source}|${ROMAN_BUILDING.source}`, 'g'), ' ');
  if (parts & BLOCK && new RegExp(`${ROMAN_BLOCK.source}[\\s,]+[a-z]{3,}|[a-z]{3,}[\\s,]+${ROMAN_BLOCK.source}`).test(rest)) parts |= TOWN;
  return withoutGaps(parts);
}

/** One box holds one stretch of the address: parts a sample skips between two it shows are in it too. */
function withoutGaps(parts: number): number {
  const shown = parts & ~POSTAL;
  if (!shown) return parts;
  return parts | (highestBit(shown) * 2 - lowestBit(shown));
}

// 大阪　太郎, 山田 花子: two short words set apart, neither ending as a place does, are a person's name
// (a family name may be a prefecture's: 大阪, 千葉, 福岡).
const PERSON_SAMPLE = /^([\u4e00-\u9fff々ヶ]{1,4})\s+([\u4e00-\u9fff々ぁ-んァ-ヶー]{1,4})$/;
const PLACE_END = /[都道府県市区町村郡丁目番号]$/;

/** Whether a word ends as the name of a place or an address part does (港区, 三丁目, 12番). */
export function endsAsPlace(word: string): boolean {
  return PLACE_END.test(word);
}

function isPersonSample(value: string): boolean {
  const m = PERSON_SAMPLE.exec(value);
  return !!m && !endsAsPlace(m[1]) && !endsAsPlace(m[2]);
}

/** The value of a sample without its 例： / 入力例) / e.g. in front. */
export function withoutExamplePrefix(value: string): string {
  return value.trim().replace(EXAMPLE_PREFIX, '');
}

/** Reads what kind of value an example shows: 150-0001, 03-1234-5678, 江東区新砂1-2-3. */
export function readExampleValue(value: string): Reading {
  if (/^\d{3}-?\d{4}$/.test(value)) return { type: 'address', strength: 0.7, addressParts: POSTAL };
  if (/^0\d{1,4}-?\d{1,4}-?\d{3,4}$/.test(value) || /^\d{10,11}$/.test(value)) return { type: 'phone', strength: 0.7 };
  // Digits alone show a number, not which address part takes it.
  if (/^[\d\s,.\-]+$/.test(value)) return {};
  // 品川300あ12-34: a number plate begins with a place's name and is no address.
  if (NUMBER_PLATE.test(value)) return { type: 'none', strength: 0.7, negative: 'vehicle' };
  // 一般社団法人 日本損害保険協会, ○○株式会社: a sample naming a body shows an organisation's name.
  if (ORGANISATION_SAMPLE.test(value)) return { type: 'none', strength: 0.7, negative: 'company', rule: 'caption.example' };
  // @afloat_ceo is an account's handle; @docomo.ne.jp the domain of an address.
  if (/^[^\s@]+@|^@[^\s@]*\./.test(value)) return { type: 'email', strength: 0.7 };
  // バッジネーム, ニックネーム: a katakana word naming a kind of value is a caption, not a reading.
  // メーカー, カラー: a word ending in a long vowel mark is a loanword, hardly a name's reading.
  if (/^[ァ-ヶー\s]+$/.test(value) && !/(?:ネーム|ナンバー|アドレス|コード|パスワード|タイプ|サイズ|コース|プラン|ー)$/.test(value)) return { type: 'name', strength: 0.5, kana: true };
  if (isPersonSample(value)) return { type: 'name', strength: 0.5 };
  const parts = readAddressExample(value);
  // A bare word (山田, 新砂) could be a name as well as a town, and a word with a number (toeic850点,
  // 2週間タイプ) is no address: only a city, a prefecture or a written block (2-8-1, 1丁目, 3番地)
  // make an example an address on its own.
  const writtenBlock = /\d+\s*(?:-|－|ー|丁目|番地?|号)\s*\d*/.test(value);
  // 大山ビル2階, 〇〇マンション101号室: a building alone shows the box for the rest of an address.
  const building = parts === BUILDING && /\d|[○〇◯]/.test(value);
  // 芝浦４丁目: a town's name with its 丁目 shows the town.
  const townWithChome = parts === TOWN && /[^\d\s]\s*\d+\s*丁目$/.test(value);
  return parts & (PREF | CITY) || (parts & BLOCK && writtenBlock) || building || townWithChome ? { type: 'address', strength: 0.6, addressParts: parts } : { addressParts: parts };
}

/** Finds an example in a caption and reads what kind of value it shows. */
export function readExample(text: string): { index: number; reading: Reading } | null {
  const m = EXAMPLE.exec(text);
  if (!m) return bracketedSample(text);
  const value = text.slice(m.index + m[0].length).replace(/[)\]]\s*$/, '').trim();
  if (!value) return null;
  // 例：tokyoまたは東京都: two ways to write the same value; each shows what the box takes.
  const ways = value.split(/\s*(?:または|又は|もしくは|\sor\s)\s*/).filter(Boolean);
  if (ways.length > 1) {
    const readings = ways.map(readExampleValue).filter((r) => r.type);
    if (readings.length && readings.every((r) => r.type === readings[0].type)) {
      const parts = readings.reduce((all, r) => all | (r.addressParts ?? 0), 0);
      return { index: m.index, reading: readings[0].type === 'address' ? { ...readings[0], addressParts: parts } : readings[0] };
    }
  }
  const reading = readExampleValue(value);
  // 例：YAMADA, 例：TARO: a word or two in Latin letters after 例 is a name written in romaji.
  if (!reading.type && !reading.addressParts && /^[a-z]{2,15}(?:\s[a-z]{2,15})?$/i.test(value) && !ROMAN_PREF.test(value.toLowerCase()) && !ROMAN_CITY.test(value.toLowerCase()))
    return { index: m.index, reading: { type: 'name', strength: 0.5, romaji: true } };
  return { index: m.index, reading };
}

/** 申請者の住所(○○県△△市 1丁目2-3 456号室): a caption with a sample address in brackets after it, with no 例. */
const TRAILING_BRACKET = /[(（]([^()（）]+)[)）]\s*$/;

function bracketedSample(text: string): { index: number; reading: Reading } | null {
  const m = TRAILING_BRACKET.exec(text);
  if (!m || m.index === 0 || !/\d|[○〇◯△□]/.test(m[1]) || !isSampleAddress(m[1])) return null;
  return { index: m.index, reading: readExampleValue(m[1].trim()) };
}

/**
 * A placeholder without a caption word is often a sample value (taro@example.com, 090-1234-5678,
 * 東京都千代田区丸の内1-1-1): it shows what the field takes as an example would.
 */
export function readSampleValue(value: string): Reading | null {
  const v = withoutExamplePrefix(value);
  if (!v || v.length > 60) return null;
  const reading = readExampleValue(v);
  if (reading.type === 'name' && !/\s/.test(v) && v.length > 12) return null;
  return reading.type ? { ...reading, rule: 'caption.example' } : null;
}

/** A placeholder that is itself a sample address from the prefecture on (広島県広島市○○丁目○○番地). */
export function isSampleAddress(value: string): boolean {
  // 市区町村 * : a required mark after a caption is no blanked-out name.
  const v = value.trim().replace(/\s*(?:[*＊※]|必須)$/, '');
  if (v.length > 60) return false;
  const parts = readAddressExample(v);
  // △△市□□町: names blanked out with marks are a pattern to follow, not words of a caption.
  // 〒000-0000 福岡県...: a postal code in front shows a whole address follows.
  const afterPostal = /^〒\s*\d{3}-?\d{4}\s+\S/.test(v);
  // 沖縄県 alone, as a sample or a value set in advance: the box takes the prefecture.
  if (isPrefectureName(v)) return true;
  return (parts & (PREF | CITY)) === (PREF | CITY) || ((BLANKS.test(v) || afterPostal) && (parts & (PREF | CITY)) !== 0);
}
