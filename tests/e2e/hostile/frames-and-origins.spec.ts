import type { Frame, Page, Worker } from '@playwright/test';
import { matchUrl } from '../../../lib/match/match-url';
import type { Provider } from '../../../lib/providers/schema';
import {
  ATTACKER,
  clickFill,
  expect,
  OTHER,
  PROVIDER,
  PROVIDER_LABEL,
  problemsFirst,
  reportRows,
  test,
  UI,
  valuesOf,
} from './hostile-fixtures';

// Where the fill may act: only the top document of the exact provider origin and path, and only the
// document it collected from. Frames, framing pages, other ports and hosts, URL tricks and pages that
// navigate between collect and insert get nothing.

const MAPPED = ['#sei', '#mei', '#mail'];

/* eslint-disable @typescript-eslint/no-explicit-any -- the service worker's `chrome` is untyped here */
type SwGlobal = { chrome: any; [key: string]: any };

async function frameAt(page: Page, url: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url() === url), { message: `frame ${url}` }).toBe(true);
  const frame = page.frames().find((f) => f.url() === url)!;
  await frame.locator('#sei').waitFor({ state: 'attached' });
  return frame;
}

async function mappedValues(target: Page | Frame): Promise<string[]> {
  const values: string[] = [];
  for (const selector of MAPPED) values.push(...(await valuesOf(target, selector)));
  return values;
}

interface RefusalFixtures {
  popupForTab: (tabId: number) => Promise<Page>;
  ask: (message: unknown) => Promise<unknown>;
  badgeOf: (tabId: number) => Promise<string>;
}

/** The popup aimed at `tabId` does not offer this page as a provider page, a fill request is refused,
 * pressing the button writes nothing, and no report is kept. */
async function expectNothingFilled(
  { popupForTab, ask, badgeOf }: RefusalFixtures,
  tabId: number,
  opts: { headings: string[]; errors: string[]; fields: () => Promise<string[]> },
): Promise<void> {
  const popup = await popupForTab(tabId);
  const heading = (await popup.locator('.page-name').textContent()) ?? '';
  expect(opts.headings, `popup heading "${heading}"`).toContain(heading);
  await expect(popup.locator('.page-name')).not.toHaveText(PROVIDER_LABEL);

  const answer = (await ask({ type: 'fill', tabId })) as { ok: boolean; error?: string };
  expect(answer.ok).toBe(false);
  expect(opts.errors).toContain(answer.error);

  // The button, when the popup offers it on such a page, fills nothing by itself either.
  const button = popup.getByRole('button', { name: UI.fillButton });
  if (await button.isEnabled()) {
    await button.click();
    await expect(popup.locator('#fill-panel')).not.toHaveAttribute('aria-busy', 'true');
    await popup.waitForTimeout(300);
  }
  const values = await opts.fields();
  expect(values.length).toBeGreaterThan(0);
  expect(values.every((v) => v === ''), `field values ${JSON.stringify(values)}`).toBe(true);
  expect(await ask({ type: 'last-report', tabId })).toEqual({ ok: true, report: null });
  expect(await badgeOf(tabId)).toBe('');
  await popup.close();
}

type Between = { kind: 'navigate'; url: string } | { kind: 'pushState'; path: string } | { kind: 'hide'; selector: string };

interface ScriptCall {
  op: string;
  documentIds: string[] | null;
  answered?: string | null;
  error?: string;
}

/** Makes the page change right after the agent has collected the fields and before the insert is
 * sent: the extension's own `chrome.scripting.executeScript` is wrapped in the service worker so that,
 * once the collect answer is in, the tab navigates (or the page rewrites its URL) and finishes
 * loading. Every call is logged in the worker. */
