import type { Page } from '@playwright/test';
import testTrust from '../../providers/demo/test-trust';
import { expect, fillFromPopup, test } from './fixtures';
import { ja } from './hostile/hostile-fixtures';
import { visibilityAsTheEyeSeesIt } from './journeys/visibility';

// A fill the user can trust: nothing silently left out, nothing overwritten, nothing that does not
// fit, nothing written where nobody can see it, and no guessed fill on pages that imitate or frame
// another site. Pages: tests/fixtures/sites/test-trust/, mapped by providers/demo/test-trust.ts on
// 127.0.0.1; the same pages reached through *.localhost names (which Chromium resolves to the
// loopback address) are sites without a mapping.

const PORT = Number(new URL(testTrust.origins[0]).port);
const MAPPED = `http://127.0.0.1:${PORT}`;
const unmapped = (host: string) => `http://${host}.localhost:${PORT}`;

// Every test needs the fixture sites up (a worker fixture, started on first use).
test.beforeAll(async ({ sites }) => {
  expect(sites).toBeTruthy();
});

async function rows(popup: Page) {
  return popup
    .locator('.report-fields li')
    .evaluateAll((lis) => lis.map((li) => ({ key: li.getAttribute('data-key'), outcome: li.getAttribute('data-outcome'), reason: li.getAttribute('data-reason') })));
}

