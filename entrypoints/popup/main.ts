import { browser } from 'wxt/browser';
import { mountFillPanel } from '../../lib/ui/fill-panel';
import { localizePage, t } from '../../lib/ui/i18n';
import { mountProfileEditor } from '../../lib/ui/profile-editor';

async function targetTabId(): Promise<number | undefined> {
  // Demo/test builds can aim the popup at a given tab (the tests open the popup as a page).
  if (import.meta.env.MODE === 'demo') {
    const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
    if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function main(): Promise<void> {
  localizePage();
  document.title = t('extName');
  document.getElementById('open-options')!.addEventListener('click', (e) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage();
  });
  const tabId = await targetTabId();
  await Promise.all([
    mountFillPanel(document.getElementById('fill-panel')!, tabId),
    mountProfileEditor({ variant: 'popup', container: document.getElementById('editor')! }),
  ]);
  document.body.dataset.ready = 'true';
}

void main();
