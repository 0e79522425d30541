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

// Every extension context (background, popup, options, checklist) opens the database itself. A
// write to the profile store, in whichever context, is announced to all of them (BroadcastChannel
// reaches the other contexts of this extension; the listeners of the writing context are called
// directly), so that what one of them keeps in memory can be dropped. The announcement names the
// record ids written (「profile」, 「procedures」…), never their data; null stands for "anything"
// (a clear, a deletion of the database, a key that is not a plain id).
const CHANGE_CHANNEL = 'tetsuzuki-pad:profile-store';

/** The record ids a write changed, or null when it may have changed any. */
export type ChangedRecords = readonly string[] | null;

const changeListeners = new Set<(changed: ChangedRecords) => void>();
let channel: BroadcastChannel | null = null;

function changedOf(data: unknown): ChangedRecords {
  return Array.isArray(data) && data.every((id) => typeof id === 'string') ? data : null;
}

function changeChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel !== 'function') return channel;
  channel = new BroadcastChannel(CHANGE_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const changed = changedOf(event.data);
    for (const listener of changeListeners) listener(changed);
  };
  // Node (unit tests): an open channel must not keep the process alive.
  (channel as BroadcastChannel & { unref?: () => void }).unref?.();
  return channel;
}

function announceProfileStoreChange(changed: ChangedRecords = null): void {
  for (const listener of changeListeners) listener(changed);
  changeChannel()?.postMessage(changed === null ? 'changed' : [...changed]);
}

/** Calls `listener` after every write to the profile store (or deletion of the database) in any of
 * this extension's contexts, with the ids of the records written (null: any may have changed). */
export function onProfileStoreChange(listener: (changed: ChangedRecords) => void): () => void {
  changeListeners.add(listener);
  changeChannel();
  return () => changeListeners.delete(listener);
}

/** Whether a change announced as `changed` may touch any of the records `ids`. */
export function touchesRecords(changed: ChangedRecords, ids: readonly string[]): boolean {
  return changed === null || changed.some((id) => ids.includes(id));
}

const WRITES = new Set<PropertyKey>(['put', 'add', 'delete', 'clear']);

function touchesProfile(stores: string | readonly string[]): boolean {
  return typeof stores === 'string' ? stores === 'profile' : stores.includes('profile');
}

/** The id a put/add/delete on the profile store (out-of-line string keys) writes; null for anything else. */
function writtenId(prop: PropertyKey, args: readonly unknown[]): string | null {
  const key = prop === 'delete' ? args[0] : prop === 'clear' ? undefined : args[1];
  return typeof key === 'string' ? key : null;
}

/** A store of a read-write transaction that notes the ids it writes into `written` (null: unknown). */
function notingStore<S extends object>(store: S, written: { ids: Set<string> | null }): S {
  return new Proxy(store, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      if (!WRITES.has(prop)) return (value as (...a: unknown[]) => unknown).bind(target);
      return (...args: unknown[]) => {
        const id = writtenId(prop, args);
        if (id === null) written.ids = null;
        else written.ids?.add(id);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** A read-write transaction on the profile store whose writes are announced once it commits. */
function announcingTransaction<T extends object>(tx: T & { done: Promise<void> }): T {
  const written: { ids: Set<string> | null } = { ids: new Set() };
  tx.done.then(() => announceProfileStoreChange(written.ids ? [...written.ids] : null), () => undefined);
  return new Proxy(tx, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (prop === 'store' && value && typeof value === 'object') return notingStore(value, written);
      if (prop === 'objectStore' && typeof value === 'function') {
        return (name: string) => {
          const store = (value as (n: string) => object).call(target, name);
          return name === 'profile' ? notingStore(store, written) : store;
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The database as callers use it, with every committed write to the profile store announced. */
function announcingWrites(database: IDBPDatabase<PadDB>): IDBPDatabase<PadDB> {
  return new Proxy(database, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      if (prop === 'transaction') {
        return (stores: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) => {
          const tx = target.transaction(stores as 'profile', mode, options);
          return mode === 'readwrite' && touchesProfile(stores) ? announcingTransaction(tx) : tx;
        };
      }
      if (WRITES.has(prop)) {
        return async (store: string, ...args: unknown[]) => {
          const result: unknown = await (value as (...a: unknown[]) => Promise<unknown>).call(target, store, ...args);
          if (store === 'profile') {
            const id = writtenId(prop, args);
            announceProfileStoreChange(id === null ? null : [id]);
          }
          return result;
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
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
      announceProfileStoreChange();
    },
    terminated() {
      dbPromise = null;
      announceProfileStoreChange();
    },
  }).then(announcingWrites);
  return dbPromise;
}

/** Closes the connection (tests and deletion need it before deleting the database). */
export async function closeDb(): Promise<void> {
  if (!dbPromise) return;
  const database = await dbPromise;
  database.close();
  dbPromise = null;
  // Closing comes before deleting the database (「すべて削除」, the retention day).
  announceProfileStoreChange();
}
