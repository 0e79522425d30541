import { EXPECTED } from '../expected-fills';
import { clickButton, expect, fieldValue, test } from './firefox-fixtures';

// The Chromium suite's demo-provider journeys (fill-demo-providers.spec.ts), in Firefox: the same
// pages, the same exact values and the same report, and nothing submitted.

test.describe('firefox: fill the demo providers from the sample profile', () => {
  // Each test starts its own Firefox with a fresh profile (about 40 s on a busy 2-core machine).
  test.describe.configure({ timeout: 150_000 });
  for (const expected of EXPECTED) {
    test(`firefox ${expected.providerId} ${expected.path}`, async ({ sites, openPage, tabIdOf, popupForTab, seedSampleProfile }) => {
      await seedSampleProfile();
      const url = `http://127.0.0.1:${expected.port}${expected.path}`;
      const page = await openPage(url);
      const before = sites.requests.length;
      for (const name of Object.keys(expected.values)) {
        expect(await fieldValue(page, name), `firefox: ${name} before the fill`).toBe(name === 'token' ? 'demo-token' : '');
      }

      const popup = await popupForTab(await tabIdOf(url));
      await clickButton(popup, 'このページに入力');
      await popup.waitForSelector('.report', { visible: true, timeout: 10_000 });

      for (const [name, value] of Object.entries({ ...expected.values, ...expected.untouched })) {
        expect(await fieldValue(page, name), `firefox: field ${name}`).toBe(value);
      }
      for (const name of expected.unchecked ?? []) {
        const checked = await page.evaluate((n) => Array.from(document.getElementsByName(n)).some((e) => (e as HTMLInputElement).checked), name);
        expect(checked, `firefox: ${name} stays unchecked`).toBe(false);
      }
      const probe = await page.evaluate(() => (window as unknown as { __probe: { submitted: number } }).__probe);
      expect(probe.submitted, 'firefox: nothing submitted').toBe(0);
      expect(page.url()).toBe(url);
      expect(sites.requests.slice(before).filter((r) => r.port === expected.port && r.method !== 'GET'), 'firefox: no request to the provider').toEqual([]);

      const reported = await popup.$$eval('.report-fields li', (lis) =>
        lis.map((li) => ({ key: li.getAttribute('data-key'), outcome: li.getAttribute('data-outcome'), reason: li.getAttribute('data-reason') ?? undefined })),
      );
      expect(reported, 'firefox: report rows').toEqual(expected.outcomes.map((o) => ({ key: o.key, outcome: o.outcome, reason: o.reason })));
      await popup.close();
      await page.close();
    });
  }
});
