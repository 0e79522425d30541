import { browser } from 'wxt/browser';
import { askBackground } from '../../lib/messages';

// The popup asks the background what to show before its view's code is even loaded: the two run
// side by side, and the view draws the answer as soon as both are there.

async function targetTabId(): Promise<number | undefined> {
  // Demo/test builds can aim the popup at a given tab (the tests open the popup as a page).
  if (import.meta.env.MODE === 'demo') {
    const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
    if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const tabId = await targetTabId();
const asked = askBackground({ type: 'popup-open', tabId });
const { startPopup } = await import('./app');
await startPopup(tabId, asked);
