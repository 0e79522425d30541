// Loading index chunks shipped with the extension (/postal/NNN.json.gz): fetch, gunzip, parse.
import type { ChunkLoader } from './lookup';

/** Parses gzipped JSON with the platform's DecompressionStream (browsers and Node ≥ 18). */
export async function gunzipJson(bytes: Uint8Array | ArrayBuffer): Promise<unknown> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return JSON.parse(await new Response(stream).text());
}

/**
 * A chunk loader over fetch: `baseUrl` is where the index folder is served, e.g.
 * browser.runtime.getURL('/postal/'). A missing chunk (unknown prefix) gives null.
 */
export function fetchChunkLoader(baseUrl: string, fetchImpl: typeof fetch = fetch): ChunkLoader {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return async (name) => {
    if (!/^(\d{3}|[a-z]+)$/.test(name)) return null;
    let response: Response;
    try {
      response = await fetchImpl(`${base}${name}.json.gz`);
    } catch {
      // Extension URLs of files that do not exist fail the fetch itself rather than answer 404.
      return null;
    }
    if (!response.ok) return null;
    return gunzipJson(new Uint8Array(await response.arrayBuffer()));
  };
}
