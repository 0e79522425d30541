import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleRequest, isTrustedSender } from '../../../lib/background/handle-request';

type Sender = Browser.runtime.MessageSender;

const OWN_ID = fakeBrowser.runtime.id;
const OWN_BASE = fakeBrowser.runtime.getURL('/');

const popup: Sender = { id: OWN_ID, url: `${OWN_BASE}popup.html` };
const options: Sender = { id: OWN_ID, url: `${OWN_BASE}options.html#providers`, tab: { id: 3 } as Browser.tabs.Tab };

const untrusted: [string, Sender][] = [
  ['a content script on a web page', { id: OWN_ID, url: 'http://127.0.0.1:27811/moving/step1', tab: { id: 1 } as Browser.tabs.Tab, frameId: 0 }],
  ['a content script in a frame', { id: OWN_ID, url: 'https://evil.test/frame.html', frameId: 4 }],
  ['another extension', { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' }],
  ['another extension claiming our page URL', { id: 'other-extension', url: `${OWN_BASE}popup.html` }],
  ['our id without a URL', { id: OWN_ID }],
  ['a URL without an id', { url: `${OWN_BASE}popup.html` }],
  ['a lookalike extension origin', { id: OWN_ID, url: `chrome-extension://${OWN_ID}.evil.test/popup.html` }],
  ['a web page carrying our URL in its query', { id: OWN_ID, url: `https://evil.test/?next=${OWN_BASE}popup.html` }],
  ['an empty sender', {}],
];

describe('the fake browser the checks rely on', () => {
  it('has a non-empty extension id and an extension base URL', () => {
    expect(OWN_ID).toBe('test-extension-id');
    expect(OWN_BASE).toBe('chrome-extension://test-extension-id/');
  });
});

describe('isTrustedSender', () => {
  it('trusts the extension popup and options page', () => {
    expect(isTrustedSender(popup)).toBe(true);
    expect(isTrustedSender(options)).toBe(true);
  });

  it.each(untrusted)('refuses %s', (_label, sender) => {
    expect(isTrustedSender(sender)).toBe(false);
  });
});

describe('handleRequest', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(untrusted)('answers %s with refused and touches nothing', async (_label, sender) => {
    const tabsGet = vi.spyOn(fakeBrowser.tabs, 'get');
    const sessionGet = vi.spyOn(fakeBrowser.storage.session, 'get');
    for (const message of [{ type: 'fill', tabId: 1 }, { type: 'last-report', tabId: 1 }, { type: 'popup-open', tabId: 1 }]) {
      expect(await handleRequest(message, sender)).toEqual({ ok: false, error: 'refused' });
    }
    expect(tabsGet).not.toHaveBeenCalled();
    expect(sessionGet).not.toHaveBeenCalled();
  });

  it('refuses an untrusted sender before looking at the message', async () => {
    expect(await handleRequest('garbage', untrusted[0][1])).toEqual({ ok: false, error: 'refused' });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'fill'],
    ['an empty object', {}],
    ['an unknown type', { type: 'read-profile', tabId: 1 }],
    ['a missing tab id', { type: 'fill' }],
    ['a negative tab id', { type: 'fill', tabId: -1 }],
    ['a fractional tab id', { type: 'popup-open', tabId: 1.5 }],
    ['a string tab id', { type: 'last-report', tabId: '1' }],
  ])('answers %s from a trusted page with bad-request', async (_label, message) => {
    expect(await handleRequest(message, popup)).toEqual({ ok: false, error: 'bad-request' });
  });

  it('answers a well-formed request from the popup', async () => {
    expect(await handleRequest({ type: 'last-report', tabId: 7 }, popup)).toEqual({ ok: true, report: null });
  });

  it('returns the stored report of a tab', async () => {
    const report = {
      providerId: 'demo-gas',
      providerLabel: 'でもガス',
      pageTitle: '開始',
      url: 'http://127.0.0.1:27812/kaishi',
      at: '2026-12-04T10:00:00.000Z',
      fields: [{ id: 'f0', key: 'phone', part: 1, outcome: 'filled' }],
      counts: { filled: 1, skipped: 0, 'not-found': 0 },
      leftEmpty: [],
    };
    await fakeBrowser.storage.session.set({ 'tp:report:7': report });
    expect(await handleRequest({ type: 'last-report', tabId: 7 }, options)).toEqual({ ok: true, report });
  });

  it('reads a stored report that does not validate as no report', async () => {
    await fakeBrowser.storage.session.set({ 'tp:report:7': { providerId: 'demo-gas', fields: [], counts: { filled: 0 } } });
    expect(await handleRequest({ type: 'last-report', tabId: 7 }, options)).toEqual({ ok: true, report: null });
  });

  it('does not fill a tab that does not exist or is on no provider page', async () => {
    expect(await handleRequest({ type: 'fill', tabId: 4242 }, popup)).toEqual({ ok: false, error: 'no-tab' });
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.example.co.jp/moving' });
    expect(await handleRequest({ type: 'fill', tabId: tab.id! }, popup)).toEqual({ ok: false, error: 'no-provider' });
  });

  it('describes a tab that does not exist as unsupported', async () => {
    expect(await handleRequest({ type: 'popup-open', tabId: 4242 }, popup)).toEqual({
      ok: true,
      status: { kind: 'unsupported', reason: 'no-page' },
      retention: { kind: 'none' },
      vault: 'off',
      profile: 'none',
    });
    expect(await handleRequest({ type: 'popup-open' }, popup)).toMatchObject({ ok: true, status: { kind: 'unsupported', reason: 'no-page' } });
  });

  it('says why a tab is unsupported: a browser page, an extension store', async () => {
    for (const [url, reason] of [
      ['chrome://settings/', 'browser-page'],
      ['about:blank', 'browser-page'],
      ['https://chromewebstore.google.com/detail/abc', 'store'],
      ['https://addons.mozilla.org/ja/firefox/', 'store'],
    ] as const) {
      const tab = await fakeBrowser.tabs.create({ url });
      expect(await handleRequest({ type: 'popup-open', tabId: tab.id! }, popup)).toMatchObject({ ok: true, status: { kind: 'unsupported', reason } });
    }
    // Control: an ordinary page of the same store's domain family is a page like any other.
    const page = await fakeBrowser.tabs.create({ url: 'https://www.google.com/search?q=a' });
    expect(await handleRequest({ type: 'popup-open', tabId: page.id! }, popup)).toMatchObject({ ok: true, status: { kind: 'none' } });
  });

  it('describes a tab on a demo provider page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1:27812/kaishi?x=1' });
    expect(await handleRequest({ type: 'popup-open', tabId: tab.id! }, popup)).toMatchObject({
      ok: true,
      status: expect.objectContaining({ kind: 'provider', providerId: 'demo-gas', step: 1, steps: 1 }),
    });
  });
});
