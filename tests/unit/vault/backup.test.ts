import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PROFILE } from '../../../lib/demo/sample-profile';
import { emptyProfile, parseProfile, type Profile } from '../../../lib/profile/schema';
import { BACKUP_FORMAT, MAX_BACKUP_BYTES, backupFileName, checkBackupSize, exportBackup, readBackup, type BackupFile } from '../../../lib/vault/backup';
import { PBKDF2_ITERATIONS, sealWithPassphrase } from '../../../lib/vault/crypto';
import { messageOf } from '../../../lib/vault/messages';
import { deepFreeze, flipByte, vaultErrorOf } from './helpers';

const PASSPHRASE = '書き出し用 パスフレーズ 7';
const FAST = { iterations: 1_000 };
const NOW = new Date('2026-12-21T03:04:05.000Z');

function profileOf(input: unknown): Profile {
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error(`fixture does not validate: ${JSON.stringify(parsed.issues)}`);
  return parsed.profile;
}

function fixtureText(name: string): string {
  return readFileSync(new URL(`../../fixtures/vault/${name}`, import.meta.url), 'utf8');
}

const SAMPLE = profileOf(SAMPLE_PROFILE);
const V1 = profileOf(JSON.parse(fixtureText('profile-v1.json')));

describe('export and import', () => {
  let text: string;
  beforeAll(async () => {
    text = await exportBackup({ profile: SAMPLE }, PASSPHRASE, { now: NOW });
  });

  it('writes the tagged, versioned file with the envelope at the default iteration count', () => {
    const file = JSON.parse(text) as BackupFile;
    expect(file).toMatchObject({ format: BACKUP_FORMAT, version: 1, createdAt: NOW.toISOString() });
    expect(file.envelope.kdf.iterations).toBe(PBKDF2_ITERATIONS);
    expect(Object.keys(file)).toEqual(['format', 'version', 'createdAt', 'envelope']);
    for (const value of ['山田', 'HANAKO', '1600022', 'hanako.yamada']) expect(text).not.toContain(value);
  });

  it('reads it back with a preview against the current data, which it leaves untouched', async () => {
    const current = deepFreeze(structuredClone(V1));
    const result = await readBackup(text, PASSPHRASE, current);
    expect(current).toEqual(V1);
    expect(result.data).toEqual({ schemaVersion: 1, profile: SAMPLE });
    expect(result.createdAt).toBe(NOW.toISOString());
    expect(result.migration).toEqual({ from: 1, to: 1, notes: [], unplaced: [] });
    expect(result.preview).toEqual(
      expect.arrayContaining([
        { path: 'name.family', change: 'changed' },
        { path: 'phoneAlt', change: 'added' },
        { path: 'oldAddress.postalCode', change: 'changed' },
        { path: 'newAddress.buildingName', change: 'removed' },
        { path: 'household.0.relationship', change: 'changed' },
        { path: 'newAddress.room', change: 'removed' },
        { path: 'providers.demo-gas.customerNumber', change: 'added' },
        { path: 'move.date', change: 'changed' },
      ]),
    );
    expect(result.preview.map((c) => c.path)).not.toContain('updatedAt');
  });

  it('reads the stored version 1 backup sample', async () => {
    const result = await readBackup(fixtureText('backup-v1.json'), 'さくら 並木 の 春 2027', emptyProfile());
    expect(result.data.profile).toEqual(V1);
    expect(result.createdAt).toBe('2027-02-11T09:00:00.000Z');
    expect(result.preview.every((c) => c.change === 'added')).toBe(true);
    expect(result.preview).toContainEqual({ path: 'providers.demo-denki.supplyPointId', change: 'added' });
  });

  it('refuses to export a profile that does not validate', async () => {
    const error = await vaultErrorOf(exportBackup({ profile: { ...SAMPLE, email: 'not-an-email' } }, PASSPHRASE, FAST));
    expect(error.code).toBe('invalid-profile');
    expect(error.issues).toEqual([{ path: 'email', message: 'err_email' }]);
  });

  it('names the file after the local day', () => {
    expect(backupFileName(new Date(2026, 11, 20, 23, 59))).toBe('tetsuzuki-pad-backup-2026-12-20.json');
  });
});

