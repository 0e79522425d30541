import { reportInvalidItemsTo, storageItems, type DiagnosticEntry } from '../storage/items';

// A small log of what went wrong, for the user to copy into a bug report: where (a place name in
// the code) and a code (an outcome, a VaultError code or an error's class name), never a message,
// which could quote a value. Kept in session memory, the last MAX_ENTRIES only.

export const MAX_ENTRIES = 50;

/** The code an error is logged under: its string `code` (VaultError), else its class name. */
export function errorCode(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' ? code : error.name || 'Error';
}

let queue: Promise<void> = Promise.resolve();

/** Appends one entry; never throws (a log that cannot be written is not worth a failure). */
export function noteDiagnostic(where: string, code: string): Promise<void> {
  queue = queue
    .then(async () => {
      const entries = (await storageItems.diagnostics.get()) ?? [];
      entries.push({ at: new Date().toISOString(), where, code });
      await storageItems.diagnostics.set(entries.slice(-MAX_ENTRIES));
    })
    .catch(() => undefined);
  return queue;
}

/** Logs a caught error under its code. */
export function noteError(where: string, error: unknown): Promise<void> {
  return noteDiagnostic(where, errorCode(error));
}

reportInvalidItemsTo((key) => {
  if (key !== storageItems.diagnostics.key) void noteDiagnostic('storage.read', `invalid ${key.replace(/:\d+$/, ':<tab>')}`);
});

export async function readDiagnostics(): Promise<DiagnosticEntry[]> {
  return (await storageItems.diagnostics.get()) ?? [];
}

/** The text 「診断情報をコピー」 puts on the clipboard: the extension's version and one line per entry. */
export function diagnosticsText(entries: DiagnosticEntry[], version: string): string {
  const lines = entries.map((e) => `${e.at}\t${e.where}\t${e.code}`);
  return [`tetsuzuki-pad ${version}`, ...(lines.length ? lines : ['(no entries)'])].join('\n');
}
