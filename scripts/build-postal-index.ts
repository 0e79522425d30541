// Builds the offline postal index from jquery-jpostal-ja's data (Japan Post's KEN_ALL, with
// kana) into .generated/postal/: NNN.json.gz per three-digit prefix, cities.json.gz and
// manifest.json. The extension build copies that folder to /postal/.
// Run: npm run postal:index
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHUNK_FORMAT_VERSION, CITIES_CHUNK } from '../lib/postal/chunk-format';
import { cleanRow, encodeChunk, encodeCities } from './postal/encode-chunk';
import type { CleanRow } from './postal/encode-chunk';
import { listJpostalPrefixes, locateJpostal, readJpostalInfo, readJpostalPrefix } from './postal/read-jpostal';

export const POSTAL_INDEX_DIR = fileURLToPath(new URL('../.generated/postal/', import.meta.url));
export const POSTAL_MANIFEST = 'manifest.json';

export interface PostalManifest {
  format: number;
  source: string;
  /** The data's own version line, naming the Japan Post release. */
  data: string;
  rows: number;
  codes: number;
  files: number;
  totalBytes: number;
  maxChunkBytes: number;
  maxChunk: string;
}

function gzipJson(value: unknown): Buffer {
  return gzipSync(JSON.stringify(value), { level: 9 });
}

/** Builds the whole index into outDir, replacing what was there. */
export async function buildPostalIndex(outDir: string = POSTAL_INDEX_DIR): Promise<PostalManifest> {
  const source = await locateJpostal();
  const staging = `${outDir.replace(/\/$/, '')}.${process.pid}-${Date.now()}.tmp`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });

  const all: CleanRow[] = [];
  const codes = new Set<string>();
  let totalBytes = 0;
  let maxChunkBytes = 0;
  let maxChunk = '';
  let files = 0;
  for (const prefix of await listJpostalPrefixes(source.dir)) {
    const rows = (await readJpostalPrefix(source.dir, prefix)).map(cleanRow);
    if (rows.length === 0) continue;
    const chunk = encodeChunk(rows);
    const bytes = gzipJson(chunk);
    await writeFile(path.join(staging, `${prefix}.json.gz`), bytes);
    files++;
    totalBytes += bytes.length;
    if (bytes.length > maxChunkBytes) {
      maxChunkBytes = bytes.length;
      maxChunk = prefix;
    }
    all.push(...rows);
    for (const r of rows) codes.add(r.postalCode);
  }
  const cities = gzipJson(encodeCities(all));
  await writeFile(path.join(staging, `${CITIES_CHUNK}.json.gz`), cities);
  files++;
  totalBytes += cities.length;

  const manifest: PostalManifest = {
    format: CHUNK_FORMAT_VERSION,
    source: `jquery-jpostal-ja@${source.version}`,
    data: await readJpostalInfo(source.dir),
    rows: all.length,
    codes: codes.size,
    files,
    totalBytes,
    maxChunkBytes,
    maxChunk,
  };
  await writeFile(path.join(staging, POSTAL_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(path.dirname(outDir.replace(/\/$/, '')), { recursive: true });
  await rename(staging, outDir);
  return manifest;
}

/** The manifest of an index built from the installed source and format, or null. */
export async function readPostalManifest(outDir: string = POSTAL_INDEX_DIR): Promise<PostalManifest | null> {
  try {
    const manifest = JSON.parse(await readFile(path.join(outDir, POSTAL_MANIFEST), 'utf8')) as PostalManifest;
    const source = await locateJpostal();
    if (manifest.format !== CHUNK_FORMAT_VERSION || manifest.source !== `jquery-jpostal-ja@${source.version}`) {
      return null;
    }
    await stat(path.join(outDir, `${CITIES_CHUNK}.json.gz`));
    return manifest;
  } catch {
    return null;
  }
}

/** Builds the index unless an up-to-date one is already there. */
export async function ensurePostalIndex(outDir: string = POSTAL_INDEX_DIR): Promise<PostalManifest> {
  return (await readPostalManifest(outDir)) ?? buildPostalIndex(outDir);
}

async function main(): Promise<void> {
  const started = Date.now();
  const m = await buildPostalIndex();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(
    `postal index: ${m.codes} codes, ${m.rows} rows, ${m.files} files, ${kb(m.totalBytes)} total, ` +
      `largest ${m.maxChunk}.json.gz ${kb(m.maxChunkBytes)} (${Date.now() - started} ms) → ${POSTAL_INDEX_DIR}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
