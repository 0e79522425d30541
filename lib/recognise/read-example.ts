// "例：江東区新砂" beside an input shows what goes in it better than its caption does.

import { PREFECTURE_STEMS } from './prefectures';
import { BLOCK, BUILDING, CITY, POSTAL, PREF, TOWN, type Reading } from './reading';

const EXAMPLE = /(?:[(\[]\s*)?(?:例|e\.g\.|入力例|記入例)\s*[:)\]]?\s*/;

const BUILDING_WORDS = /マンション|ビル|ハイツ|コーポ|アパート|レジデンス|タワー|荘|号室|[a-z]{2,}\s*\d+|棟/;

export function readAddressExample(value: string): number {
  let s = value.replace(/[\s)\]]+$/, '');
  let parts = 0;
  const pref = PREFECTURE_STEMS.find((p) => s.startsWith(p));
  if (pref) {
    parts |= PREF;
    s = s.slice(pref.length).replace(/^[都道府県]/, '');
  }
  const city = /^[^\d\s-]+?(?:市|区|郡[^\d\s-]+?[町村])(?:[^\d\s-]+?区)?/.exec(s);
  if (city) {
    parts |= CITY;
    s = s.slice(city[0].length);
  }
  const town = /^[^\d\s-]+/.exec(s);
  if (town && !BUILDING_WORDS.test(town[0])) {
    parts |= TOWN;
    s = s.slice(town[0].length);
  }
  const block = /^\s*\d+(?:\s*(?:-|丁目|番地?|号)\s*\d*)*(?:号)?/.exec(s);
  if (block) {
    parts |= BLOCK;
    s = s.slice(block[0].length);
  }
  if (s.trim() && BUILDING_WORDS.test(s)) parts |= BUILDING;
  return parts;
}

/** Finds an example in a caption and reads what kind of value it shows. */
export function readExample(text: string): { index: number; reading: Reading } | null {
  const m = EXAMPLE.exec(text);
  if (!m) return null;
  const value = text.slice(m.index + m[0].length).replace(/[)\]]\s*$/, '').trim();
  if (!value) return null;
  let reading: Reading;
  if (/^\d{3}-?\d{4}$/.test(value)) reading = { type: 'address', strength: 0.7, addressParts: POSTAL };
  else if (/^0\d{1,4}-?\d{1,4}-?\d{3,4}$/.test(value)) reading = { type: 'phone', strength: 0.7 };
  else if (/@/.test(value)) reading = { type: 'email', strength: 0.7 };
  else if (/^[ァ-ヶー\s]+$/.test(value)) reading = { type: 'name', strength: 0.5, kana: true };
  else {
    const parts = readAddressExample(value);
    // A bare word (山田, 新砂) could be a name as well as a town: only city, prefecture or
    // block numbers make an example an address on its own.
    reading = parts & (PREF | CITY | BLOCK) ? { type: 'address', strength: 0.6, addressParts: parts } : { addressParts: parts };
  }
  return { index: m.index, reading };
}
