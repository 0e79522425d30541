// Test access to the generated postal index, built first when missing or stale.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ensurePostalIndex, POSTAL_INDEX_DIR } from '../../../scripts/build-postal-index';
import { gunzipJson } from '../../../lib/postal/fetch-chunk';
import type { ChunkLoader } from '../../../lib/postal/lookup';

export { ensurePostalIndex, POSTAL_INDEX_DIR };

/** Reads chunks from disk as the extension fetches them; counts loads per name. */
export function diskLoader(loads: Map<string, number> = new Map()): ChunkLoader {
  return async (name) => {
    loads.set(name, (loads.get(name) ?? 0) + 1);
    try {
      return await gunzipJson(await readFile(path.join(POSTAL_INDEX_DIR, `${name}.json.gz`)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  };
}

/** Bytes of every file that ships, and of the largest one. */
export async function indexSize(): Promise<{ total: number; max: number; files: number }> {
  let total = 0;
  let max = 0;
  const names = await readdir(POSTAL_INDEX_DIR);
  for (const name of names) {
    const { size } = await stat(path.join(POSTAL_INDEX_DIR, name));
    total += size;
    max = Math.max(max, size);
  }
  return { total, max, files: names.length };
}
