import type { Page } from '@playwright/test';
import { requestSchema } from '../../../lib/messages/schemas';
import { clickFill, expect, PROVIDER, PROVIDER_LABEL, test, valuesOf } from './hostile-fixtures';

// Page scripts (the page's main world) and content contexts (an isolated world in the page) can
// neither start a fill nor read anything from the extension: only the extension's own pages are
// answered by the background.

/* eslint-disable @typescript-eslint/no-explicit-any -- the service worker's and page's `chrome` are untyped here */

/** Every request type the background understands (lib/messages/schemas.ts), read from the schema itself. */
const MESSAGE_TYPES: string[] = requestSchema.options.map((o) => String(o.shape.type.value));

/** A well-formed message of every type for `tabId`, plus a few the background does not know. */
function messagesFor(tabId: number): Record<string, unknown>[] {
  const guessed = [{ selector: '#sei', key: 'name.family', fill: true, corrected: false }];
  return [
    ...MESSAGE_TYPES.map((type) => ({ type, tabId, fields: guessed })),
    { type: 'get-profile', tabId },
    { type: 'seed-sample-profile' },
    { op: 'insert', expected: { origin: PROVIDER, path: '/plain' }, fields: [{ id: 'f0', selector: '#sei', action: { kind: 'text', value: 'X' } }] },
  ];
}

async function mappedValues(page: Page): Promise<string[]> {
  return [...(await valuesOf(page, '#sei')), ...(await valuesOf(page, '#mei')), ...(await valuesOf(page, '#mail'))];
}

