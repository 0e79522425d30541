import type { DiagnosticEntry } from '../storage/items';

// A small log of what went wrong, for the user to copy into a bug report: where (a place name in
// the code) and a code (an outcome, a VaultError code or an error's class name), never a message,
// which could quote a value. Kept in session memory, the newest MAX_DIAGNOSTIC_ENTRIES only
// (lib/storage/items).

/** The code an error is logged under: its string `code` (VaultError), else its class name. */
export function errorCode(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' ? code : error.name || 'Error';
}

/** Appends one entry; never throws. The storage code (and zod with it) is loaded on the first
 * entry, so that a page can log without loading it before its first view. */
export function noteDiagnostic(where: string, code: string): Promise<void> {
  return import('../storage/items').then(({ appendDiagnostic }) => appendDiagnostic(where, code)).catch(() => undefined);
}

/** Logs a caught error under its code. */
export function noteError(where: string, error: unknown): Promise<void> {
  return noteDiagnostic(where, errorCode(error));
}

export async function readDiagnostics(): Promise<DiagnosticEntry[]> {
  const { storageItems } = await import('../storage/items');
  return (await storageItems.diagnostics.get()) ?? [];
}

/** The text 「診断情報をコピー」 puts on the clipboard: the extension's version and one line per entry. */
export function diagnosticsText(entries: DiagnosticEntry[], version: string): string {
  const lines = entries.map((e) => `${e.at}\t${e.where}\t${e.code}`);
  return [`tetsuzuki-pad ${version}`, ...(lines.length ? lines : ['(no entries)'])].join('\n');
}