async function changePageAfterCollect(serviceWorker: Worker, between: Between): Promise<void> {
  await serviceWorker.evaluate((how) => {
    const g = globalThis as unknown as SwGlobal;
    const chrome = g.chrome;
    const original = chrome.scripting.executeScript.bind(chrome.scripting);
    const log: ScriptCall[] = [];
    g.__hostileScriptCalls = log;
    let done = false;
    chrome.scripting.executeScript = async (injection: any, ...rest: unknown[]) => {
      const op: string = injection?.args?.[0]?.op ?? (injection?.files ? 'load-agent' : 'other');
      const entry: ScriptCall = { op, documentIds: injection?.target?.documentIds ?? null };
      log.push(entry);
      let result: any;
      try {
        result = await original(injection, ...rest);
      } catch (err) {
        entry.error = String((err as Error)?.message ?? err);
        throw err;
      }
      entry.answered = result?.[0]?.documentId ?? null;
      // The first collect that the agent answered: asked of a document without the agent, the collect
      // waits there and the agent answers it as it loads ('load-agent'); asked again later, the
      // agent answers at once.
      const answeredCollect = result?.[0]?.result?.ok === true && typeof result[0].result.token === 'string';
      if ((op === 'collect' || op === 'load-agent') && !done && answeredCollect) {
        done = true;
        const tabId: number = injection.target.tabId;
        if (how.kind === 'navigate') {
          await new Promise<void>((resolve) => {
            let loading = false;
            const listener = (id: number, change: { status?: string }) => {
              if (id !== tabId) return;
              if (change.status === 'loading') loading = true;
              if (loading && change.status === 'complete') {
                chrome.tabs.onUpdated.removeListener(listener);
                resolve();
              }
            };
            chrome.tabs.onUpdated.addListener(listener);
            void chrome.tabs.update(tabId, { url: how.url });
          });
        } else if (how.kind === 'pushState') {
          await original({ target: { tabId, frameIds: [0] }, world: 'MAIN', func: (p: string) => history.pushState(null, '', p), args: [how.path] });
        } else {
          await original({
            target: { tabId, frameIds: [0] },
            world: 'MAIN',
            func: (sel: string) => void ((document.querySelector(sel) as HTMLElement).style.opacity = '0'),
            args: [how.selector],
          });
        }
      }
      return result;
    };
  }, between);
}

async function scriptCalls(serviceWorker: Worker): Promise<ScriptCall[]> {
  return serviceWorker.evaluate(() => (globalThis as unknown as SwGlobal).__hostileScriptCalls as ScriptCall[]);
}

