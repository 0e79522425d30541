import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import { seedSampleProfile, tabIdOf } from '../../../scripts/lib/launch-extension';
import type { Driver, Surface } from './driver';

/** Source that calls `fn` with the document and a JSON-serialisable argument. */
export function callSource(fn: Function, arg: unknown, doc = 'document'): string {
  return `(${fn.toString()})(${doc}, ${JSON.stringify(arg ?? null)})`;
}

export function pageSurface(page: Page): Surface {
  return {
    evaluate: (fn, arg) => page.evaluate(callSource(fn, arg)),
    typeInto: async (label, text) => {
      const field = page.getByLabel(label, { exact: true }).first();
      await field.click();
      await field.press('ControlOrMeta+a');
      await field.pressSequentially(text);
      await field.blur();
    },
    close: () => page.close(),
  };
}

/** Skips the calling test with a visible message (a step that depends on browser internals). */
export type Skip = (why: string) => never;

export interface ChromiumDriverOptions {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  skip: Skip;
}

export function chromiumDriver({ context, serviceWorker, extensionId, skip }: ChromiumDriverOptions): Driver {
  const pages = new Map<string, Page>();
  const extensionPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}${path}`);
    return page;
  };
  return {
    browser: 'chromium',
    openPage: async (url) => {
      const page = await context.newPage();
      await page.goto(url);
      pages.set(url, page);
      return pageSurface(page);
    },
    openOptions: async () => pageSurface(await extensionPage('/options.html')),
    popupFor: async (url) => {
      const tabId = await tabIdOf(serviceWorker, url);
      if (!tabId) throw new Error(`chromium: no tab shows ${url}`);
      const popup = await extensionPage(`/popup.html?tabId=${tabId}`);
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
      return pageSurface(popup);
    },
    seedSampleProfile: async () => {
      if (!(await seedSampleProfile(serviceWorker))) throw new Error('chromium: the sample profile was not stored');
    },
    clickToolbar: async (url) => {
      const page = pages.get(url);
      if (!page) throw new Error(`chromium: open ${url} with openPage first`);
      await page.bringToFront();
      const browser = context.browser();
      if (!browser) throw new Error('chromium: no browser-level protocol session for a persistent context');
      const cdp = await browser.newBrowserCDPSession();
      const targets = async () => (await cdp.send('Target.getTargets', { filter: [{}] } as never)).targetInfos;
      const tab = (await targets()).find((t) => t.type === 'tab' && t.url === url);
      if (!tab) throw new Error(`chromium: no tab target shows ${url}`);
      // Extensions.triggerAction is an experimental protocol command (Chromium 1xx+, behind
      // --enable-unsafe-extension-debugging): a browser without it skips, visibly, instead of passing.
      try {
        await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
      } catch (err) {
        if (/wasn't found|not found|Unknown method/i.test(String(err))) skip(`chromium: Extensions.triggerAction is not available here (${String(err)})`);
        throw err;
      }
      const popupUrl = `chrome-extension://${extensionId}/popup.html`;
      let popupTarget: { targetId: string } | undefined;
      for (let i = 0; i < 100 && !popupTarget; i++) {
        popupTarget = (await targets()).find((t) => t.type === 'page' && t.url === popupUrl);
        if (!popupTarget) await new Promise((r) => setTimeout(r, 100));
      }
      if (!popupTarget) throw new Error('chromium: the toolbar click opened no popup');
      return cdpSurface(cdp, await TargetChannel.attach(cdp, popupTarget.targetId));
    },
  };
}

/** A target reached over the browser's protocol session (Playwright does not attach to the action's
 * popup): commands travel as Target.sendMessageToTarget, answers as Target.receivedMessageFromTarget. */
class TargetChannel {
  private next = 1;
  private waiting = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();

  private constructor(
    private cdp: CDPSession,
    readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      const entry = message.id === undefined ? undefined : this.waiting.get(message.id);
      if (!entry) return;
      this.waiting.delete(message.id!);
      if (message.error) entry.fail(new Error(message.error.message));
      else entry.ok(message.result);
    });
  }

  static async attach(cdp: CDPSession, targetId: string): Promise<TargetChannel> {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    return new TargetChannel(cdp, sessionId);
  }

  send<T>(method: string, params: object): Promise<T> {
    const id = this.next++;
    const answer = new Promise<T>((ok, fail) => this.waiting.set(id, { ok: ok as (v: unknown) => void, fail }));
    void this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) });
    return answer;
  }
}

interface EvaluateAnswer {
  result: { value?: unknown };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

function cdpSurface(cdp: CDPSession, channel: TargetChannel): Surface {
  const evaluate = async (expression: string) => {
    const answer = await channel.send<EvaluateAnswer>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (answer.exceptionDetails) throw new Error(`chromium popup: ${answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text}`);
    return answer.result.value;
  };
  return {
    evaluate: async (fn, arg) => (await evaluate(callSource(fn, arg))) as never,
    typeInto: async (label, text) => {
      const focused = await evaluate(
        callSource(
          (doc: Document, l: string) => {
            const target = Array.from(doc.querySelectorAll('label')).find((x) => (x.textContent ?? '').trim() === l);
            const field = target?.control as HTMLInputElement | null | undefined;
            field?.focus();
            field?.select();
            return Boolean(field);
          },
          label,
        ),
      );
      if (!focused) throw new Error(`chromium popup: no field labelled ${label}`);
      for (const ch of text) await channel.send('Input.insertText', { text: ch });
    },
    close: async () => {
      await evaluate('window.close()').catch(() => undefined);
      await cdp.send('Target.detachFromTarget', { sessionId: channel.sessionId }).catch(() => undefined);
    },
  };
}
