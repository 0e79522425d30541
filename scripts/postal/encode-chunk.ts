// Writes source rows into the shipped chunk format (lib/postal/chunk-format.ts).
import { CHUNK_FORMAT_VERSION } from '../../lib/postal/chunk-format';
import type { CitiesChunk, PostalChunk } from '../../lib/postal/chunk-format';
import { toKatakana } from '../../lib/formats/kana';
import { prefectureOf } from '../../lib/formats/prefecture';
import type { SourceRow } from './read-jpostal';

const SEPARATOR = '|';

export interface CleanRow extends SourceRow {
  prefectureCode: string;
}

// Japan Post's notes left in the town column: the code covers the rest of the city, not a town of
// that name. (多賀町一円 is a real town, so 一円 is not among them.)
const NOT_A_TOWN = /の次に.*番地.*場合$|以下に掲載がない場合/;

/** Full-width kana, JIS prefecture code, and a check that nothing collides with the separator. */
export function cleanRow(row: SourceRow): CleanRow {
  const prefecture = prefectureOf(row.prefecture);
  if (!prefecture || prefecture.name !== row.prefecture) {
    throw new Error(`${row.postalCode}: unknown prefecture ${row.prefecture}`);
  }
  const wholeCity = NOT_A_TOWN.test(row.town);
  const clean = {
    ...row,
    town: wholeCity ? '' : row.town,
    townKana: wholeCity ? '' : toKatakana(row.townKana),
    prefectureCode: prefecture.code,
    prefectureKana: toKatakana(row.prefectureKana),
    cityKana: toKatakana(row.cityKana),
  };
  for (const text of [clean.town, clean.townKana, clean.city, clean.cityKana]) {
    if (text.includes(SEPARATOR)) throw new Error(`${row.postalCode}: '${SEPARATOR}' in ${text}`);
  }
  return clean;
}

/** One prefix's rows, sorted by code and without duplicates, as a chunk. */
export function encodeChunk(rows: CleanRow[]): PostalChunk {
  const seen = new Set<string>();
  const unique = rows
    .filter((r) => {
      const key = [r.postalCode, r.prefecture, r.city, r.town].join('\t');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.postalCode < b.postalCode ? -1 : a.postalCode > b.postalCode ? 1 : 0));
  const prefectures: PostalChunk['p'] = [];
  const cities: PostalChunk['c'] = [];
  const cityIndex = new Map<string, number>();
  const chunk: PostalChunk = { v: CHUNK_FORMAT_VERSION, p: prefectures, c: cities, k: '', i: [], t: '', n: '' };
  const towns: string[] = [];
  const kanas: string[] = [];
  for (const r of unique) {
    let p = prefectures.findIndex((x) => x[0] === r.prefectureCode);
    if (p < 0) p = prefectures.push([r.prefectureCode, r.prefecture, r.prefectureKana]) - 1;
    const cityKey = `${p}\t${r.city}`;
    let c = cityIndex.get(cityKey);
    if (c === undefined) {
      c = cities.push([p, r.city, r.cityKana]) - 1;
      cityIndex.set(cityKey, c);
    }
    chunk.k += r.postalCode.slice(3);
    chunk.i.push(c);
    towns.push(r.town);
    kanas.push(r.townKana);
  }
  chunk.t = towns.join(SEPARATOR);
  chunk.n = kanas.join(SEPARATOR);
  return chunk;
}

/** Every prefecture's cities, in JIS order, each city once. */
export function encodeCities(rows: CleanRow[]): CitiesChunk {
  const p: CitiesChunk['p'] = {};
  const seen = new Set<string>();
  const sorted = [...rows].sort((a, b) => (a.prefectureCode < b.prefectureCode ? -1 : a.prefectureCode > b.prefectureCode ? 1 : 0));
  for (const r of sorted) {
    p[r.prefectureCode] ??= [r.prefecture, r.prefectureKana, []];
    const key = `${r.prefectureCode}\t${r.city}`;
    if (seen.has(key)) continue;
    seen.add(key);
    p[r.prefectureCode][2].push([r.city, r.cityKana]);
  }
  return { v: CHUNK_FORMAT_VERSION, p };
}
