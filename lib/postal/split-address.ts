// Splitting a pasted address ('〒100-0001 東京都千代田区千代田1-1 ○○ビル') into prefecture, city and the rest.
import { PREFECTURES, prefectureAtStart } from '../formats/prefecture';

export interface SplitAddress {
  /** 7 digits when the text starts with a postal code, else ''. */
  postalCode: string;
  prefecture: string;
  city: string;
  rest: string;
}

/** The city names of a prefecture by JIS code; PostalLookup.cities gives them from the index. */
export type CitiesOf = (
  prefectureCode: string,
) => Promise<readonly (string | { name: string })[]> | readonly (string | { name: string })[];

const POSTAL_AT_START = /^〒?\s*([0-9０-９]{3})\s*[-－‐−ー―]?\s*([0-9０-９]{4})(?![0-9０-９])\s*/;
// Without the city list: 郡+町村, 政令市+区, or the first 市区町村 (東京都の区 included).
const CITY_SHAPE = /^(.+?郡.+?[町村]|.+?市.+?区|.+?[市区町村])/;

function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

async function namesOf(citiesOf: CitiesOf, prefectureCode: string): Promise<string[]> {
  const list = await citiesOf(prefectureCode);
  return list.map((c) => (typeof c === 'string' ? c : c.name));
}

/** The longest city written at the start of text; a 郡 may be left out ('木曽岬町' for 桑名郡木曽岬町). */
function cityAtStart(text: string, cities: string[]): { city: string; length: number } | null {
  let best: { city: string; length: number } | null = null;
  for (const city of cities) {
    const withoutGun = city.replace(/^.+?郡/, '');
    for (const written of withoutGun === city ? [city] : [city, withoutGun]) {
      if (written && text.startsWith(written) && (!best || written.length > best.length)) {
        best = { city, length: written.length };
      }
    }
  }
  return best;
}

export async function splitAddress(text: string, citiesOf?: CitiesOf): Promise<SplitAddress> {
  let rest = text.replace(/\s+/g, ' ').trim();
  let postalCode = '';
  const postal = POSTAL_AT_START.exec(rest);
  if (postal) {
    postalCode = toAsciiDigits(postal[1] + postal[2]);
    rest = rest.slice(postal[0].length);
  }
  let prefecture = '';
  const found = prefectureAtStart(rest);
  if (found) {
    prefecture = found.name;
    rest = rest.slice(found.name.length).trimStart();
  }

  let city = '';
  if (citiesOf) {
    try {
      if (found) {
        const match = cityAtStart(rest, await namesOf(citiesOf, found.code));
        if (match) {
          city = match.city;
          rest = rest.slice(match.length);
        }
      } else {
        const matches: { prefecture: string; city: string; length: number }[] = [];
        for (const p of PREFECTURES) {
          const match = cityAtStart(rest, await namesOf(citiesOf, p.code));
          if (match) matches.push({ prefecture: p.name, ...match });
        }
        const longest = Math.max(0, ...matches.map((m) => m.length));
        const best = matches.filter((m) => m.length === longest);
        // 府中市 is in 東京都 and 広島県: the city is clear, its prefecture is not.
        if (best.length > 0 && best.every((m) => m.city === best[0].city)) {
          city = best[0].city;
          if (best.length === 1) prefecture = best[0].prefecture;
          rest = rest.slice(best[0].length);
        }
      }
    } catch {
      city = '';
    }
  }
  if (!city && (found || !citiesOf)) {
    const shape = CITY_SHAPE.exec(rest);
    if (shape) {
      city = shape[1];
      rest = rest.slice(city.length);
    }
  }
  return { postalCode, prefecture, city, rest: rest.replace(/^[\s,、]+/, '') };
}
