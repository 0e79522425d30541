import { browser } from 'wxt/browser';
import { onProfileStoreChange, touchesRecords } from '../storage/db';
import { storageItems } from '../storage/items';
import { stillUnlocked } from '../vault/session-key';
import { META_ID, ProfileLockedError, vaultMeta } from '../vault/sealed-store';

// Records of the profile store the background reads on every fill, read (and parsed, or decrypted)
// once and then kept in the background's memory — never written anywhere — until they change, the
// vault is locked or the worker stops.
//
// A kept record is dropped when:
// - one of its ids (or, for a sealed record, the vault meta) is written in any extension context,
//   or the database is closed for deletion (「すべて削除」, the retention day): see
//   onProfileStoreChange in lib/storage/db.ts;
// - for a sealed record: the unlocked key changes or goes away in session storage (lock, unlock,
//   idle lock noticed elsewhere, session cleared), or it is asked for while its key is no longer
//   there (the idle time has passed).

export interface KeptRecord<T> {
  /** The record as `load` gives it, from memory when held; ProfileLockedError while locked. */
  read(): Promise<T>;
  forget(): void;
  /** A value this context has just committed: kept unless something else changed since. */
  keep(value: T): Promise<void>;
}

interface Entry<T> {
  value: T;
  protected: boolean;
}

function vaultKeyChanged(change: { oldValue?: unknown; newValue?: unknown }): boolean {
  const keyOf = (v: unknown) => (v && typeof v === 'object' && 'key' in v ? (v as { key: unknown }).key : undefined);
  return keyOf(change.oldValue) !== keyOf(change.newValue);
}

export function keptInMemory<T>(options: { records: readonly string[]; sealed: boolean; load: () => Promise<T> }): KeptRecord<T> {
  const watched = options.sealed ? [...options.records, META_ID] : [...options.records];
  let entry: Entry<T> | null = null;
  /** Bumped on every invalidation: a read that started before it must not fill the memory. */
  let generation = 0;
  let listening = false;

  function forget(): void {
    generation += 1;
    entry = null;
  }

  function listen(): void {
    if (listening) return;
    listening = true;
    onProfileStoreChange((changed) => {
      if (touchesRecords(changed, watched)) forget();
    });
    if (!options.sealed) return;
    // Every fill of a protected profile notes activity on the stored key (lastActivity): only a
    // different key, or none, drops the record.
    browser.storage.onChanged.addListener((changes, area) => {
      const change = changes[storageItems.vault.key];
      if (area === 'session' && change && vaultKeyChanged(change)) forget();
    });
  }

  async function hold(value: T, started: number): Promise<void> {
    const isProtected = options.sealed && (await vaultMeta()) !== null;
    if (started === generation) entry = { value, protected: isProtected };
  }

  return {
    async read() {
      listen();
      const held = entry;
      if (held) {
        if (!held.protected) return held.value;
        // The idle lock is a matter of time, not of a write: ask the session (which also notes the activity).
        if (await stillUnlocked()) return held.value;
        forget();
        throw new ProfileLockedError();
      }
      const started = generation;
      const value = await options.load();
      await hold(value, started);
      return value;
    },
    forget,
    async keep(value) {
      listen();
      await hold(value, generation);
    },
  };
}
