import { db, type LocalMappingRecord, type RecordedMapping } from '../storage/db';

// Corrections the user made to guessed fields, per page, kept on the device so the next fill of that
// page uses them. Keys and selectors only, never values.

export type LocalCorrection = LocalMappingRecord['fields'][number];

function pageKey(origin: string, path: string): string {
  return origin + path;
}

export async function loadCorrections(origin: string, path: string): Promise<LocalCorrection[]> {
  return (await (await db()).get('localMappings', pageKey(origin, path)))?.fields ?? [];
}

/** Merges new corrections into the page's record (a later correction of a selector replaces it). */
export async function saveCorrections(origin: string, path: string, corrections: LocalCorrection[]): Promise<void> {
  if (corrections.length === 0) return;
  const database = await db();
  const page = pageKey(origin, path);
  const record = await database.get('localMappings', page);
  const bySelector = new Map((record?.fields ?? []).map((f) => [f.selector, f]));
  for (const c of corrections) bySelector.set(c.selector, c);
  await database.put('localMappings', { ...record, page, origin, path, fields: [...bySelector.values()], updatedAt: new Date().toISOString() });
}

export async function loadRecordedMapping(origin: string, path: string): Promise<RecordedMapping | null> {
  return (await (await db()).get('localMappings', pageKey(origin, path)))?.recorded ?? null;
}

/** Keeps the page's recorded mapping (replacing an earlier one); corrections of guesses stay. */
export async function saveRecordedMapping(origin: string, path: string, recorded: RecordedMapping): Promise<void> {
  const database = await db();
  const page = pageKey(origin, path);
  const existing = await database.get('localMappings', page);
  await database.put('localMappings', { page, origin, path, fields: existing?.fields ?? [], recorded, updatedAt: recorded.recordedAt });
}

export async function listLocalMappings(): Promise<LocalMappingRecord[]> {
  return (await db()).getAll('localMappings');
}

export async function deleteLocalMapping(origin: string, path: string): Promise<void> {
  await (await db()).delete('localMappings', pageKey(origin, path));
}