describe('files it refuses', () => {
  let good: string;
  let goodFile: BackupFile;

  async function withPayload(payload: unknown): Promise<string> {
    const envelope = await sealWithPassphrase(payload, PASSPHRASE, FAST);
    return JSON.stringify({ ...goodFile, envelope });
  }

  beforeAll(async () => {
    good = await exportBackup({ profile: SAMPLE }, PASSPHRASE, { ...FAST, now: NOW });
    goodFile = JSON.parse(good) as BackupFile;
  });

  const cases: [string, () => string | Promise<string>, string, string][] = [
    ['an empty file', () => '', 'empty-file', 'err_backup_empty'],
    ['a file of blank lines', () => '\n  \n', 'empty-file', 'err_backup_empty'],
    ['a file cut off halfway', () => good.slice(0, Math.floor(good.length / 2)), 'truncated', 'err_backup_truncated'],
    ['a file cut off inside the last string', () => good.slice(0, good.lastIndexOf('"') - 3), 'truncated', 'err_backup_truncated'],
    ['plain text', () => '手続きパッドのバックアップ', 'not-json', 'err_backup_not_json'],
    ['HTML', () => '<!doctype html><title>x</title>', 'not-json', 'err_backup_not_json'],
    ['JSON of another app', () => JSON.stringify({ format: 'other-app-export', version: 1, items: [] }), 'foreign-file', 'err_backup_foreign'],
    ['JSON without a format tag', () => JSON.stringify({ name: '山田 花子' }), 'foreign-file', 'err_backup_foreign'],
    ['a JSON array', () => '[1, 2, 3]', 'foreign-file', 'err_backup_foreign'],
    ['a valid backup padded past the size limit', () => good.replace('{', `{ "pad": "${'x'.repeat(MAX_BACKUP_BYTES)}",`), 'too-large', 'err_backup_too_large'],
    ['version 99', () => JSON.stringify({ ...goodFile, version: 99 }), 'unsupported-version', 'err_vault_newer_version'],
    ['an envelope from a newer version', () => JSON.stringify({ ...goodFile, envelope: { ...goodFile.envelope, v: 2 } }), 'unsupported-version', 'err_vault_newer_version'],
    ['no envelope', () => JSON.stringify({ format: BACKUP_FORMAT, version: 1, createdAt: NOW.toISOString() }), 'malformed', 'err_vault_malformed'],
    ['a damaged envelope', () => JSON.stringify({ ...goodFile, envelope: { ...goodFile.envelope, data: 'not base64!' } }), 'malformed', 'err_vault_malformed'],
    ['altered ciphertext', () => JSON.stringify({ ...goodFile, envelope: { ...goodFile.envelope, data: flipByte(goodFile.envelope.data, 10) } }), 'tampered', 'err_vault_tampered'],
    ['an altered creation date', () => JSON.stringify({ ...goodFile, createdAt: '2020-01-01T00:00:00.000Z' }), 'tampered', 'err_vault_tampered'],
    ['a payload that is no profile', () => withPayload({ schemaVersion: 1, profile: { ...SAMPLE, phone: 'abc' }, createdAt: NOW.toISOString() }), 'invalid-profile', 'err_backup_invalid_profile'],
    ['a payload of text', () => withPayload('hello'), 'invalid-profile', 'err_backup_invalid_profile'],
    ['a payload from a newer schema', () => withPayload({ schemaVersion: 2, profile: { schemaVersion: 2 }, createdAt: NOW.toISOString() }), 'unsupported-version', 'err_vault_newer_version'],
  ];

  it.each(cases)('%s', async (_, makeText, code, key) => {
    const current = deepFreeze(structuredClone(V1));
    const error = await vaultErrorOf(readBackup(await makeText(), PASSPHRASE, current));
    expect(error.code).toBe(code);
    expect(messageOf(error)).toBe(key);
    expect(current).toEqual(V1);
  });

  it('a file is refused as too large by its size, before it is read, and not as another app\'s file', () => {
    expect(() => checkBackupSize(MAX_BACKUP_BYTES)).not.toThrow();
    let error: unknown;
    try {
      checkBackupSize(MAX_BACKUP_BYTES + 1);
    } catch (err) {
      error = err;
    }
    expect(messageOf(error)).toBe('err_backup_too_large');
  });

  it('a wrong passphrase', async () => {
    const current = deepFreeze(structuredClone(V1));
    const error = await vaultErrorOf(readBackup(good, '書き出し用 パスフレーズ 8', current));
    expect(error.code).toBe('wrong-passphrase');
    expect(messageOf(error)).toBe('err_vault_wrong_passphrase');
    expect(current).toEqual(V1);
  });

  it('an invalid payload names the paths that failed, never their values', async () => {
    const text = await withPayload({ schemaVersion: 1, profile: { ...SAMPLE, phone: 'abc' }, createdAt: NOW.toISOString() });
    const error = await vaultErrorOf(readBackup(text, PASSPHRASE, emptyProfile()));
    expect(error.issues).toEqual([{ path: 'phone', message: 'err_phone' }]);
    expect(JSON.stringify(error.issues)).not.toContain('abc');
  });
});
