import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SAMPLE_PROFILE } from '../../lib/demo/sample-profile';
import { UNMAPPED_SITE } from '../../scripts/lib/demo-sites';
import { seedSampleProfile } from '../../scripts/lib/launch-extension';
import { expect, test } from './fixtures';

// The checklist journey: date and answers, companies, consent before the first fill, 入力済み and
// progress, 完了 with a 受付番号, everything kept over a reload; a number kept in the list filled on
// a page without a mapping.

const DENKI = 'http://127.0.0.1:27811/moving/step1';
const UNMAPPED = `http://127.0.0.1:${UNMAPPED_SITE.port}${UNMAPPED_SITE.path}`;

function stringLeaves(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringLeaves);
  return [];
}

async function openChecklist(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/checklist.html`);
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
}

const item = (page: Page, id: string) => page.locator(`li[data-procedure="${id}"]`);

test.describe.configure({ timeout: 180_000 });

test('checklist: answers, consent, fill → 入力済み, 完了 with 受付番号, kept over reload; list number on an unmapped page', async ({ context, sites, serviceWorker, extensionId, openPopup }) => {
  expect(sites).toBeTruthy();
  expect(await seedSampleProfile(serviceWorker, { consent: false })).toBe(true);
  const list = await context.newPage();
  await openChecklist(list, extensionId);

  // Move date (a Friday whose 14th day is 1/1: 年末年始 and a weekend move it to Monday 1/4) and answers.
  await list.getByLabel('お引越し日').fill('2026-12-18');
  await list.getByLabel('お引越し日').dispatchEvent('change');
  await list.getByLabel('別の市区町村へ引越す').selectOption('yes');
  await list.getByLabel('自動車を持っている').selectOption('yes');
  await list.getByLabel('子どもがいる').selectOption('no');
  await expect(item(list, 'tennyu').locator('.due')).toContainText('2027年1月4日');
  await expect(item(list, 'tennyu').locator('.due')).toContainText('閉庁日');
  await expect(item(list, 'garage-certificate')).toBeVisible();
  await expect(item(list, 'tenkyo')).toHaveCount(0);
  await expect(item(list, 'school-transfer')).toHaveCount(0);

  // Companies: electricity (filled by でもでんき) and NHK (no mapping).
  await expect(item(list, 'electricity')).toHaveCount(0);
  await list.locator('[data-pick="electricity"]').check();
  await list.locator('[data-pick="nhk"]').check();
  await expect(item(list, 'electricity').locator('.state')).toHaveText(/未着手/);
  await expect(item(list, 'nhk')).toBeVisible();
  const progress = list.locator('[data-progress]');
  const total = Number((await progress.getAttribute('data-progress'))!.split('/')[1]);
  expect(total).toBeGreaterThan(15);
  await expect(progress).toHaveText(`完了 0 / ${total}件（入力済み 0件）`);

  // The first fill on でもでんき asks first, showing the items with masked values.
  const denki = await context.newPage();
  await denki.goto(DENKI);
  let popup = await openPopup(denki);
  await expect(popup.locator('.procedure-line')).toContainText('電気の停止・開始');
  await expect(popup.locator('.procedure-line .status')).toHaveText('未着手');
  await popup.getByRole('button', { name: 'このページに入力' }).click();
  const consent = popup.locator('.consent');
  await expect(consent).toBeVisible();
  await expect(consent.locator('tr[data-key="name.family"] .masked')).toHaveText('•田');
  await expect(consent.locator('tr[data-key="provider.customerNumber"] .masked')).toHaveText('••••••••••90');
  await expect(consent).not.toContainText('山田');
  await expect(denki.locator('#customerNo')).toHaveValue('');
  await popup.getByRole('button', { name: '同意して入力' }).click();
  await expect(popup.locator('.report')).toBeVisible();
  await expect(popup.locator('.procedure-line .status')).toHaveText('入力済み');

  // The list shows 入力済み and the progress bar moves.
  await list.reload();
  await expect(list.locator('body[data-ready="true"]')).toBeAttached();
  await expect(item(list, 'electricity').locator('.state')).toHaveText(/入力済み/);
  await expect(progress).toHaveText(`完了 0 / ${total}件（入力済み 1件）`);

  // 完了 with a 受付番号.
  await item(list, 'electricity').getByRole('button', { name: '完了…' }).click();
  await item(list, 'electricity').getByLabel('受付番号（任意）').fill('R-2026-001');
  await item(list, 'electricity').getByLabel('完了日').fill('2026-12-05');
  await item(list, 'electricity').getByRole('button', { name: '完了にする' }).click();
  await expect(item(list, 'electricity').locator('.state')).toHaveText(/完了/);
  await expect(list.locator('#progress-bar')).toHaveAttribute('value', '1');
  await expect(progress).toHaveText(`完了 1 / ${total}件（入力済み 0件）`);

  // A customer number and the site for NHK, kept in the list.
  const nhk = item(list, 'nhk');
  await nhk.locator('summary').click();
  await nhk.getByLabel('お客さま番号').fill('NHK-7654321');
  await nhk.getByLabel('お客さま番号').dispatchEvent('change');
  await nhk.getByLabel('手続きをするサイトのアドレス').fill(UNMAPPED);
  await nhk.getByLabel('手続きをするサイトのアドレス').dispatchEvent('change');

  // No WCAG A/AA violation that axe can find on the filled-in list.
  const axe = await new AxeBuilder({ page: list }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  // README_SCREENSHOTS=1 refreshes the README's picture.
  if (process.env.README_SCREENSHOTS) {
    await list.setViewportSize({ width: 900, height: 1400 });
    const box = (await list.locator('.list').boundingBox())!;
    await list.screenshot({ path: 'docs/checklist.png', fullPage: true, clip: { x: box.x, y: box.y, width: box.width, height: 1080 } });
  }

  // Reload: everything is kept.
  await list.reload();
  await expect(list.locator('body[data-ready="true"]')).toBeAttached();
  await expect(list.getByLabel('お引越し日')).toHaveValue('2026-12-18');
  await expect(list.getByLabel('自動車を持っている')).toHaveValue('yes');
  await expect(list.locator('[data-pick="nhk"]')).toBeChecked();
  await expect(item(list, 'electricity').locator('.done-detail')).toContainText('R-2026-001');
  await expect(item(list, 'electricity').locator('.done-detail')).toContainText('2026-12-05');
  await expect(progress).toHaveText(`完了 1 / ${total}件（入力済み 0件）`);
  await item(list, 'nhk').locator('summary').click();
  await expect(item(list, 'nhk').getByLabel('お客さま番号')).toHaveValue('NHK-7654321');
  await expect(item(list, 'nhk').getByLabel('手続きをするサイトのアドレス')).toHaveValue(`http://127.0.0.1:${UNMAPPED_SITE.port}`);

  // The unmapped NHK page: the list's number is offered and filled after confirmation and consent.
  const unmapped = await context.newPage();
  await unmapped.goto(UNMAPPED);
  popup = await openPopup(unmapped);
  await expect(popup.locator('.procedure-line')).toContainText('NHKの住所変更');
  await popup.getByRole('button', { name: 'このページに入力' }).click();
  const keiyaku = popup.locator('.guess[data-selector="#keiyaku"]');
  await expect(keiyaku.locator('.guess-value')).toHaveText('NHK-7654321');
  await keiyaku.locator('input[type=checkbox]').check();
  await popup.getByRole('button', { name: 'チェックした項目を入力' }).click();
  await expect(popup.locator('.consent tr[data-key="provider.customerNumber"] .masked')).toHaveText('•••••••••21');
  await popup.getByRole('button', { name: '同意して入力' }).click();
  await expect(popup.locator('.report')).toBeVisible();
  await expect(unmapped.locator('[name="keiyaku"]')).toHaveValue('NHK-7654321');
  await expect(popup.locator('.procedure-line .status')).toHaveText('入力済み');

  // Consents are listed and can be withdrawn; the history lists the fills, keys only.
  await list.reload();
  await expect(list.locator('body[data-ready="true"]')).toBeAttached();
  await expect(list.locator('.consents li[data-origin]')).toHaveCount(2);
  await list.locator('.consents li[data-origin="http://127.0.0.1:27811"]').getByRole('button', { name: '許可を取り消す' }).click();
  await expect(list.locator('.consents li[data-origin]')).toHaveCount(1);
  await expect(list.locator('.history tbody tr')).toHaveCount(2);

  const stored = await serviceWorker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tetsuzuki-pad');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return new Promise<unknown>((resolve) => {
      const get = db.transaction('profile').objectStore('profile').get('procedures');
      get.onsuccess = () => resolve(get.result);
    });
  });
  const history = JSON.stringify((stored as { history: unknown[] }).history);
  expect(history).toContain('provider.customerNumber');
  const values = [...stringLeaves(SAMPLE_PROFILE), 'NHK-7654321'].filter((v) => v.length >= 2 && !/^\d{4}-\d{2}-\d{2}$/.test(v));
  expect(values.length).toBeGreaterThan(20);
  for (const value of values) expect(history, `history holds ${value}`).not.toContain(value);
});