test.describe('hostile pages: frames, origins and navigation', () => {
  test.beforeEach(async ({ seedSampleProfile }) => {
    await seedSampleProfile();
  });

  test('4 a cross-origin iframe inside a provider page gets nothing while the top page is filled', async ({ context, tabIdOf, popupForTab }) => {
    const page = await context.newPage();
    await page.goto(`${PROVIDER}/with-iframe`);
    const cross = await frameAt(page, `${ATTACKER}/frame-inputs`);
    const same = await frameAt(page, `${PROVIDER}/frame-inputs`);
    // The frames carry exactly the ids the provider maps.
    for (const frame of [cross, same]) {
      for (const selector of MAPPED) expect(await frame.locator(selector).count(), `${selector} in ${frame.url()}`).toBe(1);
    }

    const popup = await popupForTab(await tabIdOf(page));
    await expect(popup.locator('.page-name')).toHaveText(PROVIDER_LABEL);
    await clickFill(popup);
    expect(await reportRows(popup)).toEqual(problemsFirst([
      { key: 'name.family', outcome: 'filled', reason: null },
      { key: 'name.given', outcome: 'filled', reason: null },
      { key: 'email', outcome: 'filled', reason: null },
    ]));
    expect(await mappedValues(page)).toEqual(['山田', '花子', 'hanako.yamada@example.jp']);

    // Read through page.frames(): neither frame got a value or saw an input event.
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    expect(frames.map((f) => f.url()).sort()).toEqual([`${ATTACKER}/frame-inputs`, `${PROVIDER}/frame-inputs`].sort());
    for (const frame of frames) {
      expect(await mappedValues(frame), frame.url()).toEqual(['', '', '']);
      const probe = await frame.evaluate(() => (window as unknown as { __probe: { events: Record<string, unknown> } }).__probe.events);
      expect(probe, frame.url()).toEqual({});
    }
  });

  test('5 a provider page framed by another origin gets nothing, and the agent refuses to act inside a frame', async ({
    context,
    serviceWorker,
    tabIdOf,
    popupForTab,
    ask,
    badgeOf,
  }) => {
    const page = await context.newPage();
    await page.goto(`${ATTACKER}/embed`);
    const framed = await frameAt(page, `${PROVIDER}/framed`);
    const tabId = await tabIdOf(page);

    // The tab is the attacker's: no provider matches, the popup says so and a fill is refused.
    await expectNothingFilled({ popupForTab, ask, badgeOf }, tabId, {
      headings: [UI.notSupported],
      errors: ['no-provider'],
      fields: () => mappedValues(framed),
    });
    const popup = await popupForTab(tabId);
    await expect(popup.locator('.page-name')).toHaveText(UI.notSupported);
    await expect(popup.locator('.page-detail')).toContainText('127.0.0.1:27821');

    // Even with the agent loaded in every frame of the tab, it refuses to collect or insert inside the
    // framed provider page ('framed'), and on the attacker's top page ('wrong-page').
    const answers = await serviceWorker.evaluate(
      async ({ tabId: id, origin }) => {
        const chrome = (globalThis as unknown as SwGlobal).chrome;
        await chrome.scripting.executeScript({ target: { tabId: id, allFrames: true }, files: ['/page-agent.js'] });
        const expected = { origin, path: '/framed' };
        const requests = [
          { op: 'collect', expected, form: 'form#main', fields: [{ id: 'f0', selectors: ['#sei'] }] },
          { op: 'insert', expected, form: 'form#main', fields: [{ id: 'f0', selector: '#sei', action: { kind: 'text', value: 'X' } }] },
        ];
        const out: { href: string; op: string; answer: unknown }[] = [];
        for (const request of requests) {
          const results = await chrome.scripting.executeScript({
            target: { tabId: id, allFrames: true },
            func: (r: unknown) => ({
              href: location.href,
              answer: (globalThis as unknown as Record<string, (r: unknown) => unknown>).__tetsuzukiPadAgent(r),
            }),
            args: [request],
          });
          for (const r of results) out.push({ href: r.result.href, op: request.op, answer: r.result.answer });
        }
        return out;
      },
      { tabId, origin: PROVIDER },
    );
    const inFrame = answers.filter((a) => a.href === `${PROVIDER}/framed`);
    expect(inFrame).toEqual([
      { href: `${PROVIDER}/framed`, op: 'collect', answer: { ok: false, error: 'framed' } },
      { href: `${PROVIDER}/framed`, op: 'insert', answer: { ok: false, error: 'framed' } },
    ]);
    const onTop = answers.filter((a) => a.href === `${ATTACKER}/embed`);
    expect(onTop.map((a) => a.answer)).toEqual([
      { ok: false, error: 'wrong-page' },
      { ok: false, error: 'wrong-page' },
    ]);
    expect(await mappedValues(framed)).toEqual(['', '', '']);
  });

  test('6a the provider page served on another port is not supported and gets nothing', async ({ context, tabIdOf, popupForTab, ask, badgeOf }) => {
    // Control: the same page on the declared origin is a provider page.
    const genuine = await context.newPage();
    await genuine.goto(`${PROVIDER}/plain`);
    const genuinePopup = await popupForTab(await tabIdOf(genuine));
    await expect(genuinePopup.locator('.page-name')).toHaveText(PROVIDER_LABEL);
    await genuinePopup.close();

    const page = await context.newPage();
    await page.goto(`${OTHER}/plain`);
    expect(await page.locator('#sei').count()).toBe(1);
    const tabId = await tabIdOf(page);
    await expectNothingFilled({ popupForTab, ask, badgeOf }, tabId, {
      headings: [UI.notSupported],
      errors: ['no-provider'],
      fields: () => mappedValues(page),
    });
  });

  test('6b the provider page reached as http://localhost:27820 is not supported and gets nothing', async ({ context, tabIdOf, popupForTab, ask, badgeOf }) => {
    const page = await context.newPage();
    await page.goto(`${ATTACKER}/`);
    const tabId = await tabIdOf(page); // the extension may not see a localhost URL at all; the tab keeps its id
    await page.goto(`http://localhost:${new URL(PROVIDER).port}/plain`);
    expect(await page.locator('#sei').count()).toBe(1);
    await expectNothingFilled({ popupForTab, ask, badgeOf }, tabId, {
      // Without permission for localhost the extension cannot even read the URL ("not a page it can
      // fill"); with it, the origin does not match ("not supported"). Either way: refused.
      headings: [UI.notSupported, UI.notFillable],
      errors: ['no-provider', 'no-tab'],
      fields: () => mappedValues(page),
    });
  });

  test('6c an attacker page naming the provider URL in its query or fragment is not supported and gets nothing', async ({
    context,
    tabIdOf,
    popupForTab,
    ask,
    badgeOf,
  }) => {
    const page = await context.newPage();
    await page.goto(`${ATTACKER}/plain`);
    const tabId = await tabIdOf(page);
    const tricks = [
      `${ATTACKER}/plain?u=${PROVIDER}/plain`,
      `${ATTACKER}/plain?u=${encodeURIComponent(`${PROVIDER}/plain`)}`,
      `${ATTACKER}/plain?redirect=${PROVIDER}/plain#${PROVIDER}/plain`,
      `${ATTACKER}/plain?origin=${encodeURIComponent(PROVIDER)}&path=/plain`,
    ];
    for (const url of tricks) {
      await page.goto(url);
      expect(await page.locator('#sei').count(), url).toBe(1);
      await expectNothingFilled({ popupForTab, ask, badgeOf }, tabId, {
        headings: [UI.notSupported],
        errors: ['no-provider'],
        fields: () => mappedValues(page),
      });
    }
  });

  test('6d lookalike hosts, punycode and homoglyphs, userinfo, other ports and http-for-https never match (matchUrl)', () => {
    const provider: Provider = {
      id: 'example-denki',
      label: { ja: '例でんき' },
      category: 'electricity',
      origins: ['https://www.example.co.jp'],
      updated: '2026-11-27',
      pages: [{ id: 'move', path: '/moving/step1', title: { ja: '転居' }, fields: [{ selector: '#sei', key: 'name.family' }] }],
    };
    const providers = [provider];

    // Controls: the exact page matches, query and fragment aside, host case-insensitively.
    for (const url of [
      'https://www.example.co.jp/moving/step1',
      'https://www.example.co.jp/moving/step1?from=top#form',
      'https://WWW.EXAMPLE.CO.JP/moving/step1',
      'https://www.example.co.jp:443/moving/step1',
    ]) {
      expect(matchUrl(url, providers)?.page.id, url).toBe('move');
    }

    const never = [
      // lookalike and other hosts
      'https://www.example.co.jp.evil.test/moving/step1',
      'https://example.co.jp/moving/step1',
      'https://www-example.co.jp/moving/step1',
      'https://www.example.co.jp.evil.test:443/moving/step1',
      'https://evil.test/www.example.co.jp/moving/step1',
      'https://wwwexample.co.jp/moving/step1',
      'https://www.example.co.jp./moving/step1',
      // punycode and homoglyphs (Cyrillic е, Greek ο, fullwidth-looking dot alternatives)
      'https://www.еxample.co.jp/moving/step1',
      'https://www.examplе.co.jp/moving/step1',
      'https://www.exαmple.co.jp/moving/step1',
      'https://www.xn--xample-2of.co.jp/moving/step1',
      // the provider named in the query, the fragment or the userinfo of another URL
      'https://evil.test/moving/step1?u=https://www.example.co.jp/moving/step1',
      'https://evil.test/?u=https%3A%2F%2Fwww.example.co.jp%2Fmoving%2Fstep1',
      'https://evil.test/moving/step1#https://www.example.co.jp/moving/step1',
      'https://www.example.co.jp@evil.test/moving/step1',
      'https://www.example.co.jp:443@evil.test/moving/step1',
      'https://user:pass@www.example.co.jp/moving/step1',
      // other ports and schemes
      'https://www.example.co.jp:8443/moving/step1',
      'http://www.example.co.jp/moving/step1',
      'http://www.example.co.jp:443/moving/step1',
      'ws://www.example.co.jp/moving/step1',
      // other paths
      'https://www.example.co.jp/moving/step1x',
      'https://www.example.co.jp/moving/step10',
      'https://www.example.co.jp/MOVING/STEP1',
      'https://www.example.co.jp/other/moving/step1',
      // not URLs
      'www.example.co.jp/moving/step1',
      '//www.example.co.jp/moving/step1',
      '',
    ];
    for (const url of never) expect(matchUrl(url, providers), url).toBeNull();
  });

  test('7a a page that navigates to another origin between collect and insert gets nothing (navigated)', async ({
    context,
    serviceWorker,
    tabIdOf,
    popupForTab,
    ask,
    badgeOf,
  }) => {
    const page = await context.newPage();
    await page.goto(`${PROVIDER}/navigate`);
    const tabId = await tabIdOf(page);
    const popup = await popupForTab(tabId);
    await expect(popup.locator('.page-name')).toHaveText(PROVIDER_LABEL);
    await changePageAfterCollect(serviceWorker, { kind: 'navigate', url: `${ATTACKER}/navigate` });

    await clickFill(popup);
    await expect(popup.locator('.fill-result .error')).toHaveText(UI.navigated);
    await page.waitForURL(`${ATTACKER}/navigate`);
    expect(await mappedValues(page)).toEqual(['', '', '']);
    expect(await page.evaluate(() => (window as unknown as { __probe: { events: Record<string, unknown> } }).__probe.events)).toEqual({});

    // The insert was sent pinned to the collected document, and Chrome refused it.
    const calls = await scriptCalls(serviceWorker);
    const collect = calls.find((c) => c.op === 'collect')!;
    const insert = calls.find((c) => c.op === 'insert')!;
    expect(collect.answered).toBeTruthy();
    expect(insert.documentIds).toEqual([collect.answered]);
    expect(insert.error).toBeTruthy();
    expect(await ask({ type: 'last-report', tabId })).toEqual({ ok: true, report: null });
    expect(await badgeOf(tabId)).toBe('');
  });

  test('7b a page reloaded at the same URL between collect and insert gets nothing (navigated)', async ({ context, serviceWorker, tabIdOf, popupForTab, ask }) => {
    const page = await context.newPage();
    await page.goto(`${PROVIDER}/navigate`);
    await page.evaluate(() => ((window as unknown as { __firstDocument: boolean }).__firstDocument = true));
    const tabId = await tabIdOf(page);
    const popup = await popupForTab(tabId);
    await changePageAfterCollect(serviceWorker, { kind: 'navigate', url: `${PROVIDER}/navigate` });

    await clickFill(popup);
    await expect(popup.locator('.fill-result .error')).toHaveText(UI.navigated);
    // A new document at the very same URL: the origin and path checks alone would have let it through.
    expect(page.url()).toBe(`${PROVIDER}/navigate`);
    expect(await page.evaluate(() => (window as unknown as { __firstDocument?: boolean }).__firstDocument)).toBeUndefined();
    expect(await mappedValues(page)).toEqual(['', '', '']);
    const calls = await scriptCalls(serviceWorker);
    expect(calls.find((c) => c.op === 'insert')?.error).toBeTruthy();
    expect(await ask({ type: 'last-report', tabId })).toEqual({ ok: true, report: null });
  });

  test('7c a page that rewrites its URL (history.pushState) between collect and insert gets nothing (navigated)', async ({
    context,
    serviceWorker,
    tabIdOf,
    popupForTab,
    ask,
  }) => {
    const page = await context.newPage();
    await page.goto(`${PROVIDER}/navigate`);
    const tabId = await tabIdOf(page);
    const popup = await popupForTab(tabId);
    await changePageAfterCollect(serviceWorker, { kind: 'pushState', path: '/navigate-elsewhere' });

    await clickFill(popup);
    await expect(popup.locator('.fill-result .error')).toHaveText(UI.navigated);
    expect(page.url()).toBe(`${PROVIDER}/navigate-elsewhere`);
    // Same document, same fields — none written.
    expect(await mappedValues(page)).toEqual(['', '', '']);
    const calls = await scriptCalls(serviceWorker);
    // A first fill asks the tab's document to collect (it has no agent yet: the request waits there),
    // loads the agent into that document (which answers the collect) and inserts into it: both pinned
    // to the document that was asked first.
    expect(calls.map((c) => c.op)).toEqual(['collect', 'load-agent', 'insert']);
    expect(calls[0].documentIds).toBeNull();
    expect(calls[1].documentIds).toEqual([calls[0].answered]);
    expect(calls[2].documentIds).toEqual([calls[0].answered]);
    expect(calls[2].error).toBeUndefined();
    expect(await ask({ type: 'last-report', tabId })).toEqual({ ok: true, report: null });
  });

  test('7d a field the page hides between collect and insert is measured again and skipped (not-visible), the others filled', async ({
    context,
    serviceWorker,
    tabIdOf,
    popupForTab,
  }) => {
    const page = await context.newPage();
    await page.goto(`${PROVIDER}/navigate`);
    const popup = await popupForTab(await tabIdOf(page));
    await expect(popup.locator('.page-name')).toHaveText(PROVIDER_LABEL);
    await changePageAfterCollect(serviceWorker, { kind: 'hide', selector: '#mail' });

    await clickFill(popup);
    await expect(popup.locator('.report')).toBeVisible();
    // Control: the other fields of the same fill are written.
    expect(await mappedValues(page)).toEqual(['山田', '花子', '']);
    await expect(popup.locator('.report-fields li[data-key="email"]')).toHaveAttribute('data-reason', 'not-visible');
  });
});
