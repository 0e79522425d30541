// Reads the per-prefix JSONP files that jquery-jpostal-ja ships (json/NNN.json), each row
// [_code, prefecture, city, town, street, office, prefecture kana, city kana, town kana],
// with the kana in half-width katakana.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface SourceRow {
  postalCode: string;
  prefecture: string;
  city: string;
  town: string;
  prefectureKana: string;
  cityKana: string;
  townKana: string;
}

export interface JpostalSource {
  dir: string;
  version: string;
}

export async function locateJpostal(): Promise<JpostalSource> {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('jquery-jpostal-ja/package.json');
  const pkg = JSON.parse(await readFile(pkgPath, 'utf8')) as { version: string };
  return { dir: path.join(path.dirname(pkgPath), 'json'), version: pkg.version };
}

function parseJsonp(text: string): unknown {
  const start = text.indexOf('(');
  const end = text.lastIndexOf(')');
  if (start < 0 || end <= start) throw new Error('not a JSONP file');
  return JSON.parse(text.slice(start + 1, end));
}

/**
 * The residential rows of one prefix file. Rows with an office name are 大口事業所 codes
 * (one company's own code), which no home address uses, so they are left out.
 */
export async function readJpostalPrefix(dir: string, prefix3: string): Promise<SourceRow[]> {
  const data = parseJsonp(await readFile(path.join(dir, `${prefix3}.json`), 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${prefix3}.json: not a list`);
  const rows: SourceRow[] = [];
  for (const r of data as unknown[]) {
    if (!Array.isArray(r) || r.length < 9 || !r.every((x) => typeof x === 'string')) {
      throw new Error(`${prefix3}.json: unexpected row ${JSON.stringify(r)}`);
    }
    const [code, prefecture, city, town, street, office, prefectureKana, cityKana, townKana] = r as string[];
    if (office !== '' || street !== '') continue;
    const postalCode = code.replace(/^_/, '');
    // Each file opens with a '_NNN' row naming the prefix's first area, for partial input.
    if (postalCode === prefix3) continue;
    if (!/^\d{7}$/.test(postalCode) || !postalCode.startsWith(prefix3)) {
      throw new Error(`${prefix3}.json: bad code ${code}`);
    }
    rows.push({ postalCode, prefecture, city, town, prefectureKana, cityKana, townKana });
  }
  return rows;
}

// 000.json holds no codes, only the data's version line ('ver2.13 2025-09-25 2025-09-30').
const INFO_PREFIX = '000';

export async function listJpostalPrefixes(dir: string): Promise<string[]> {
  const files = await readdir(dir);
  return files
    .map((f) => /^(\d{3})\.json$/.exec(f)?.[1])
    .filter((p): p is string => p !== undefined && p !== INFO_PREFIX)
    .sort();
}

/** The data's version line, naming the Japan Post release it was made from. */
export async function readJpostalInfo(dir: string): Promise<string> {
  const data = parseJsonp(await readFile(path.join(dir, `${INFO_PREFIX}.json`), 'utf8'));
  const row = Array.isArray(data) ? data.find((r) => Array.isArray(r) && r[0] === '_000info') : undefined;
  return Array.isArray(row) && typeof row[2] === 'string' ? row[2] : '';
}
