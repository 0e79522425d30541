import type { Page, Worker } from '@playwright/test';
import { SAMPLE_PROFILE } from '../../lib/demo/sample-profile';
import { UNMAPPED_SITE } from '../../scripts/lib/demo-sites';
import { expect, fillFromPopup, test } from './fixtures';

// The profile a fill uses is kept in the background's memory only: after fills (mapped and guessed)
// neither session nor local storage holds any of its values, while the fills' reports are stored.

/** Every text value of the sample profile a person would recognise as theirs. */
function profileValues(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.length >= 2 && !['female', 'male'].includes(value)) out.push(value);
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) profileValues(v, out);
  return out;
}

async function storedText(worker: Worker): Promise<{ session: string; local: string; sessionKeys: string[] }> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<object> }; local: { get(k: null): Promise<object> } } } }).chrome;
    const session = await api.storage.session.get(null);
    const local = await api.storage.local.get(null);
    return { session: JSON.stringify(session), local: JSON.stringify(local), sessionKeys: Object.keys(session) };
  });
}

async function fieldValues(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll('input, select, textarea')).map((el) => (el as HTMLInputElement).value));
}

test('after mapped and guessed fills, session and local storage hold no profile value', async ({ context, sites, serviceWorker, openPopup, seedSampleProfile }) => {
  expect(sites).toBeTruthy();
  await seedSampleProfile();
  const values = profileValues(SAMPLE_PROFILE);
  expect(values).toContain('山田');
  expect(values).toContain('hanako.yamada@example.jp');

  // A mapped fill from the popup, twice (the second one from the background's memory).
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:27816/form');
  const tabId = await serviceWorker.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    return (await api.tabs.query({})).find((t) => t.url === u)?.id;
  }, page.url());
  const popup = await openPopup(page);
  await fillFromPopup(popup);
  await expect(popup.locator('li[data-outcome="filled"]')).toHaveCount(40);
  await popup.close();
  await page.reload();
  const again = await openPopup(page);
  await fillFromPopup(again);
  await expect(again.locator('li[data-outcome="filled"]')).toHaveCount(40);
  // Control: the page holds the profile's values, so a copy in storage would be found.
  expect(await fieldValues(page)).toEqual(expect.arrayContaining(['山田', 'hanako.yamada@example.jp']));

  // A guessed fill on the page without a mapping (preview, then confirm).
  const unmapped = await context.newPage();
  await unmapped.goto(`http://127.0.0.1:${UNMAPPED_SITE.port}${UNMAPPED_SITE.path}`);
  const guessPopup = await openPopup(unmapped);
  const guessed = await guessPopup.evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<any> }; tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    const tab = (await api.tabs.query({})).find((t) => t.url === url);
    const preview = await api.runtime.sendMessage({ type: 'recognise', tabId: tab?.id });
    if (!preview?.ok) return { error: preview?.error };
    const fields = preview.preview.fields
      .filter((f: { key: string | null; skip?: string }) => f.key && !f.skip)
      .map((f: { selector: string; key: string; part?: string }) => ({ selector: f.selector, key: f.key, ...(f.part !== undefined ? { part: f.part } : {}), fill: true, corrected: false }));
    const result = await api.runtime.sendMessage({ type: 'fill-guessed', tabId: tab?.id, fields });
    return { filled: result?.ok ? result.report.counts.filled : -1, error: result?.ok ? undefined : result?.error };
  }, unmapped.url());
  expect(guessed.error).toBeUndefined();
  expect(guessed.filled).toBeGreaterThan(0);
  expect(await fieldValues(unmapped)).toContain('山田');

  // The reports are stored once the answers are out (keys and outcomes only).
  await expect.poll(async () => (await storedText(serviceWorker)).sessionKeys).toContain(`tp:report:${tabId}`);
  const stored = await storedText(serviceWorker);
  for (const value of values) {
    expect(stored.session.includes(value), `session storage holds ${value}`).toBe(false);
    expect(stored.local.includes(value), `local storage holds ${value}`).toBe(false);
  }
});
