import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VaultError, type VaultErrorCode } from '../../../lib/vault/errors';
import { UNEXPECTED_MESSAGE_KEY, VAULT_MESSAGE_KEYS, messageOf } from '../../../lib/vault/messages';

type Locale = Record<string, { message: string }>;
const locale = (lang: string): Locale =>
  JSON.parse(readFileSync(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Locale;
const pick = (all: Locale, keys: string[]): Locale => Object.fromEntries(keys.filter((k) => k in all).map((k) => [k, all[k]]));
const KEYS = [...Object.values(VAULT_MESSAGE_KEYS), UNEXPECTED_MESSAGE_KEY] as string[];
const VAULT_MESSAGES = { ja: pick(locale('ja'), KEYS), en: pick(locale('en'), KEYS) };

/** The members of the VaultErrorCode union as written in the source, so a new code cannot go without a message. */
function declaredCodes(): string[] {
  const source = readFileSync(new URL('../../../lib/vault/errors.ts', import.meta.url), 'utf8');
  const union = /export type VaultErrorCode =([^;]+);/.exec(source)?.[1] ?? '';
  return [...union.matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

describe('vault messages', () => {
  it('give every error code a key, and every key a Japanese and an English text', () => {
    const codes = declaredCodes();
    expect(codes.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(VAULT_MESSAGE_KEYS).sort()).toEqual([...codes].sort());
    const keys = [...Object.values(VAULT_MESSAGE_KEYS), UNEXPECTED_MESSAGE_KEY].sort();
    for (const locale of [VAULT_MESSAGES.ja, VAULT_MESSAGES.en]) {
      expect(Object.keys(locale).sort()).toEqual(keys);
      for (const entry of Object.values(locale)) expect(entry.message.trim()).not.toBe('');
    }
  });

  it('write Japanese in Japanese and English in English', () => {
    for (const entry of Object.values(VAULT_MESSAGES.ja)) expect(entry.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    for (const entry of Object.values(VAULT_MESSAGES.en)) expect(entry.message).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('use keys that _locales accepts', () => {
    for (const key of Object.keys(VAULT_MESSAGES.ja)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('map errors to keys', () => {
    const code: VaultErrorCode = 'truncated';
    expect(messageOf(new VaultError(code))).toBe('err_backup_truncated');
    expect(messageOf(new VaultError('wrong-passphrase'))).toBe('err_vault_wrong_passphrase');
    expect(messageOf(new Error('boom'))).toBe('err_vault_unexpected');
    expect(messageOf('a string')).toBe('err_vault_unexpected');
  });
});
