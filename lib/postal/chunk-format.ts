// The shipped postal index: one gzipped JSON file per first three digits of the postal code
// ('452.json.gz'), plus 'cities.json.gz' listing each prefecture's cities. Built by
// scripts/build-postal-index.ts; read here.

export const CHUNK_FORMAT_VERSION = 1;
/** The name passed to a chunk loader for the city list (beside the three-digit prefixes). */
export const CITIES_CHUNK = 'cities';

/**
 * One chunk. Rows are stored column by column, which keeps the files small:
 * row r has the last four digits k[4r..4r+4], city c[i[r]], town t.split('|')[r] and its
 * kana n.split('|')[r]; a city names its prefecture by index into p.
 */
export interface PostalChunk {
  v: typeof CHUNK_FORMAT_VERSION;
  /** [JIS code, name, kana] */
  p: [string, string, string][];
  /** [index into p, city, city kana] */
  c: [number, string, string][];
  k: string;
  i: number[];
  t: string;
  n: string;
}

export interface CitiesChunk {
  v: typeof CHUNK_FORMAT_VERSION;
  /** JIS code → [prefecture, prefecture kana, [city, city kana][]] */
  p: Record<string, [string, string, [string, string][]]>;
}

export interface PostalRow {
  postalCode: string;
  prefectureCode: string;
  prefecture: string;
  prefectureKana: string;
  city: string;
  cityKana: string;
  town: string;
  townKana: string;
}

function isStringTriple(x: unknown): boolean {
  return Array.isArray(x) && x.length === 3 && x.every((s) => typeof s === 'string');
}

/** Reads a chunk file's parsed JSON into rows; null if it is not a chunk of this format. */
export function decodePostalChunk(prefix3: string, data: unknown): PostalRow[] | null {
  if (typeof data !== 'object' || data === null) return null;
  const chunk = data as Partial<PostalChunk>;
  if (chunk.v !== CHUNK_FORMAT_VERSION) return null;
  const { p, c, k, i, t, n } = chunk;
  if (!Array.isArray(p) || !Array.isArray(c) || !Array.isArray(i)) return null;
  if (typeof k !== 'string' || typeof t !== 'string' || typeof n !== 'string') return null;
  if (!p.every(isStringTriple)) return null;
  const towns = t.split('|');
  const kanas = n.split('|');
  const count = i.length;
  if (k.length !== count * 4 || towns.length !== count || kanas.length !== count) return null;
  const rows: PostalRow[] = [];
  for (let r = 0; r < count; r++) {
    const city = c[i[r]];
    const pref = Array.isArray(city) ? p[city[0]] : undefined;
    if (!city || !pref) return null;
    rows.push({
      postalCode: prefix3 + k.slice(r * 4, r * 4 + 4),
      prefectureCode: pref[0],
      prefecture: pref[1],
      prefectureKana: pref[2],
      city: city[1],
      cityKana: city[2],
      town: towns[r],
      townKana: kanas[r],
    });
  }
  return rows;
}

/** Reads the cities file's parsed JSON; null if it is not of this format. */
export function decodeCitiesChunk(data: unknown): CitiesChunk['p'] | null {
  if (typeof data !== 'object' || data === null) return null;
  const chunk = data as Partial<CitiesChunk>;
  if (chunk.v !== CHUNK_FORMAT_VERSION || typeof chunk.p !== 'object' || chunk.p === null) return null;
  return chunk.p;
}
