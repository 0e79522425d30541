import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PASSPHRASE = 'さくら並木 2027 spring';

async function setMoveDate(options: Page, date: string): Promise<void> {
  await options.locator('fieldset[data-section="move"]').getByLabel('お引越し日', { exact: true }).fill(date);
  await options.getByRole('button', { name: '保存', exact: true }).click();
  await expect(options.locator('form.editor .editor-status')).toHaveText('保存しました');
}

test('a retention period whose deletion day is past asks, with the date, before it is saved; bad day counts are refused', async ({ openOptions, seedSampleProfile }) => {
  await seedSampleProfile();
  const options = await openOptions();
  const retention = options.locator('fieldset[data-section="retention"]');
  const days = retention.locator('#retention-days');
  const save = retention.getByRole('button', { name: '保存期間を設定' });
  const question = retention.getByText('今日かすでに過ぎています');
  await expect(retention.getByRole('radio', { name: 'お引越し日から指定した日数が過ぎたらすべて削除する' })).toBeVisible();

  // Day counts that would have to be coerced are refused with a message, and nothing is asked.
  for (const bad of ['0', '-3', '1.5', '', '99999']) {
    await days.fill(bad);
    await save.click();
    await expect(retention.locator('#retention-days-error')).toBeVisible();
    await expect(days).toHaveAttribute('aria-invalid', 'true');
    await expect(question).toBeHidden();
  }
  await days.fill('30');
  await expect(retention.locator('#retention-days-error')).toBeHidden();

  // Control: a deletion day in the future is saved without a question.
  await save.click();
  await expect(retention.locator('.action-status')).toHaveText('保存しました');
  await expect(question).toBeHidden();

  // With that period, a moving date long past in the editor is asked about too, before it is saved.
  const moveBox = options.locator('fieldset[data-section="move"]').getByLabel('お引越し日', { exact: true });
  await moveBox.fill('2026-01-10');
  await options.getByRole('button', { name: '保存', exact: true }).click();
  const editorQuestion = options.locator('form.editor').getByText('今日かすでに過ぎています');
  await expect(editorQuestion).toContainText('2026年2月9日');
  await options.locator('form.editor').getByRole('button', { name: '保存しない' }).click();
  await expect(editorQuestion).toBeHidden();
  // Nothing was saved: discarding the edit shows the stored date, and the profile is still there.
  await options.getByRole('button', { name: '変更を取り消す' }).click();
  await options.reload();
  await expect(options.locator('body[data-ready="true"]')).toBeAttached();
  await expect(moveBox).toHaveValue('2026-12-20');
  await expect(options.getByLabel('姓', { exact: true }).first()).toHaveValue('山田');

  // Kept for good while the moving date changes to one long past: 30 days after it is already gone.
  await retention.getByLabel('削除するまで保存する').check();
  await save.click();
  await expect(retention.getByText('自動では削除しません。')).toBeVisible();
  await setMoveDate(options, '2026-01-10');
  await days.fill('30');
  await expect(retention.getByRole('radio', { name: 'お引越し日から指定した日数が過ぎたらすべて削除する' })).toBeChecked();
  await expect(retention.getByText('2026年2月9日 にすべてのデータを削除します。')).toBeVisible();
  await save.click();
  await expect(question).toBeVisible();
  await expect(question).toContainText('2026年2月9日');
  await expect(retention.getByText('手続きの記録')).toBeVisible();
  await retention.getByRole('button', { name: '保存しない' }).click();
  await expect(question).toBeHidden();

  // Not saved: the page opens again with the profile in place.
  await options.reload();
  await expect(options.locator('body[data-ready="true"]')).toBeAttached();
  await expect(options.getByLabel('姓', { exact: true }).first()).toHaveValue('山田');

  const again = options.locator('fieldset[data-section="retention"]');
  await again.locator('#retention-days').fill('30');
  await again.getByRole('button', { name: '保存期間を設定' }).click();
  await again.getByRole('button', { name: 'この削除日で保存する' }).click();
  await expect(again.locator('.action-status')).toContainText('すべてのデータを削除します');
  await options.reload();
  await expect(options.getByText('保存期間が過ぎたため、すべてのデータを削除しました。')).toBeVisible();
  await expect(options.getByLabel('姓', { exact: true }).first()).toHaveValue('');
});

