import { expect } from '@playwright/test';
import testTrust from '../../../providers/demo/test-trust';
import { agreeIfAsked, clickButton, ja, reportRows, type Driver } from './driver';

const URL_ = `${testTrust.origins[0]}/visibility`;

/** Fields nobody can see are skipped, each with a control field that fills (demo build): nested
 * opacities 0.2×0.2 and 0.05, a filter opacity, zero scale, a cover below the fold and a cover inside
 * a shadow root. */
export async function visibilityAsTheEyeSeesIt(d: Driver): Promise<void> {
  const b = d.browser;
  await d.seedSampleProfile();
  const page = await d.openPage(URL_);
  const popup = await d.popupFor(URL_);
  await clickButton(d, popup, ja('fillButton'));
  await agreeIfAsked(d, popup);

  const values = await page.evaluate(
    (doc, ids) => Object.fromEntries(ids.map((id) => [id, (doc.getElementById(id) as HTMLInputElement | null)?.value ?? '<missing>'])),
    ['sei', 'mei', 'belowFoldOpen', 'twoFaint', 'oneFaint', 'filterFaint', 'scaled', 'belowFold', 'shadowCovered'],
  );
  expect(values, `${b}: what was written`).toEqual({
    sei: '山田',
    mei: '花子',
    belowFoldOpen: 'hanako.yamada@example.jp', // below the fold but uncovered: the control
    twoFaint: '',
    oneFaint: '',
    filterFaint: '',
    scaled: '',
    belowFold: '',
    shadowCovered: '',
  });
  const byKey = Object.fromEntries((await reportRows(popup)).map((r) => [r.key, `${r.outcome}:${r.reason ?? ''}`]));
  expect(byKey, `${b}: report`).toEqual({
    'name.family': 'filled:',
    'name.given': 'filled:',
    emailConfirm: 'filled:',
    phone: 'skipped:not-visible',
    email: 'skipped:not-visible',
    phoneAlt: 'skipped:not-visible',
    'name.fullKana': 'skipped:not-visible',
    'oldAddress.postalCode': 'skipped:not-visible',
    'newAddress.postalCode': 'skipped:not-visible',
  });
  expect(await page.evaluate((doc) => doc.defaultView!.scrollY, null), `${b}: the page stays scrolled where it was`).toBe(0);
  await popup.close();
  await page.close();
}
