import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_PROFILE } from '../../../lib/demo/sample-profile';
import { changePassphrase, deleteEverything, disableProtection, enableProtection, lockProfile, unlockProfile } from '../../../lib/vault/protection';
import { closeStore, DB_NAME, ProfileLockedError, saveProfile } from '../../../lib/vault/profile-store';
import { loadProcedureRecord, PROCEDURES_ID, updateProcedureRecord } from '../../../lib/vault/procedure-store';
import { db } from '../../../lib/storage/db';

const PASS = 'correct horse 電池 staple';

async function resetDb(): Promise<void> {
  await closeStore();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

beforeEach(resetDb);
afterEach(resetDb);

const mark = (receiptNumber: string) =>
  updateProcedureRecord((r) => ({ ...r, states: { ...r.states, tennyu: { status: 'done', doneOn: '2026-12-21', receiptNumber } } }));

describe('the checklist record', () => {
  it('starts empty, keeps changes, and runs concurrent updates one after another', async () => {
    expect((await loadProcedureRecord()).states).toEqual({});
    await Promise.all([mark('A-1'), updateProcedureRecord((r) => ({ ...r, picked: { electricity: true } }))]);
    const r = await loadProcedureRecord();
    expect(r.states.tennyu.receiptNumber).toBe('A-1');
    expect(r.picked).toEqual({ electricity: true });
  });

  it('keeps an unreadable record aside instead of overwriting it', async () => {
    await (await db()).put('profile', { version: 1, purpose: 'weather' }, PROCEDURES_ID);
    expect((await loadProcedureRecord()).purpose).toBe('move');
    await updateProcedureRecord((r) => r);
    const keys = (await (await db()).getAllKeys('profile')).map(String);
    const aside = keys.find((k) => k.startsWith('procedures-unreadable-'));
    expect(aside).toBeDefined();
    expect(await (await db()).get('profile', aside!)).toEqual({ version: 1, purpose: 'weather' });
  });

  it('is sealed with the vault, survives a passphrase change and turning protection off', async () => {
    await saveProfile(SAMPLE_PROFILE);
    await mark('B-2');
    await enableProtection(PASS);
    const sealed = await (await db()).get('profile', PROCEDURES_ID);
    expect(JSON.stringify(sealed)).not.toContain('B-2');
    expect((await loadProcedureRecord()).states.tennyu.receiptNumber).toBe('B-2');
    await lockProfile();
    await expect(loadProcedureRecord()).rejects.toBeInstanceOf(ProfileLockedError);
    await unlockProfile(PASS);
    await changePassphrase(PASS, `${PASS} 2`);
    expect((await loadProcedureRecord()).states.tennyu.receiptNumber).toBe('B-2');
    await disableProtection(`${PASS} 2`);
    expect(JSON.stringify(await (await db()).get('profile', PROCEDURES_ID))).toContain('B-2');
  }, 60_000);

  it('goes with 「すべて削除」', async () => {
    await mark('C-3');
    await deleteEverything();
    expect((await loadProcedureRecord()).states).toEqual({});
  });
});