test('a file over the size limit is refused as too large, not as another app’s file', async ({ openOptions, seedSampleProfile }) => {
  await seedSampleProfile();
  const options = await openOptions();
  const backup = options.locator('fieldset[data-section="backup"]');
  const big = `{"format":"tetsuzuki-pad-backup","pad":"${'x'.repeat(1_100_000)}"}`;
  await backup.locator('#backup-file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(big) });
  await backup.getByLabel('バックアップのパスフレーズ').fill(PASSPHRASE);
  await backup.getByRole('button', { name: '内容を確認' }).click();
  await expect(backup.locator('.action-status')).toContainText('ファイルが大きすぎます');
  await expect(backup.locator('.action-status')).not.toContainText('別のアプリ');
  await expect(backup.locator('.backup-preview li')).toHaveCount(0);

  // Control: a small file of another app gets the other message.
  await backup.locator('#backup-file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other-app"}') });
  await backup.getByRole('button', { name: '内容を確認' }).click();
  await expect(backup.locator('.action-status')).not.toContainText('ファイルが大きすぎます');
  await expect(backup.locator('.action-status')).toHaveClass(/error/);
});

test('the locked options page shows exactly one passphrase box, and test-only providers are not listed', async ({ openOptions, seedSampleProfile }) => {
  await seedSampleProfile();
  const options = await openOptions();
  const providerList = options.locator('#provider-list');
  await expect(providerList).toContainText('でもでんき');
  await expect(providerList).not.toContainText('テスト用');
  await expect(providerList).not.toContainText('ベンチマーク');
  // 供給地点特定番号 only for electricity and gas.
  const numbers = (label: string) => options.locator('fieldset.provider-values', { hasText: label });
  await expect(numbers('でもでんき').getByLabel('供給地点特定番号')).toHaveCount(1);
  await expect(numbers('デモガス').getByLabel('供給地点特定番号')).toHaveCount(1);
  await expect(numbers('デモ市水道局').getByLabel('お客さま番号')).toHaveCount(1);
  await expect(numbers('デモ市水道局').getByLabel('供給地点特定番号')).toHaveCount(0);
  await expect(numbers('デモ郵便').getByLabel('供給地点特定番号')).toHaveCount(0);
  await expect(options.locator('fieldset.provider-values', { hasText: 'テスト用' })).toHaveCount(0);

  const protection = options.locator('fieldset[data-section="protection"]');
  await protection.getByLabel('新しいパスフレーズ（8文字以上）').fill(PASSPHRASE);
  await protection.getByLabel('確認のためもう一度').fill(PASSPHRASE);
  await protection.getByRole('button', { name: 'パスフレーズで保護する' }).click();
  await expect(protection).toContainText('暗号化して保存されています', { timeout: 20_000 });
  // Unlocked: the passphrase change form has its boxes (the control for the count below).
  await expect(options.locator('input[type="password"]:visible')).not.toHaveCount(0);
  await protection.getByRole('button', { name: 'ロック' }).click();
  await expect(options.getByRole('heading', { name: 'ロック中' })).toBeVisible();
  await expect(options.locator('input[type="password"]:visible')).toHaveCount(1);
  await options.reload();
  await expect(options.getByRole('heading', { name: 'ロック中' })).toBeVisible();
  await expect(options.locator('input[type="password"]:visible')).toHaveCount(1);

  await options.getByLabel('パスフレーズ').fill(PASSPHRASE);
  await options.getByRole('button', { name: 'ロックを解除' }).click();
  await expect(options.getByLabel('姓', { exact: true }).first()).toHaveValue('山田', { timeout: 20_000 });
});
