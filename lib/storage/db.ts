import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FieldPart } from '../formats/parts';

// The extension's one IndexedDB database. Everything the user stores lives here (or in
// storage.session while the browser runs); nothing is ever sent anywhere.

export const DB_NAME = 'tetsuzuki-pad';
const DB_VERSION = 2;

export interface LocalMappingRecord {
  /** `origin + pathname` of the page. */
  page: string;
  origin: string;
  path: string;
  /** Keys the user chose for fields the classifier guessed differently; key null = never fill. */
  fields: { selector: string; key: string | null; part?: string | number }[];
  /** A mapping the user recorded field by field (「項目を割り当て」): the next fill of the page uses it
   * as a mapping, and it can be exported as a provider file. */
  recorded?: RecordedMapping;
  updatedAt: string;
}

export interface RecordedMapping {
  title: string;
  fields: { selector: string; key: string; part?: FieldPart; label: string }[];
  recordedAt: string;
}

export interface PadDB extends DBSchema {
  profile: { key: string; value: unknown };
  localMappings: { key: string; value: LocalMappingRecord };
}

let dbPromise: Promise<IDBPDatabase<PadDB>> | null = null;

export function db(): Promise<IDBPDatabase<PadDB>> {
  dbPromise ??= openDB<PadDB>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) database.createObjectStore('profile');
      if (oldVersion < 2) database.createObjectStore('localMappings', { keyPath: 'page' });
    },
    // Let another page delete or upgrade the database (「すべて削除」) instead of waiting on us.
    blocking() {
      void dbPromise?.then((database) => database.close());
      dbPromise = null;
    },
    terminated() {
      dbPromise = null;
    },
  });
  return dbPromise;
}

/** Closes the connection (tests and deletion need it before deleting the database). */
export async function closeDb(): Promise<void> {
  if (!dbPromise) return;
  const database = await dbPromise;
  database.close();
  dbPromise = null;
}
