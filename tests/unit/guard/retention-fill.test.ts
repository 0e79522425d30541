import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fillTab } from '../../../lib/background/fill-tab';
import { SAMPLE_PROFILE } from '../../../lib/demo/sample-profile';
import { isProfileEmpty } from '../../../lib/profile/schema';
import { clearProfile, closeStore, DB_NAME, loadProfile, saveProfile } from '../../../lib/vault/profile-store';
import { saveSettings } from '../../../lib/vault/settings';

// The deletion day holds in the background too: a fill started by the keyboard shortcut (which goes
// straight to fillTab, without opening any extension page) after that day deletes instead of filling.

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

let tabId: number;

beforeEach(async () => {
  await closeStore();
  await deleteDatabase();
  await clearProfile();
  expect((await saveProfile(structuredClone(SAMPLE_PROFILE))).ok).toBe(true);
  // A page no provider maps: a fill that gets as far as the page answers no-provider.
  tabId = (await fakeBrowser.tabs.create({ url: 'https://www.example.org/form' })).id!;
});

describe('deletion day enforced by the background', () => {
  it('before the day, the profile is kept and the fill goes on (control)', async () => {
    await saveSettings({ deleteOn: '2999-01-01' });
    expect(await fillTab(tabId)).toEqual({ ok: false, error: 'no-provider' });
    expect(isProfileEmpty(await loadProfile())).toBe(false);
  });

  it('on or after the day, a shortcut fill deletes everything and fills nothing', async () => {
    await saveSettings({ deleteOn: '2020-01-01' });
    expect(await fillTab(tabId)).toEqual({ ok: false, error: 'deleted-by-retention' });
    expect(isProfileEmpty(await loadProfile())).toBe(true);
  });
});
