// The i18n keys of the vault's errors (texts in public/_locales/*/messages.json); `messageOf` gives
// the key for any error the vault functions throw.
import { isVaultError, type VaultErrorCode } from './errors';

export const VAULT_MESSAGE_KEYS = {
  'wrong-passphrase': 'err_vault_wrong_passphrase',
  tampered: 'err_vault_tampered',
  malformed: 'err_vault_malformed',
  'unsupported-version': 'err_vault_newer_version',
  'empty-passphrase': 'err_vault_empty_passphrase',
  'empty-file': 'err_backup_empty',
  'not-json': 'err_backup_not_json',
  truncated: 'err_backup_truncated',
  'foreign-file': 'err_backup_foreign',
  'too-large': 'err_backup_too_large',
  'invalid-profile': 'err_backup_invalid_profile',
} as const satisfies Record<VaultErrorCode, string>;

/** For anything that is not a VaultError (WebCrypto missing, a bug). */
export const UNEXPECTED_MESSAGE_KEY = 'err_vault_unexpected';

export type VaultMessageKey = (typeof VAULT_MESSAGE_KEYS)[VaultErrorCode] | typeof UNEXPECTED_MESSAGE_KEY;

export function messageOf(error: unknown): VaultMessageKey {
  return isVaultError(error) ? VAULT_MESSAGE_KEYS[error.code] : UNEXPECTED_MESSAGE_KEY;
}
