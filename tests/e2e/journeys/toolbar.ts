import { expect } from '@playwright/test';
import type { DemoServers } from '../../../scripts/lib/demo-server';
import { UNMAPPED_SITE } from '../../../scripts/lib/demo-sites';
import { fieldValue, probeOf, type Driver, type Surface } from './driver';
import { enterProfileInOptions, expectTypedProfileOn, whenReady } from './options-entry';
import { confirmGuesses, UNMAPPED_URL } from './unmapped-page';

const ORIGIN = `http://127.0.0.1:${UNMAPPED_SITE.port}`;

/** Before any click: the page shows no trace of the extension (no event reached its fields, nothing
 * outlined, no style sheet adopted), and from an extension page the origin is not granted and no
 * tab takes a script. */
async function expectUntouched(d: Driver, page: Surface): Promise<void> {
  const b = d.browser;
  const traces = await page.evaluate(
    (doc) => ({
      events: Object.keys((doc.defaultView as unknown as { __probe: { events: object } }).__probe.events),
      outlined: Array.from(doc.querySelectorAll('input, select, textarea')).filter((el) => getComputedStyle(el).outlineStyle !== 'none').length,
      adopted: doc.adoptedStyleSheets.length,
    }),
    null,
  );
  expect(traces, `${b}: no script of the extension ran on the page`).toEqual({ events: [], outlined: 0, adopted: 0 });

  const extension = await d.openOptions();
  await whenReady(d, extension, 'an extension page');
  const access = await extension.evaluate(async (doc, origin) => {
    type Api = {
      permissions: { contains(p: object): Promise<boolean> };
      tabs: { query(q: object): Promise<{ id?: number }[]>; getCurrent(): Promise<{ id?: number } | undefined> };
      scripting: { executeScript(i: object): Promise<unknown> };
    };
    const g = doc.defaultView as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome)!;
    const self = (await api.tabs.getCurrent())?.id;
    const tabs = (await api.tabs.query({})).filter((t) => t.id !== undefined && t.id !== self);
    const ran: number[] = [];
    for (const tab of tabs) {
      try {
        await api.scripting.executeScript({ target: { tabId: tab.id }, func: () => 1 });
        ran.push(tab.id!);
      } catch {
        // Refused, as it should be without a grant.
      }
    }
    return { granted: await api.permissions.contains({ origins: [`${origin}/*`] }), tabs: tabs.length, ran };
  }, ORIGIN);
  expect(access.granted, `${b}: permissions.contains(${ORIGIN}) before the click`).toBe(false);
  expect(access.tabs, `${b}: tabs tried`).toBeGreaterThan(0);
  expect(access.ran, `${b}: tabs where a script could run before the click`).toEqual([]);
  await extension.close();
}

/** The production build on a page no provider maps, driven through the real toolbar button: before
 * the click the extension cannot touch the page; the click opens the popup for that tab, and the
 * guessed fill works with the activeTab grant alone, after confirmation, without submitting. */
export async function toolbarJourney(d: Driver, sites: DemoServers): Promise<void> {
  const b = d.browser;
  await enterProfileInOptions(d);
  // Another tab shows the same page: the click is for the active one only.
  const otherUrl = `${UNMAPPED_URL}?other-tab`;
  const other = await d.openPage(otherUrl);
  const page = await d.openPage(UNMAPPED_URL);
  const before = sites.requests.length;
  await expectUntouched(d, page);

  const popup = await d.clickToolbar(UNMAPPED_URL);
  await whenReady(d, popup, 'the toolbar popup');
  const { domain } = await confirmGuesses(d, page, popup, []);
  expect(domain, `${b}: the popup names the clicked tab's site`).toBe('127.0.0.1');

  await expectTypedProfileOn(d, page);
  expect(await fieldValue(other, 'shimei_sei'), `${b}: the other tab is not filled`).toBe('');
  expect((await probeOf(page)).submitted, `${b}: nothing submitted`).toBe(0);
  expect(sites.requests.slice(before).filter((r) => r.method !== 'GET'), `${b}: nothing sent`).toEqual([]);
  await popup.close();
  await page.close();
  await other.close();
}
