// Postal lookup: cold = a fresh lookup, so the chunk is read from disk, gunzipped and decoded; warm =
// the chunk already cached. One real code from every chunk of the index.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensurePostalIndex, POSTAL_INDEX_DIR } from '../scripts/build-postal-index';
import { decodePostalChunk } from '../lib/postal/chunk-format';
import { gunzipJson } from '../lib/postal/fetch-chunk';
import { createPostalLookup, type ChunkLoader } from '../lib/postal/lookup';

const diskLoader: ChunkLoader = async (name) => {
  try {
    return await gunzipJson(await readFile(path.join(POSTAL_INDEX_DIR, `${name}.json.gz`)));
  } catch {
    return null;
  }
};

async function sampleCodes(): Promise<string[]> {
  const prefixes = (await readdir(POSTAL_INDEX_DIR)).map((f) => /^(\d{3})\.json\.gz$/.exec(f)?.[1]).filter((p): p is string => !!p);
  const codes: string[] = [];
  for (const prefix of prefixes) {
    const rows = decodePostalChunk(prefix, await diskLoader(prefix));
    if (rows && rows.length > 0) codes.push(rows[Math.floor(rows.length / 2)].postalCode);
  }
  return codes;
}

export async function measurePostal(coldRuns: number, warmRuns: number): Promise<{ cold: number[]; warm: number[] }> {
  await ensurePostalIndex();
  const codes = await sampleCodes();
  const cold: number[] = [];
  for (let i = 0; i < coldRuns; i++) {
    const code = codes[(i * 7919) % codes.length];
    const lookup = createPostalLookup(diskLoader);
    const start = performance.now();
    const found = await lookup.lookup(code);
    cold.push(performance.now() - start);
    if (found.length === 0) throw new Error(`postal: no result for ${code}`);
  }
  const warmLookup = createPostalLookup(diskLoader);
  for (const code of codes) await warmLookup.lookup(code);
  const warm: number[] = [];
  for (let i = 0; i < warmRuns; i++) {
    const code = codes[(i * 104729) % codes.length];
    const start = performance.now();
    const found = await warmLookup.lookup(code);
    warm.push(performance.now() - start);
    if (found.length === 0) throw new Error(`postal: no result for ${code}`);
  }
  return { cold, warm };
}
