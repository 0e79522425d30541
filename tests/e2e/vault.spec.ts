import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, fillFromPopup, test } from './fixtures';

const PASSPHRASE = 'さくら並木 2027 spring';

async function protect(options: Page): Promise<void> {
  const box = options.locator('fieldset[data-section="protection"]');
  await box.getByLabel('新しいパスフレーズ（8文字以上）').fill(PASSPHRASE);
  await box.getByLabel('確認のためもう一度').fill(PASSPHRASE);
  await box.getByRole('button', { name: 'パスフレーズで保護する' }).click();
  await expect(options.locator('fieldset[data-section="protection"]')).toContainText('暗号化して保存されています', { timeout: 20_000 });
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    try {
      return statSync(path).isDirectory() ? files(path) : [path];
    } catch {
      return [];
    }
  });
}

test('a protected profile locks, refuses to fill while locked, and unlocks only with the right passphrase', async ({ context, sites, openPopup, openOptions, seedSampleProfile }) => {
  await seedSampleProfile();
  const options = await openOptions();
  await protect(options);

  let popup = await openPopup();
  await popup.getByRole('button', { name: 'ロック' }).click();
  await expect(popup.getByRole('heading', { name: 'ロック中' })).toBeVisible();

  const page = await context.newPage();
  await page.goto('http://127.0.0.1:27811/moving/step1');
  const fillPopup = await openPopup(page);
  // Locked, the fill asks for the passphrase first; nothing reaches the page meanwhile.
  await expect(fillPopup.getByRole('button', { name: 'ロックを解除して入力' })).toBeVisible();
  await expect(fillPopup.getByRole('button', { name: 'このページに入力' })).toHaveCount(0);
  await expect(page.locator('#seiKanji')).toHaveValue('');

  const editor = fillPopup.locator('#editor');
  await editor.getByLabel('パスフレーズ').fill('wrong passphrase');
  await editor.getByRole('button', { name: 'ロックを解除', exact: true }).click();
  await expect(fillPopup.getByText('パスフレーズが違います')).toBeVisible({ timeout: 20_000 });
  await editor.getByLabel('パスフレーズ').fill(PASSPHRASE);
  await editor.getByRole('button', { name: 'ロックを解除', exact: true }).click();
  await expect(fillPopup.getByLabel('姓', { exact: true })).toHaveValue('山田', { timeout: 20_000 });
  await fillFromPopup(fillPopup);
  await expect(page.locator('#seiKanji')).toHaveValue('山田');

  popup = await openPopup();
  await expect(popup.getByLabel('姓', { exact: true })).toHaveValue('山田');
  expect(sites.requests.filter((r) => r.method !== 'GET')).toEqual([]);
});

test('11. after saving a locked profile with marker values, no marker is on disk in the browser profile', async ({ context, userDataDir, openOptions }) => {
  const options = await openOptions();
  await protect(options);
  await options.reload();
  const markers = { family: 'ＺＱ標識甲', building: 'ZQXMARKER42ビル', email: 'zqxmarker42@example.jp' };
  await options.getByLabel('姓', { exact: true }).first().fill(markers.family);
  await options.locator('fieldset[data-section="oldAddress"]').getByLabel('建物名・部屋番号').fill(markers.building);
  await options.getByLabel('メールアドレス').fill(markers.email);
  await options.getByRole('button', { name: '保存', exact: true }).click();
  await expect(options.getByText('保存しました')).toBeVisible();
  await options.locator('fieldset[data-section="protection"]').getByRole('button', { name: 'ロック' }).click();
  await expect(options.getByRole('heading', { name: 'ロック中' })).toBeVisible();
  await context.close();

  const needles = Object.values(markers).flatMap((m) => [Buffer.from(m, 'utf8'), Buffer.from(m, 'utf16le')]);
  const scanned = files(userDataDir);
  expect(scanned.some((f) => f.includes('IndexedDB'))).toBe(true);
  for (const file of scanned) {
    const bytes = readFileSync(file);
    for (const needle of needles) expect(bytes.includes(needle), `marker in ${file}`).toBe(false);
  }
});

test('a backup exports encrypted, imports with a preview, and a bad file changes nothing', async ({ openOptions, seedSampleProfile }, testInfo) => {
  await seedSampleProfile();
  const options = await openOptions();
  const backup = options.locator('fieldset[data-section="backup"]');
  await backup.getByLabel('バックアップ用のパスフレーズ（8文字以上）').fill(PASSPHRASE);
  const downloadEvent = options.waitForEvent('download');
  await backup.getByRole('button', { name: 'バックアップを書き出す' }).click();
  const download = await downloadEvent;
  const path = testInfo.outputPath('backup.json');
  await download.saveAs(path);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain('tetsuzuki-pad-backup');
  expect(text).not.toContain('山田');
  expect(text).not.toContain('hanako.yamada');

  // Change something, then restore the backup: the preview names what would change.
  await options.getByLabel('電話番号', { exact: true }).fill('0311112222');
  await options.getByRole('button', { name: '保存', exact: true }).click();
  await expect(options.getByText('保存しました')).toBeVisible();
  await backup.locator('#backup-file').setInputFiles(path);
  await backup.getByLabel('バックアップのパスフレーズ').fill(PASSPHRASE);
  await backup.getByRole('button', { name: '内容を確認' }).click();
  await expect(backup.locator('.backup-preview li')).toHaveText(['変更 電話番号: 0311112222 → 09012345678']);
  await backup.getByRole('button', { name: 'この内容で置き換える' }).click();
  await expect(options.getByLabel('電話番号', { exact: true })).toHaveValue('09012345678');

  // A truncated file is refused with a message; the stored data stays.
  const cut = testInfo.outputPath('cut.json');
  writeFileSync(cut, text.slice(0, text.length / 2));
  const backupAgain = options.locator('fieldset[data-section="backup"]');
  await backupAgain.locator('#backup-file').setInputFiles(cut);
  await backupAgain.getByLabel('バックアップのパスフレーズ').fill(PASSPHRASE);
  await backupAgain.getByRole('button', { name: '内容を確認' }).click();
  await expect(backupAgain.locator('.action-status')).toContainText('途中で切れています');
  await options.reload();
  await expect(options.getByLabel('電話番号', { exact: true })).toHaveValue('09012345678');
});

test('すべて削除 removes every stored value', async ({ openOptions, openPopup, seedSampleProfile }) => {
  await seedSampleProfile();
  const options = await openOptions();
  await options.getByRole('button', { name: 'すべて削除' }).click();
  await options.getByRole('button', { name: '削除する' }).click();
  await expect(options.getByText('すべてのデータを削除しました')).toBeVisible();
  await options.waitForLoadState('load');
  await expect(options.locator('body[data-ready="true"]')).toBeAttached();
  await expect(options.getByLabel('姓', { exact: true }).first()).toHaveValue('');
  const popup = await openPopup();
  await expect(popup.getByLabel('姓', { exact: true })).toHaveValue('');
});
