import type { Page } from '@playwright/test';
import { EXPECTED, type PageExpectation } from './expected-fills';
import { expect, fillFromPopup, problemsFirst, test } from './fixtures';

async function fieldValue(page: Page, name: string): Promise<string> {
  return page.evaluate((n) => {
    const els = Array.from(document.getElementsByName(n)) as HTMLInputElement[];
    if (els.length > 1 || els[0]?.type === 'radio') return els.find((e) => e.checked)?.value ?? '';
    return els[0]?.value ?? '<missing>';
  }, name);
}

async function assertFilled(page: Page, expected: PageExpectation): Promise<void> {
  for (const [name, value] of Object.entries({ ...expected.values, ...expected.untouched })) {
    expect(await fieldValue(page, name), `field ${name}`).toBe(value);
  }
  for (const name of expected.unchecked ?? []) {
    const checked = await page.evaluate((n) => Array.from(document.getElementsByName(n)).some((e) => (e as HTMLInputElement).checked), name);
    expect(checked, `${name} stays unchecked`).toBe(false);
  }
}

test.describe('fill the demo providers from the sample profile', () => {
  for (const expected of EXPECTED) {
    test(`${expected.providerId} ${expected.path}`, async ({ context, sites, openPopup, seedSampleProfile }) => {
      await seedSampleProfile();
      const page = await context.newPage();
      const url = `http://127.0.0.1:${expected.port}${expected.path}`;
      await page.goto(url);
      const before = sites.requests.length;

      // Opening the page fills nothing by itself.
      for (const name of Object.keys(expected.values)) {
        expect(await fieldValue(page, name), `${name} before the fill`).toBe(name === 'token' ? 'demo-token' : '');
      }

      const popup = await openPopup(page);
      await expect(popup.locator('.page-name')).not.toHaveText('');
      await fillFromPopup(popup);
      await assertFilled(page, expected);

      // The page's own scripts saw input and change events, as for typing; nothing was submitted.
      const probe = await page.evaluate(() => (window as unknown as { __probe: { events: Record<string, { input: number; change: number; focusout: number }>; submitted: number } }).__probe);
      expect(probe.submitted).toBe(0);
      for (const name of Object.keys(expected.values)) {
        expect(probe.events[name]?.change ?? 0, `change event on ${name}`).toBeGreaterThan(0);
        expect(probe.events[name]?.focusout ?? 0, `blur (focusout) on ${name}`).toBeGreaterThan(0);
      }
      expect(page.url()).toBe(url);
      // Filling makes no request at all to the provider's site.
      expect(sites.requests.slice(before).filter((r) => r.port === expected.port)).toEqual([]);

      // The report lists every mapped field with its outcome: problems first, each group in mapping order.
      const rows = popup.locator('.report-fields li');
      await expect(rows).toHaveCount(expected.outcomes.length);
      const reported = await rows.evaluateAll((lis) =>
        lis.map((li) => ({ key: li.getAttribute('data-key'), outcome: li.getAttribute('data-outcome'), reason: li.getAttribute('data-reason') ?? undefined })),
      );
      expect(reported).toEqual(problemsFirst(expected.outcomes.map((o) => ({ key: o.key, outcome: o.outcome, reason: o.reason }))));
      const filledCount = expected.outcomes.filter((o) => o.outcome === 'filled').length;
      await expect(popup.locator('.report-counts')).toContainText(`入力 ${filledCount}件`);
    });
  }
});
