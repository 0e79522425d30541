// The vault's error messages in the shape of public/_locales/*/messages.json, ready to be copied
// there; `messageOf` gives the key for any error the vault functions throw.
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
  'invalid-profile': 'err_backup_invalid_profile',
} as const satisfies Record<VaultErrorCode, string>;

/** For anything that is not a VaultError (WebCrypto missing, a bug). */
export const UNEXPECTED_MESSAGE_KEY = 'err_vault_unexpected';

export type VaultMessageKey = (typeof VAULT_MESSAGE_KEYS)[VaultErrorCode] | typeof UNEXPECTED_MESSAGE_KEY;

type LocaleMessages = Record<VaultMessageKey, { message: string }>;

export const VAULT_MESSAGES: { ja: LocaleMessages; en: LocaleMessages } = {
  ja: {
    err_vault_wrong_passphrase: {
      message: 'パスフレーズが違います。大文字・小文字や全角・半角の違いも確かめてください。',
    },
    err_vault_tampered: {
      message: 'データが書き換えられているか壊れているため、開きませんでした。何も読み込んでいません。',
    },
    err_vault_malformed: {
      message: 'データの形式が正しくありません。ファイルが壊れている可能性があります。',
    },
    err_vault_newer_version: {
      message: '新しいバージョンの手続きパッドで作られたデータです。拡張機能を更新してから、もう一度お試しください。',
    },
    err_vault_empty_passphrase: {
      message: 'パスフレーズを入力してください。',
    },
    err_backup_empty: {
      message: 'ファイルが空です。手続きパッドで書き出したバックアップファイルを選んでください。',
    },
    err_backup_not_json: {
      message: '手続きパッドのバックアップファイルではありません（JSON 形式ではありません）。',
    },
    err_backup_truncated: {
      message: 'ファイルが途中で切れています。保存やコピーが最後まで終わっているか確かめて、もう一度選んでください。',
    },
    err_backup_foreign: {
      message: '別のアプリのファイルです。手続きパッドで書き出したバックアップファイルを選んでください。',
    },
    err_backup_invalid_profile: {
      message: 'バックアップの中身がプロフィールとして正しくないため、読み込みませんでした。',
    },
    err_vault_unexpected: {
      message: '予期しないエラーのため、処理できませんでした。',
    },
  },
  en: {
    err_vault_wrong_passphrase: {
      message: 'The passphrase is not correct. Check upper and lower case and full-width or half-width characters.',
    },
    err_vault_tampered: {
      message: 'The data has been altered or damaged, so it was not opened. Nothing was loaded.',
    },
    err_vault_malformed: {
      message: 'The data is not in the expected format. The file may be damaged.',
    },
    err_vault_newer_version: {
      message: 'This was made by a newer version of Tetsuzuki Pad. Update the extension and try again.',
    },
    err_vault_empty_passphrase: {
      message: 'Enter a passphrase.',
    },
    err_backup_empty: {
      message: 'The file is empty. Choose a backup file exported from Tetsuzuki Pad.',
    },
    err_backup_not_json: {
      message: 'This is not a Tetsuzuki Pad backup file (it is not JSON).',
    },
    err_backup_truncated: {
      message: 'The file is cut off. Check that saving or copying it finished, then choose it again.',
    },
    err_backup_foreign: {
      message: 'This file belongs to another app. Choose a backup file exported from Tetsuzuki Pad.',
    },
    err_backup_invalid_profile: {
      message: 'The backup does not contain a valid profile, so nothing was loaded.',
    },
    err_vault_unexpected: {
      message: 'An unexpected error stopped the operation.',
    },
  },
};

export function messageOf(error: unknown): VaultMessageKey {
  return isVaultError(error) ? VAULT_MESSAGE_KEYS[error.code] : UNEXPECTED_MESSAGE_KEY;
}
