import { UNMAPPED_SITE } from '../../../scripts/lib/demo-sites';
import { clickButton, expect, fieldValue, test } from './firefox-fixtures';

// The Chromium journey of fill-unmapped-page.spec.ts in Firefox: on a page no provider file maps,
// the popup lists what it recognised, and only what the user confirms is filled.

const URL_ = `http://127.0.0.1:${UNMAPPED_SITE.port}${UNMAPPED_SITE.path}`;

test.describe('firefox: a page without a mapping', () => {
  test.describe.configure({ timeout: 150_000 });

  test('firefox: the guessed fill writes only the confirmed fields', async ({ sites, openPage, tabIdOf, popupForTab, seedSampleProfile }) => {
    await seedSampleProfile();
    const page = await openPage(URL_);
    const before = sites.requests.length;
    const popup = await popupForTab(await tabIdOf(URL_));
    await clickButton(popup, 'このページに入力');
    await popup.waitForSelector('.guess-fields li', { timeout: 10_000 });
    expect(await popup.$$eval('.guess-fields li', (lis) => lis.length), 'firefox: recognised fields').toBe(16);
    // Nothing is written before the user confirms.
    expect(await fieldValue(page, 'shimei_sei'), 'firefox: before confirmation').toBe('');

    await popup.$eval('.guess[data-selector="#hikkoshi"] input[type=checkbox]', (box) => (box as HTMLInputElement).click());
    await clickButton(popup, 'チェックした項目を入力');
    await popup.waitForSelector('.report', { visible: true, timeout: 10_000 });

    const expected: Record<string, string> = {
      shimei_sei: '山田',
      shimei_mei: '花子',
      furi_sei: 'ヤマダ',
      furi_mei: 'ハナコ',
      renraku: '09012345678',
      kyu_zip: '160-0022',
      kyu_addr: '東京都新宿区新宿三丁目1-1 サンプルマンション101',
      shin_zip: '530-0001',
      shin_pref: '大阪府',
      shin_city: '大阪市北区',
      shin_banchi: '梅田一丁目2-3',
      shin_bldg: '梅田テストハイツ502',
      hikkoshi: '', // unticked by the user
      keiyaku: '',
      daisu: '',
      biko: '',
    };
    for (const [name, value] of Object.entries(expected)) expect(await fieldValue(page, name), `firefox: field ${name}`).toBe(value);
    expect(await page.evaluate(() => (window as unknown as { __probe: { submitted: number } }).__probe.submitted), 'firefox: nothing submitted').toBe(0);
    expect(sites.requests.slice(before).filter((r) => r.port === UNMAPPED_SITE.port && r.method !== 'GET')).toEqual([]);
  });
});
