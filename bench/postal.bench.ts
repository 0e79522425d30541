// Postal lookup timing and index size. Run: npm run bench:postal
// Cold = a fresh lookup, so the chunk is read from disk, gunzipped and decoded; warm = cached.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { ensurePostalIndex, POSTAL_INDEX_DIR } from '../scripts/build-postal-index';
import { decodePostalChunk } from '../lib/postal/chunk-format';
import { gunzipJson } from '../lib/postal/fetch-chunk';
import { createPostalLookup } from '../lib/postal/lookup';
import type { ChunkLoader } from '../lib/postal/lookup';

const RESULTS = fileURLToPath(new URL('./results/postal.json', import.meta.url));
const COLD_RUNS = 300;
const WARM_RUNS = 20_000;

const diskLoader: ChunkLoader = async (name) => {
  try {
    return await gunzipJson(await readFile(path.join(POSTAL_INDEX_DIR, `${name}.json.gz`)));
  } catch {
    return null;
  }
};

function stats(samples: number[]): { median: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

/** One real code from every chunk, spread over the whole country. */
async function sampleCodes(): Promise<string[]> {
  const prefixes = (await readdir(POSTAL_INDEX_DIR)).map((f) => /^(\d{3})\.json\.gz$/.exec(f)?.[1]).filter((p): p is string => !!p);
  const codes: string[] = [];
  for (const prefix of prefixes) {
    const rows = decodePostalChunk(prefix, await diskLoader(prefix));
    if (rows && rows.length > 0) codes.push(rows[Math.floor(rows.length / 2)].postalCode);
  }
  return codes;
}

async function main(): Promise<void> {
  const manifest = await ensurePostalIndex();
  const codes = await sampleCodes();

  const cold: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const code = codes[(i * 7919) % codes.length];
    const lookup = createPostalLookup(diskLoader);
    const start = performance.now();
    const found = await lookup.lookup(code);
    cold.push(performance.now() - start);
    if (found.length === 0) throw new Error(`no result for ${code}`);
  }

  const warmLookup = createPostalLookup(diskLoader);
  for (const code of codes) await warmLookup.lookup(code);
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const code = codes[(i * 104729) % codes.length];
    const start = performance.now();
    await warmLookup.lookup(code);
    warm.push(performance.now() - start);
  }

  let rawBytes = 0;
  for (const name of await readdir(POSTAL_INDEX_DIR)) {
    if (name.endsWith('.json.gz')) {
      rawBytes += Buffer.byteLength(JSON.stringify(await diskLoader(name.replace(/\.json\.gz$/, ''))));
    }
  }

  const result = {
    date: new Date().toISOString(),
    node: process.version,
    source: manifest.source,
    data: manifest.data,
    codes: manifest.codes,
    rows: manifest.rows,
    index: {
      files: manifest.files,
      totalBytes: manifest.totalBytes,
      maxChunkBytes: manifest.maxChunkBytes,
      maxChunk: manifest.maxChunk,
      uncompressedBytes: rawBytes,
    },
    coldMs: { runs: COLD_RUNS, ...stats(cold) },
    warmMs: { runs: WARM_RUNS, ...stats(warm) },
  };
  await mkdir(path.dirname(RESULTS), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify(result, null, 2)}\n`);

  const ms = (n: number) => `${n.toFixed(3)} ms`;
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.table({
    'lookup, cold (disk + gunzip + decode)': { median: ms(result.coldMs.median), p95: ms(result.coldMs.p95), runs: COLD_RUNS },
    'lookup, warm (cached chunk)': { median: ms(result.warmMs.median), p95: ms(result.warmMs.p95), runs: WARM_RUNS },
  });
  console.table({
    index: {
      files: manifest.files,
      total: kib(manifest.totalBytes),
      'largest chunk': `${manifest.maxChunk} ${kib(manifest.maxChunkBytes)}`,
      uncompressed: kib(rawBytes),
    },
  });
  console.log(`results → ${path.relative(process.cwd(), RESULTS)}`);
}

await main();
