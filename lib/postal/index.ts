// Offline postal code lookup and address splitting over the index built by scripts/build-postal-index.ts.
export { createPostalLookup } from './lookup';
export type { ChunkLoader, CityEntry, PostalCandidate, PostalLookup } from './lookup';
export { fetchChunkLoader, gunzipJson } from './fetch-chunk';
export { splitAddress } from './split-address';
export type { CitiesOf, SplitAddress } from './split-address';
export { CHUNK_FORMAT_VERSION, CITIES_CHUNK, decodeCitiesChunk, decodePostalChunk } from './chunk-format';
export type { CitiesChunk, PostalChunk, PostalRow } from './chunk-format';
