// Postal code → address candidates, from the offline index, one chunk per three-digit prefix.
import { normalisePostal } from '../formats/postal';
import { CITIES_CHUNK, decodeCitiesChunk, decodePostalChunk } from './chunk-format';
import type { CitiesChunk, PostalRow } from './chunk-format';

export interface PostalCandidate {
  postalCode: string;
  prefecture: string;
  prefectureKana?: string;
  city: string;
  cityKana?: string;
  town: string;
  townKana?: string;
}

export interface CityEntry {
  name: string;
  kana: string;
}

export interface PostalLookup {
  /** Every area the code covers (several for codes like 452-0961); [] for an unknown code. */
  lookup(code: string): Promise<PostalCandidate[]>;
  /** The cities (市区町村, 政令市 by ward, 郡 included) of a prefecture by JIS code ('13'). */
  cities(prefectureCode: string): Promise<CityEntry[]>;
}

/** Loads one chunk by name ('452' or 'cities') and returns its parsed JSON, or null if there is none. */
export type ChunkLoader = (name: string) => Promise<unknown | null>;

function candidateOf(row: PostalRow): PostalCandidate {
  const candidate: PostalCandidate = {
    postalCode: row.postalCode,
    prefecture: row.prefecture,
    city: row.city,
    town: row.town,
  };
  if (row.prefectureKana) candidate.prefectureKana = row.prefectureKana;
  if (row.cityKana) candidate.cityKana = row.cityKana;
  if (row.townKana) candidate.townKana = row.townKana;
  return candidate;
}

export function createPostalLookup(loadChunk: ChunkLoader): PostalLookup {
  const chunks = new Map<string, Promise<Map<string, PostalCandidate[]>>>();
  let cityList: Promise<CitiesChunk['p']> | undefined;

  // A failed load is forgotten so that a later lookup tries again; a missing chunk is remembered.
  function chunk(prefix3: string): Promise<Map<string, PostalCandidate[]>> {
    let pending = chunks.get(prefix3);
    if (!pending) {
      pending = loadChunk(prefix3).then((data) => {
        const byCode = new Map<string, PostalCandidate[]>();
        for (const row of (data === null ? null : decodePostalChunk(prefix3, data)) ?? []) {
          const list = byCode.get(row.postalCode) ?? [];
          list.push(candidateOf(row));
          byCode.set(row.postalCode, list);
        }
        return byCode;
      });
      pending.catch(() => chunks.delete(prefix3));
      chunks.set(prefix3, pending);
    }
    return pending;
  }

  return {
    async lookup(code) {
      const digits = normalisePostal(code);
      if (!digits) return [];
      try {
        const byCode = await chunk(digits.slice(0, 3));
        return (byCode.get(digits) ?? []).map((c) => ({ ...c }));
      } catch {
        return [];
      }
    },
    async cities(prefectureCode) {
      if (!cityList) {
        cityList = loadChunk(CITIES_CHUNK).then((data) => (data === null ? null : decodeCitiesChunk(data)) ?? {});
        cityList.catch(() => {
          cityList = undefined;
        });
      }
      try {
        const entry = (await cityList)[prefectureCode.padStart(2, '0')];
        return entry ? entry[2].map(([name, kana]) => ({ name, kana })) : [];
      } catch {
        return [];
      }
    },
  };
}