test.describe('the report tells the whole truth', () => {
  test('fields left empty are listed with their captions, required first, and outlined on the page until the user types', async ({
    context,
    openPopup,
    seedSampleProfile,
  }) => {
    await seedSampleProfile();
    const page = await context.newPage();
    await page.goto(`${MAPPED}/entry`);
    const elementsBefore = await page.locator('body *').count();
    const popup = await openPopup(page);
    await fillFromPopup(popup);

    // The fill worked (the page has an element named like the extension's agent).
    await expect(page.locator('#sei')).toHaveValue('山田');
    await expect(page.locator('#pref')).toHaveValue('大阪府');

    const empty = popup.locator('.left-empty li');
    await expect(popup.locator('.left-empty h3')).toHaveText(`${ja('leftEmptyTitle')}（4）`);
    await expect(empty).toHaveText([
      `${ja('leftEmptyRequired')} お客さま番号 必須`,
      `${ja('leftEmptyRequired')} 住所１`,
      '名（1文字）',
      '建物名・部屋番号',
    ]);
    expect(await empty.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-required')))).toEqual(['true', 'true', 'false', 'false']);
    // Captions only: no profile value appears in the list.
    for (const value of ['山田', '花子', '大阪府', '09012345678']) await expect(popup.locator('.left-empty')).not.toContainText(value);

    // The page marks exactly those fields, with an outline and no text.
    for (const id of ['customer', 'addr1', 'mei', 'building']) await expect(page.locator(`#${id}`)).toHaveCSS('outline-style', 'solid');
    for (const id of ['sei', 'tel', 'pref', 'agree']) await expect(page.locator(`#${id}`)).toHaveCSS('outline-style', 'none');
    expect(await page.locator('body *').count()).toBe(elementsBefore);
    await page.locator('#addr1').pressSequentially('1-2-3');
    await page.locator('#addr1').blur(); // the focus ring is the browser's own outline
    await expect(page.locator('#addr1')).toHaveCSS('outline-style', 'none');
    await expect(page.locator('#customer')).toHaveCSS('outline-style', 'solid');
  });

  test('a value the user typed is kept and reported; 「上書きして入力」 replaces only those fields', async ({ context, openPopup, seedSampleProfile }) => {
    await seedSampleProfile();
    const page = await context.newPage();
    await page.goto(`${MAPPED}/entry`);
    await page.locator('#tel').fill('0311112222');
    const popup = await openPopup(page);
    await fillFromPopup(popup);

    await expect(page.locator('#sei')).toHaveValue('山田');
    await expect(page.locator('#tel')).toHaveValue('0311112222');
    // Problem rows come first.
    expect((await rows(popup)).slice(0, 2)).toEqual([
      { key: 'name.given', outcome: 'skipped', reason: 'too-long' },
      { key: 'phone', outcome: 'skipped', reason: 'user-value' },
    ]);
    await expect(popup.locator('li[data-key="phone"] .result')).toHaveText(ja('outcome_skipped', ja('reason_user_value')));

    // The user corrects the family name on the page; overwriting the phone leaves that correction alone.
    await page.locator('#sei').fill('山本');
    await popup.getByRole('button', { name: ja('overwriteButton') }).click();
    await expect(popup.locator('li[data-key="phone"]')).toHaveAttribute('data-outcome', 'filled');
    await expect(page.locator('#tel')).not.toHaveValue('0311112222');
    expect((await page.locator('#tel').inputValue()).replace(/\D/g, '')).toBe('09012345678');
    await expect(page.locator('#sei')).toHaveValue('山本');
    await expect(popup.locator('li[data-key="name.family"]')).toHaveAttribute('data-reason', 'user-value');
  });

  test('a value longer than maxlength is not written and the report says why', async ({ context, openPopup, seedSampleProfile }) => {
    await seedSampleProfile();
    const page = await context.newPage();
    await page.goto(`${MAPPED}/entry`);
    const popup = await openPopup(page);
    await fillFromPopup(popup);
    await expect(page.locator('#sei')).toHaveValue('山田');
    await expect(page.locator('#mei')).toHaveValue('');
    await expect(popup.locator('li[data-key="name.given"]')).toHaveAttribute('data-reason', 'too-long');
    await expect(popup.locator('li[data-key="name.given"] .result')).toContainText('欄に入りきりません（1文字まで）');
  });
});

// The same journey runs in Firefox (firefox/options-and-visibility.firefox.spec.ts).
test('visibility as the eye sees it: faint ancestors, filter opacity, zero scale, covers below the fold and inside a shadow root', async ({ driver }) => {
  await visibilityAsTheEyeSeesIt(driver);
});

test.describe('guessed fills on untrusted pages', () => {
  async function openGuesses(page: Page, openPopup: (p: Page) => Promise<Page>): Promise<Page> {
    const popup = await openPopup(page);
    await popup.getByRole('button', { name: ja('fillButton') }).click();
    await expect(popup.locator('.guesses, .fill-result .error').first()).toBeVisible();
    return popup;
  }

  test('a host imitating an official domain is named, warned about, and nothing is pre-ticked', async ({ context, openPopup, seedSampleProfile }) => {
    await seedSampleProfile();
    // Control: an ordinary unmapped site gets its confident guesses ticked.
    const plain = await context.newPage();
    await plain.goto(`${unmapped('renraku')}/guess`);
    let popup = await openGuesses(plain, openPopup);
    await expect(popup.locator('.guess-domain')).toHaveText('renraku.localhost');
    await expect(popup.locator('.guesses .warning')).toHaveCount(0);
    expect(await popup.locator('.guess-fields input[type=checkbox]:checked').count()).toBeGreaterThan(0);
    await popup.close();

    const page = await context.newPage();
    await page.goto(`${unmapped('tepco.co.jp')}/guess`);
    popup = await openGuesses(page, openPopup);
    await expect(popup.locator('.guesses .warning')).toContainText('tepco.co.jp');
    await expect(popup.locator('.guess-fields li')).not.toHaveCount(0);
    await expect(popup.locator('.guess-fields input[type=checkbox]:checked')).toHaveCount(0);
    // Confirming without ticking anything writes nothing.
    await popup.getByRole('button', { name: ja('guessConfirm') }).click();
    await expect(popup.locator('.report')).toBeVisible();
    await expect(page.locator('#name1')).toHaveValue('');
  });

  test('a page that frames a registered provider gets no guessed fill', async ({ context, openPopup, seedSampleProfile }) => {
    await seedSampleProfile();
    const page = await context.newPage();
    await page.goto(`${unmapped('framer')}/frames-provider`);
    const popup = await openGuesses(page, openPopup);
    await expect(popup.locator('.fill-result .error')).toHaveText(ja('fillError_frames_other_site'));
    await expect(popup.locator('.guesses')).toHaveCount(0);
    await expect(page.locator('#name1')).toHaveValue('');
  });

  test('when the tab moved to another origin between opening the popup and confirming, nothing is written', async ({
    context,
    openPopup,
    seedSampleProfile,
  }) => {
    await seedSampleProfile();
    const page = await context.newPage();
    await page.goto(`${unmapped('first-site')}/guess`);
    const popup = await openGuesses(page, openPopup);
    await expect(popup.locator('.guess-fields input[type=checkbox]:checked')).not.toHaveCount(0);
    await page.goto(`${unmapped('second-site')}/guess`);
    await popup.getByRole('button', { name: ja('guessConfirm') }).click();
    await expect(popup.locator('.fill-result .error')).toHaveText(ja('fillError_page_changed'));
    await expect(page.locator('#name1')).toHaveValue('');
    await expect(page.locator('#mail')).toHaveValue('');
  });
});

test('「すべて削除」 needs its confirmation: the confirmation row stays hidden until asked for', async ({ openOptions, openPopup, context, seedSampleProfile }) => {
  await seedSampleProfile();
  const options = await openOptions();
  const section = options.locator('[data-section="delete"]');
  const confirm = section.getByRole('button', { name: ja('deleteAllConfirm') });
  await expect(confirm).toBeHidden();
  await expect(section.getByText(ja('deleteAllQuestion'))).toBeHidden();

  // First click: only the question appears; cancelling hides it again and deletes nothing.
  await section.getByRole('button', { name: ja('deleteAll') }).click();
  await expect(confirm).toBeVisible();
  await section.getByRole('button', { name: ja('cancel') }).click();
  await expect(confirm).toBeHidden();
  const page = await context.newPage();
  await page.goto(`${MAPPED}/entry`);
  await fillFromPopup(await openPopup(page));
  await expect(page.locator('#sei')).toHaveValue('山田');

  // Two deliberate clicks delete everything.
  await section.getByRole('button', { name: ja('deleteAll') }).click();
  await confirm.click();
  await expect(section.getByText(ja('deleteAllDone'))).toBeVisible();
  const after = await context.newPage();
  await after.goto(`${MAPPED}/entry`);
  const popup = await openPopup(after);
  await popup.getByRole('button', { name: ja('fillButton') }).click();
  await expect(popup.locator('.fill-result .error')).toHaveText(ja('fillError_profile_empty'));
  await expect(after.locator('#sei')).toHaveValue('');
});
