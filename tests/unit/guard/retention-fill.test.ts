import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fillTab } from '../../../lib/background/fill-tab';
import { SAMPLE_PROFILE } from '../../../lib/demo/sample-profile';
import { isProfileEmpty } from '../../../lib/profile/schema';
import { clearProfile, closeStore, DB_NAME, loadProfile, saveProfile } from '../../../lib/vault/profile-store';
import { saveSettings } from '../../../lib/vault/settings';
import { fillFromShortcut } from '../../../lib/background/shortcut-fill';
import { enableProtection, lockProfile } from '../../../lib/vault/protection';
import { vaultState } from '../../../lib/vault/profile-store';
import { JA, recordingGetMessage } from '../spine/locales';

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

describe('deletion day on a keyboard-shortcut fill', () => {
  beforeEach(() => {
    fakeBrowser.i18n.getMessage = recordingGetMessage(new Set()) as typeof fakeBrowser.i18n.getMessage;
  });

  it('before the day, a shortcut fill deletes nothing and the button says nothing was deleted (control)', async () => {
    await saveSettings({ deleteOn: '2999-01-01' });
    await fillFromShortcut(tabId);
    expect(isProfileEmpty(await loadProfile())).toBe(false);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('!');
  });

  it('after the day, deletes while the vault is locked and says so on the button, without values', async () => {
    await enableProtection('a passphrase');
    await lockProfile();
    await saveSettings({ deleteOn: '2020-01-01' });
    await fillFromShortcut(tabId);
    expect(await vaultState()).toBe('off');
    expect(isProfileEmpty(await loadProfile())).toBe(true);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe(JA.badgeDeleted.message);
    const title = await fakeBrowser.action.getTitle({ tabId });
    expect(title).toBe(JA.actionTitleDeleted.message);
    expect(title).not.toContain('山田');
  });
});
