import type { ProfileIssue } from '../profile/schema';

// One error type for everything the vault, backups and migrations reject; `code` says what went
// wrong and `messageOf` (./messages) turns it into an i18n key.

export type VaultErrorCode =
  | 'wrong-passphrase'
  | 'tampered'
  | 'malformed'
  | 'unsupported-version'
  | 'empty-passphrase'
  | 'empty-file'
  | 'not-json'
  | 'truncated'
  | 'foreign-file'
  | 'too-large'
  | 'invalid-profile';

export class VaultError extends Error {
  override readonly name = 'VaultError';

  constructor(
    readonly code: VaultErrorCode,
    /** For 'invalid-profile': the paths and message keys of what did not validate (never values). */
    readonly issues: readonly ProfileIssue[] = [],
  ) {
    super(`vault: ${code}`);
  }
}

export function isVaultError(error: unknown, code?: VaultErrorCode): error is VaultError {
  return error instanceof VaultError && (code === undefined || error.code === code);
}