test.describe('hostile pages: page scripts and content contexts', () => {
  test.beforeEach(async ({ seedSampleProfile }) => {
    await seedSampleProfile();
  });

  test('8a page scripts cannot start a fill: postMessage, CustomEvents, synthetic clicks and keys, chrome.runtime with the extension id', async ({
    context,
    extensionId,
    tabIdOf,
    popupForTab,
    ask,
    badgeOf,
  }) => {
    expect(MESSAGE_TYPES).toEqual(expect.arrayContaining(['popup-open', 'fill', 'last-report']));
    const page = await context.newPage();
    await page.goto(`${PROVIDER}/plain`);
    const tabId = await tabIdOf(page);
    const messages = messagesFor(tabId);

    // page.evaluate runs in the page's main world, exactly where the page's own scripts run.
    const attempts = await page.evaluate(
      async ({ id, msgs }) => {
        document.addEventListener('submit', (e) => e.preventDefault(), true);
        let sent = 0;
        for (const m of msgs) {
          window.postMessage(m, '*');
          window.postMessage(JSON.stringify(m), '*');
          sent += 2;
        }
        for (const name of ['fill', 'fill-page', 'tetsuzuki-pad:fill', 'tetsuzukiPad', '__tetsuzukiPadAgent', '__tetsuzukiPadRecogniser', 'message']) {
          for (const m of msgs) {
            document.dispatchEvent(new CustomEvent(name, { detail: m, bubbles: true }));
            window.dispatchEvent(new CustomEvent(name, { detail: m }));
            sent += 2;
          }
        }
        // The keyboard shortcuts (Alt+Shift+F fill, Alt+Shift+P popup), as synthetic events.
        for (const target of [document, document.body, document.getElementById('sei')!]) {
          for (const key of ['F', 'P']) {
            for (const type of ['keydown', 'keyup']) {
              target.dispatchEvent(new KeyboardEvent(type, { key, code: `Key${key}`, altKey: true, shiftKey: true, bubbles: true }));
              sent += 1;
            }
          }
        }
        // A synthetic click on every element of the page.
        document.querySelectorAll<HTMLElement>('*').forEach((el) => {
          el.click();
          sent += 1;
        });
        // chrome.runtime from the page, addressed to the extension by id.
        const runtime = (window as any).chrome?.runtime;
        const runtimeResults: unknown[] = [];
        if (!runtime || typeof runtime.sendMessage !== 'function') {
          runtimeResults.push('unreachable');
        } else {
          for (const m of msgs) {
            try {
              const answer = await Promise.race([runtime.sendMessage(id, m), new Promise((ok) => setTimeout(() => ok('timeout'), 1000))]);
              runtimeResults.push(answer === 'timeout' ? 'timeout' : { answered: answer });
            } catch {
              runtimeResults.push('error');
            }
          }
        }
        return { sent, runtimeResults, agentInPage: '__tetsuzukiPadAgent' in window };
      },
      { id: extensionId, msgs: messages },
    );
    expect(attempts.sent).toBeGreaterThan(messages.length * 10);
    expect(attempts.agentInPage).toBe(false);
    expect(attempts.runtimeResults.length).toBeGreaterThan(0);
    expect(attempts.runtimeResults.filter((r) => typeof r === 'object'), 'answers the page received').toEqual([]);

    await page.waitForTimeout(1000);
    expect(page.url()).toBe(`${PROVIDER}/plain`);
    expect(await mappedValues(page)).toEqual(['', '', '']);
    expect(await ask({ type: 'last-report', tabId })).toEqual({ ok: true, report: null });
    expect(await badgeOf(tabId)).toBe('');
    const popup = await popupForTab(tabId);
    await expect(popup.locator('.page-name')).toHaveText(PROVIDER_LABEL);
    await expect(popup.locator('.report')).toHaveCount(0);
  });

  test('8b a content context (isolated world in the page) gets "refused" for every message type and cannot read session storage', async ({
    context,
    serviceWorker,
    tabIdOf,
    ask,
    badgeOf,
  }) => {
    const page = await context.newPage();
    await page.goto(`${PROVIDER}/plain`);
    const tabId = await tabIdOf(page);
    const messages = messagesFor(tabId);

    // Control: the same background answers the extension's own pages.
    const status = (await ask({ type: 'popup-open', tabId })) as { ok: boolean; status: { kind: string } };
    expect(status).toMatchObject({ ok: true, status: { kind: 'provider' } });

    const fromContent = await serviceWorker.evaluate(
      async ({ id, msgs }) => {
        const chrome = (globalThis as any).chrome;
        const [injected] = await chrome.scripting.executeScript({
          target: { tabId: id, frameIds: [0] },
          world: 'ISOLATED',
          func: async (all: unknown[]) => {
            const api = (globalThis as any).chrome;
            const answers: unknown[] = [];
            for (const m of all) {
              try {
                answers.push(await api.runtime.sendMessage(m));
              } catch (err) {
                answers.push({ thrown: String(err) });
              }
            }
            let session: string;
            try {
              if (!api.storage?.session?.get) session = 'unavailable';
              else {
                await api.storage.session.get(null);
                session = 'readable';
              }
            } catch {
              session = 'refused';
            }
            return { answers, session, extensionUrl: location.href };
          },
          args: [msgs],
        });
        return injected.result as { answers: unknown[]; session: string; extensionUrl: string };
      },
      { id: tabId, msgs: messages },
    );
    expect(fromContent.extensionUrl).toBe(`${PROVIDER}/plain`);
    expect(fromContent.answers).toEqual(messages.map(() => ({ ok: false, error: 'refused' })));
    expect(['unavailable', 'refused']).toContain(fromContent.session);

    await page.waitForTimeout(500);
    expect(await mappedValues(page)).toEqual(['', '', '']);
    expect(await ask({ type: 'last-report', tabId })).toEqual({ ok: true, report: null });
    expect(await badgeOf(tabId)).toBe('');
  });

  test('8c after a fill, page scripts can reach neither the agent nor any profile value the page was not given', async ({
    context,
    serviceWorker,
    tabIdOf,
    popupForTab,
  }) => {
    const page = await context.newPage();
    await page.goto(`${PROVIDER}/plain`);
    const tabId = await tabIdOf(page);
    const globalsBefore = await page.evaluate(() => Object.getOwnPropertyNames(window));
    const popup = await popupForTab(tabId);
    await clickFill(popup);
    expect(await mappedValues(page)).toEqual(['山田', '花子', 'hanako.yamada@example.jp']);

    // The agent is there, in the extension's isolated world…
    const inIsolatedWorld = await serviceWorker.evaluate(async (id) => {
      const chrome = (globalThis as any).chrome;
      const [r] = await chrome.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, func: () => typeof (globalThis as any).__tetsuzukiPadAgent });
      return r.result as string;
    }, tabId);
    expect(inIsolatedWorld).toBe('function');

    // …and invisible to the page's own scripts, which also hold no other profile value.
    const seen = await page.evaluate((before) => ({
      agent: typeof (window as any).__tetsuzukiPadAgent,
      globals: Object.getOwnPropertyNames(window).filter((n) => !before.includes(n)),
      text: document.documentElement.outerHTML + Array.from(document.querySelectorAll('input')).map((i) => i.value).join('|'),
    }), globalsBefore);
    expect(seen.agent).toBe('undefined');
    expect(seen.globals, 'globals the fill added to the page').toEqual([]);
    for (const value of ['09012345678', '090-1234-5678', '1600022', '160-0022', 'サンプルマンション101', '1990', 'ヤマダ', '梅田', '新宿']) {
      expect(seen.text, value).not.toContain(value);
    }
  });
});
