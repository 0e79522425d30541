import { expect } from '@playwright/test';
import type { DemoServers } from '../../../scripts/lib/demo-server';
import type { PageExpectation } from '../expected-fills';
import { problemsFirst } from '../fixtures';
import { agreeIfAsked, clickButton, fieldValue, ja, probeOf, reportRows, type Driver } from './driver';

/** A demo provider's page filled from the sample profile (demo build): the exact values, the same
 * events as typing, the report in the popup's order, and nothing submitted or sent. */
export async function fillDemoProvider(d: Driver, sites: DemoServers, expected: PageExpectation): Promise<void> {
  const b = d.browser;
  await d.seedSampleProfile();
  const url = `http://127.0.0.1:${expected.port}${expected.path}`;
  const page = await d.openPage(url);
  const before = sites.requests.length;

  // Opening the page fills nothing by itself.
  for (const name of Object.keys(expected.values)) {
    expect(await fieldValue(page, name), `${b}: ${name} before the fill`).toBe(name === 'token' ? 'demo-token' : '');
  }

  const popup = await d.popupFor(url);
  const pageName = await popup.evaluate((doc) => doc.querySelector('.page-name')?.textContent?.trim() ?? '', null);
  expect(pageName, `${b}: the popup names the page`).not.toBe('');
  await clickButton(d, popup, ja('fillButton'));
  await agreeIfAsked(d, popup);

  for (const [name, value] of Object.entries({ ...expected.values, ...expected.untouched })) {
    expect(await fieldValue(page, name), `${b}: field ${name}`).toBe(value);
  }
  for (const name of expected.unchecked ?? []) {
    const checked = await page.evaluate((doc, n) => Array.from(doc.getElementsByName(n)).some((e) => (e as HTMLInputElement).checked), name);
    expect(checked, `${b}: ${name} stays unchecked`).toBe(false);
  }

  // The page's own scripts saw input and change events, as for typing; nothing was submitted.
  const probe = await probeOf(page);
  expect(probe.submitted, `${b}: nothing submitted`).toBe(0);
  for (const name of Object.keys(expected.values)) {
    expect(probe.events[name]?.change ?? 0, `${b}: change event on ${name}`).toBeGreaterThan(0);
    expect(probe.events[name]?.focusout ?? 0, `${b}: blur (focusout) on ${name}`).toBeGreaterThan(0);
  }
  expect(await page.evaluate((doc) => doc.location.href, null), `${b}: the page stays`).toBe(url);
  // Filling makes no request at all to the provider's site.
  expect(sites.requests.slice(before).filter((r) => r.port === expected.port), `${b}: no request to the provider`).toEqual([]);

  // The report lists every mapped field with its outcome: problems first, each group in mapping order.
  expect(await reportRows(popup), `${b}: report rows`).toEqual(problemsFirst(expected.outcomes.map((o) => ({ key: o.key, outcome: o.outcome, reason: o.reason }))));
  const filledCount = expected.outcomes.filter((o) => o.outcome === 'filled').length;
  const counts = await popup.evaluate((doc) => doc.querySelector('.report-counts')?.textContent ?? '', null);
  expect(counts, `${b}: report counts`).toContain(`入力 ${filledCount}件`);
  await popup.close();
  await page.close();
}
