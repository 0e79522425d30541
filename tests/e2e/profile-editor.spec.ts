import type { Page } from '@playwright/test';
import { expect, fillFromPopup, test } from './fixtures';

async function openSection(popup: Page, title: string): Promise<void> {
  const details = popup.locator('details.section', { has: popup.locator('summary', { hasText: title }) });
  // Keyboard, as a screen-reader user would: focusing first lets the previous field's blur
  // validation settle before the section toggles.
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').press('Enter');
  await expect(details).toHaveAttribute('open', '');
}

async function fillPopupProfile(popup: Page): Promise<void> {
  await openSection(popup, 'お名前');
  await popup.getByLabel('姓', { exact: true }).fill('山田');
  await popup.getByLabel('名', { exact: true }).fill('花子');
  // ひらがな is accepted and stored as カタカナ.
  await popup.getByLabel('セイ（フリガナ）').fill('やまだ');
  await popup.getByLabel('メイ（フリガナ）').fill('ハナコ');
  await openSection(popup, '現住所');
  const old = popup.locator('details[data-section="oldAddress"]');
  await old.getByLabel('郵便番号').fill('160-0022');
  await old.getByLabel('都道府県').selectOption('東京都');
  await old.getByLabel('市区町村').fill('新宿区');
  await old.getByLabel('町名・丁目').fill('新宿三丁目');
  await old.getByLabel('番地・号').fill('１－１');
  await old.getByLabel('建物名・部屋番号').fill('サンプルマンション101');
  await openSection(popup, '新住所');
  const neu = popup.locator('details[data-section="newAddress"]');
  await neu.getByLabel('郵便番号').fill('５３０００01');
  await neu.getByLabel('都道府県').selectOption('大阪府');
  await neu.getByLabel('市区町村').fill('大阪市北区');
  await neu.getByLabel('町名・丁目').fill('梅田一丁目');
  await neu.getByLabel('番地・号').fill('2-3');
  await neu.getByLabel('建物名・部屋番号').fill('梅田テストハイツ502');
  await openSection(popup, '連絡先');
  await popup.getByLabel('電話番号').fill('090-1234-5678');
  await popup.getByLabel('メールアドレス').fill('hanako.yamada@example.jp');
  await openSection(popup, 'お引越し日');
  await popup.getByLabel('お引越し日').fill('2026-12-20');
  await popup.getByLabel('使用停止日（旧居）').fill('2026-12-20');
  await popup.getByLabel('使用開始日（新居）').fill('2026-12-21');
}

test('the popup shows validation messages in Japanese and saves nothing invalid', async ({ openPopup }) => {
  const popup = await openPopup();
  await openSection(popup, 'お名前');
  await popup.getByLabel('セイ（フリガナ）').fill('Yamada');
  await openSection(popup, '現住所');
  await popup.locator('details[data-section="oldAddress"]').getByLabel('郵便番号').fill('12345');
  await popup.getByRole('button', { name: '保存' }).click();
  await expect(popup.getByText('フリガナはカタカナで入力してください', { exact: true })).toBeVisible();
  await expect(popup.getByText('郵便番号は7桁の数字です', { exact: true })).toBeVisible();
  await expect(popup.getByRole('alert')).toContainText('入力内容を確認してください（2件）');
  await expect(popup.getByLabel('セイ（フリガナ）')).toHaveAttribute('aria-invalid', 'true');

  const reopened = await openPopup();
  await expect(reopened.getByLabel('セイ（フリガナ）')).toHaveValue('Yamada'); // kept as an unsaved draft
  await reopened.getByRole('button', { name: '変更を取り消す' }).click();
  await expect(reopened.getByLabel('セイ（フリガナ）')).toHaveValue('');
});

