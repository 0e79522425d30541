import { browser } from 'wxt/browser';
import { z } from 'zod';
import { fillReportSchema, recognisedFieldSchema } from '../plan/schemas';

// Every key the extension keeps in browser storage, in one place, each with the validator its value
// passes on read. All of them live in storage.session: memory only, gone when the browser quits,
// cleared on lock. A value that does not validate reads as absent (and is logged by its key).

export interface StorageItem<T> {
  readonly key: string;
  get(): Promise<T | null>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
}

/** A stored value that failed validation is logged by its key (a tab's number left out). */
function onInvalid(key: string): void {
  if (key !== storageItems.diagnostics.key) void appendDiagnostic('storage.read', `invalid ${key.replace(/:\d+$/, ':<tab>')}`);
}

function sessionItem<S extends z.ZodType>(key: string, schema: S): StorageItem<z.output<S>> {
  return {
    key,
    async get() {
      const raw = (await browser.storage.session.get(key))[key];
      if (raw === undefined) return null;
      const parsed = schema.safeParse(raw);
      if (parsed.success) return parsed.data;
      onInvalid(key);
      return null;
    },
    async set(value) {
      await browser.storage.session.set({ [key]: value });
    },
    async remove() {
      await browser.storage.session.remove(key);
    },
  };
}

export const sessionVaultSchema = z.object({
  /** The unlocked key's raw bytes, base64. */
  key: z.string().min(1),
  lastActivity: z.number(),
  idleMinutes: z.number(),
});
export type SessionVault = z.output<typeof sessionVaultSchema>;

export const draftSchema = z.object({
  values: z.record(z.string(), z.unknown()),
  savedAt: z.string(),
});
export type Draft = z.output<typeof draftSchema>;

export const storedGuessSchema = z.object({
  origin: z.string(),
  path: z.string(),
  title: z.string(),
  fields: z.array(recognisedFieldSchema),
});
export type StoredGuess = z.output<typeof storedGuessSchema>;

export const diagnosticEntrySchema = z.object({
  at: z.string(),
  /** Where it happened: a module-level place name such as `fill-panel.fill`. */
  where: z.string(),
  /** What happened: an outcome or error code, never a value. */
  code: z.string(),
});
export type DiagnosticEntry = z.output<typeof diagnosticEntrySchema>;

export const storageItems = {
  /** The unlocked vault key, shared by the background, the popup and the options page. */
  vault: sessionItem('tp:vault', sessionVaultSchema),
  /** Unsaved editor input of one editor (`popup`, `options`). */
  draft: (variant: string) => sessionItem(`tp:draft:${variant}`, draftSchema),
  /** The last fill report of a tab (keys and outcomes, never values). */
  report: (tabId: number) => sessionItem(`tp:report:${tabId}`, fillReportSchema),
  /** The fields recognised on a tab's page, kept between the preview and the confirmed fill. */
  guess: (tabId: number) => sessionItem(`tp:guess:${tabId}`, storedGuessSchema),
  /** Set while the user picks fields on a tab's page (「項目を割り当て」) and has not saved or stopped. */
  recording: (tabId: number) => sessionItem(`tp:recording:${tabId}`, z.literal(true)),
  /** The diagnostic log: codes and places, newest last. */
  diagnostics: sessionItem('tp:diagnostics', z.array(diagnosticEntrySchema)),
};

/** How many entries the diagnostic log keeps (the newest). */
export const MAX_DIAGNOSTIC_ENTRIES = 50;

let diagnosticsQueue: Promise<void> = Promise.resolve();

/** Appends one entry to the diagnostic log, one write after the other; never throws (a log that
 * cannot be written is not worth a failure). lib/diagnostics/log is the way the rest of the code logs. */
export function appendDiagnostic(where: string, code: string): Promise<void> {
  diagnosticsQueue = diagnosticsQueue
    .then(async () => {
      const entries = (await storageItems.diagnostics.get()) ?? [];
      entries.push({ at: new Date().toISOString(), where, code });
      await storageItems.diagnostics.set(entries.slice(-MAX_DIAGNOSTIC_ENTRIES));
    })
    .catch(() => undefined);
  return diagnosticsQueue;
}

/** Everything in session memory goes on lock (key, drafts, reports, guesses); the diagnostic log,
 * which holds no value, stays so that it can be copied after the failure that locked. */
export async function clearSession(): Promise<void> {
  const diagnostics = await storageItems.diagnostics.get();
  await browser.storage.session.clear();
  if (diagnostics) await storageItems.diagnostics.set(diagnostics);
}

/** 「すべて削除」: session memory and extension storage, the diagnostic log included. */
export async function clearAllStorage(): Promise<void> {
  await browser.storage.session.clear();
  await browser.storage.local.clear();
}
