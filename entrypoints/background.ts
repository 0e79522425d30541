import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forgetReport } from '../lib/background/fill-tab';
import { fillFromShortcut } from '../lib/background/shortcut-fill';
import { handleRequest } from '../lib/background/handle-request';
import { installDemoHooks } from '../lib/demo/hooks';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleRequest(message, sender));

  // The shortcut is a user gesture: it grants activeTab for the current tab, like the toolbar button.
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'fill-page') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await fillFromShortcut(tabId);
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetReport(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetReport(tabId));

  if (import.meta.env.MODE === 'demo') installDemoHooks();
});
