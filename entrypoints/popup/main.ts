import { browser } from 'wxt/browser';
import { lockProfile } from '../../lib/vault/protection';
import { vaultState } from '../../lib/vault/profile-store';
import { mountFillPanel } from '../../lib/ui/fill-panel';
import { h, localizePage, t } from '../../lib/ui/i18n';
import { mountProfileEditor } from '../../lib/ui/profile-editor';
import { retentionBanner } from '../../lib/ui/retention-banner';
import { renderUnlockForm } from '../../lib/ui/unlock-form';

async function targetTabId(): Promise<number | undefined> {
  // Demo/test builds can aim the popup at a given tab (the tests open the popup as a page).
  if (import.meta.env.MODE === 'demo') {
    const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
    if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function mountEditorOrUnlock(): Promise<void> {
  const editor = document.getElementById('editor')!;
  const lock = document.getElementById('lock')!;
  const state = await vaultState();
  lock.hidden = state !== 'unlocked';
  if (state === 'locked') {
    editor.replaceChildren(renderUnlockForm(() => void mountEditorOrUnlock()));
    return;
  }
  await mountProfileEditor({ variant: 'popup', container: editor });
}

async function main(): Promise<void> {
  localizePage();
  document.title = t('extName');
  document.getElementById('open-options')!.addEventListener('click', (e) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage();
  });
  const lock = h('button', { type: 'button', id: 'lock', class: 'lock', hidden: true }, t('lockNow'));
  lock.addEventListener('click', async () => {
    await lockProfile();
    await mountEditorOrUnlock();
  });
  document.querySelector('header.bar')!.append(lock);
  const banner = await retentionBanner();
  if (banner) document.querySelector('main')!.prepend(banner);
  const tabId = await targetTabId();
  await Promise.all([mountFillPanel(document.getElementById('fill-panel')!, tabId), mountEditorOrUnlock()]);
  document.body.dataset.ready = 'true';
}

void main();
