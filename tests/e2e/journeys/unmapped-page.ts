import { expect } from '@playwright/test';
import type { DemoServers } from '../../../scripts/lib/demo-server';
import { UNMAPPED_SITE } from '../../../scripts/lib/demo-sites';
import { agreeIfAsked, clickButton, fieldValue, ja, probeOf, waitFor, type Driver, type Surface } from './driver';

export const UNMAPPED_URL = `http://127.0.0.1:${UNMAPPED_SITE.port}${UNMAPPED_SITE.path}`;

/** What the sample profile puts on the unmapped page when every guess but the move date is
 * confirmed. */
export const UNMAPPED_EXPECTED: Record<string, string> = {
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

/** In an open popup on the unmapped page: asks for the fill, checks that nothing is written yet,
 * then, as a user who has looked at each guess, ticks every
 * guess that has a value except those for `untick` (field selectors), which it unticks; confirms,
 * agrees if asked, and waits for the report. Returns how many fields were recognised and the site
 * the guesses were made for. */
export async function confirmGuesses(d: Driver, page: Surface, popup: Surface, untick: string[]): Promise<{ count: number; domain: string }> {
  await clickButton(d, popup, ja('fillButton'));
  const count = await waitFor(d, popup, 'the recognised fields', (doc) => doc.querySelectorAll('.guess-fields li').length, null);
  const domain = await popup.evaluate((doc) => doc.querySelector('.guess-domain')?.textContent?.trim() ?? '', null);
  // Nothing is written before the user confirms.
  expect(await fieldValue(page, 'shimei_sei'), `${d.browser}: nothing written before confirmation`).toBe('');
  const ticked = await popup.evaluate((doc, skip) => {
    for (const box of doc.querySelectorAll<HTMLInputElement>('.guess input[type=checkbox]')) {
      const selector = box.closest('.guess')?.getAttribute('data-selector') ?? '';
      if (box.disabled || box.checked !== skip.includes(selector)) continue;
      box.click();
    }
    return Array.from(doc.querySelectorAll<HTMLInputElement>('.guess input[type=checkbox]:checked'), (box) => box.closest('.guess')?.getAttribute('data-selector') ?? '');
  }, untick);
  for (const selector of untick) expect(ticked, `${d.browser}: ${selector} unticked`).not.toContain(selector);
  await clickButton(d, popup, ja('guessConfirm'));
  await agreeIfAsked(d, popup);
  return { count, domain };
}

/** A page no provider file maps (demo build): only what the user confirms is filled, nothing is
 * submitted and nothing is sent. */
export async function guessedFillOnUnmappedPage(d: Driver, sites: DemoServers): Promise<void> {
  const b = d.browser;
  await d.seedSampleProfile();
  const page = await d.openPage(UNMAPPED_URL);
  const before = sites.requests.length;
  const popup = await d.popupFor(UNMAPPED_URL);
  expect((await confirmGuesses(d, page, popup, ['#hikkoshi'])).count, `${b}: recognised fields`).toBe(16);
  for (const [name, value] of Object.entries(UNMAPPED_EXPECTED)) expect(await fieldValue(page, name), `${b}: field ${name}`).toBe(value);
  expect((await probeOf(page)).submitted, `${b}: nothing submitted`).toBe(0);
  expect(sites.requests.slice(before).filter((r) => r.port === UNMAPPED_SITE.port && r.method !== 'GET'), `${b}: nothing sent`).toEqual([]);
  await popup.close();
  await page.close();
}