// `sites` starts the demo provider sites for the final fill.
test('a profile typed into the popup persists, is edited in the options page, and fills a provider form', async ({
  context,
  sites,
  openPopup,
  openOptions,
}) => {
  const popup = await openPopup();
  await fillPopupProfile(popup);
  await popup.close(); // an accidental close keeps what was typed

  const again = await openPopup();
  await expect(again.getByRole('status').filter({ hasText: '保存されていない入力を復元しました' })).toBeVisible();
  await expect(again.getByLabel('姓', { exact: true })).toHaveValue('山田');
  await again.getByRole('button', { name: '保存' }).click();
  await expect(again.getByText('保存しました')).toBeVisible();

  await again.reload();
  await expect(again.getByLabel('セイ（フリガナ）')).toHaveValue('ヤマダ');
  await expect(again.locator('details[data-section="oldAddress"]').getByLabel('郵便番号')).toHaveValue('1600022');
  await expect(again.locator('details[data-section="oldAddress"]').getByLabel('番地・号')).toHaveValue('１－１');
  await expect(again.locator('details[data-section="newAddress"]').getByLabel('郵便番号')).toHaveValue('5300001');
  await expect(again.getByLabel('電話番号')).toHaveValue('09012345678');

  const options = await openOptions();
  await expect(options.getByLabel('姓', { exact: true }).first()).toHaveValue('山田');
  await options.getByLabel('電話番号', { exact: true }).fill('0312345678');
  await options.getByLabel('生年月日').first().fill('1990-04-15');
  await options.getByRole('button', { name: '＋ 家族を追加' }).click();
  const member = options.locator('fieldset.member').first();
  await member.getByLabel('姓', { exact: true }).fill('山田');
  await member.getByLabel('名', { exact: true }).fill('一郎');
  await member.getByLabel('続柄').fill('夫');
  const denki = options.locator('fieldset.provider-values', { hasText: 'でもでんき' });
  await denki.getByLabel('お客さま番号').fill('1234-5678-90');
  await options.getByRole('button', { name: '保存', exact: true }).click();
  await expect(options.getByText('保存しました')).toBeVisible();

  await options.reload();
  await expect(options.getByLabel('電話番号', { exact: true })).toHaveValue('0312345678');
  await expect(options.locator('fieldset.member').first().getByLabel('名', { exact: true })).toHaveValue('一郎');
  await expect(options.locator('fieldset.provider-values', { hasText: 'でもでんき' }).getByLabel('お客さま番号')).toHaveValue('1234-5678-90');

  const popupAfter = await openPopup();
  await expect(popupAfter.getByLabel('電話番号')).toHaveValue('0312345678');

  const page = await context.newPage();
  await page.goto('http://127.0.0.1:27811/moving/step1');
  const fillPopup = await openPopup(page);
  await fillFromPopup(fillPopup);
  await expect(page.locator('#customerNo')).toHaveValue('1234-5678-90');
  await expect(page.locator('#seiKana')).toHaveValue('ヤマダ');
  await expect(page.locator('#tel1')).toHaveValue('03');
  await expect(page.locator('#tel2')).toHaveValue('1234');
  await expect(page.locator('#tel3')).toHaveValue('5678');
  await expect(page.locator('#zip1')).toHaveValue('160');
  await expect(page.locator('#town')).toHaveValue('新宿三丁目１－１');
});

test('a typed postal code offers the address from the offline index, several when a code has several towns', async ({ openPopup }) => {
  const popup = await openPopup();
  await openSection(popup, '現住所');
  const old = popup.locator('details[data-section="oldAddress"]');
  await old.getByLabel('郵便番号').fill('160-0022');
  const candidates = old.locator('.postal-candidates .candidate');
  await expect(candidates).toHaveText(['東京都 新宿区 新宿']);
  await candidates.first().click();
  await expect(old.getByLabel('都道府県')).toHaveValue('東京都');
  await expect(old.getByLabel('市区町村')).toHaveValue('新宿区');
  await expect(old.getByLabel('町名・丁目')).toHaveValue('新宿');

  await openSection(popup, '新住所');
  const neu = popup.locator('details[data-section="newAddress"]');
  await neu.getByLabel('郵便番号').fill('4520961');
  await expect(neu.locator('.postal-candidates .candidate')).toHaveCount(8);
  await expect(neu.locator('.postal-candidates')).toContainText('複数の地域');
  await neu.getByLabel('郵便番号').fill('0000000');
  await expect(neu.locator('.postal-candidates')).toContainText('見つかりませんでした');
});

test('the error summary lists each invalid field with a link that focuses it', async ({ openPopup }) => {
  const popup = await openPopup();
  await openSection(popup, 'お名前');
  await popup.getByLabel('セイ（フリガナ）').fill('Yamada');
  await openSection(popup, '現住所');
  await popup.locator('details[data-section="oldAddress"]').getByLabel('郵便番号').fill('12345');
  await popup.getByRole('button', { name: '保存', exact: true }).click();
  const summary = popup.locator('.editor-summary');
  const links = summary.getByRole('link');
  await expect(links).toHaveText(['セイ（フリガナ）：フリガナはカタカナで入力してください', '現住所 郵便番号：郵便番号は7桁の数字です']);
  // Closing the section first: the link opens it again.
  await popup.locator('details[data-section="oldAddress"] summary').click();
  await expect(popup.locator('details[data-section="oldAddress"]')).not.toHaveAttribute('open', '');
  await popup.getByRole('button', { name: '保存', exact: true }).focus();
  await links.nth(1).click();
  await expect(popup.locator('details[data-section="oldAddress"]').getByLabel('郵便番号')).toBeFocused();
  await links.nth(0).click();
  await expect(popup.getByLabel('セイ（フリガナ）')).toBeFocused();
});

test('after choosing a postal-code candidate the focused field is whole in view, clear of the save bar', async ({ openPopup }) => {
  const popup = await openPopup();
  await openSection(popup, 'お名前');
  await openSection(popup, '現住所');
  const old = popup.locator('details[data-section="oldAddress"]');
  await old.getByLabel('郵便番号').fill('160-0022');
  await old.locator('.postal-candidates .candidate').first().click();
  const block = old.getByLabel('番地・号');
  await expect(block).toBeFocused();
  await expect
    .poll(async () => {
      const box = await block.boundingBox();
      const bar = await popup.locator('.editor-actions').boundingBox();
      const viewport = popup.viewportSize()!;
      if (!box || !bar) return 'no box';
      return box.y >= 0 && box.y + box.height <= Math.min(viewport.height, bar.y) ? 'in view' : `field ${box.y}–${box.y + box.height}, bar at ${bar.y}`;
    })
    .toBe('in view');
});
