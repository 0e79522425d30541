import { expect } from '@playwright/test';
import { clickButton, fieldValue, ja, waitFor, type Driver, type Surface } from './driver';
import { confirmGuesses } from './unmapped-page';

/** What a person types into the options page, key by key, by the fields' labels. */
export const TYPED_PROFILE: [labelKey: string, typed: string][] = [
  ['key_name_family', '山田'],
  ['key_name_given', '花子'],
  // ひらがな is accepted and stored as カタカナ.
  ['key_name_familyKana', 'やまだ'],
  ['key_name_givenKana', 'ハナコ'],
  ['key_phone', '090-1234-5678'],
];

/** What the typed profile fills on the unmapped page (tests/fixtures/sites/unmapped-nhk). */
export const TYPED_PROFILE_FILLS: Record<string, string> = {
  shimei_sei: '山田',
  shimei_mei: '花子',
  furi_sei: 'ヤマダ',
  furi_mei: 'ハナコ',
  renraku: '09012345678',
};

export function whenReady(d: Driver, s: Surface, what: string): Promise<unknown> {
  return waitFor(d, s, `${what} is ready`, (doc) => doc.body?.dataset.ready === 'true', null);
}

/** Types the profile into the options page with the keyboard, saves it, and checks that a reopened
 * options page shows what was stored (the kana converted, the phone without hyphens). */
export async function enterProfileInOptions(d: Driver): Promise<void> {
  const options = await d.openOptions();
  await whenReady(d, options, 'the options page');
  for (const [key, text] of TYPED_PROFILE) await options.typeInto(ja(key), text);
  await clickButton(d, options, ja('save'));
  await waitFor(d, options, `「${ja('saved')}」`, (doc, saved) => doc.body.innerText.includes(saved), ja('saved'));
  await options.close();

  const again = await d.openOptions();
  await whenReady(d, again, 'the reopened options page');
  const stored = await again.evaluate((doc, labels) => {
    const valueOf = (label: string) => {
      const target = Array.from(doc.querySelectorAll('label')).find((l) => (l.textContent ?? '').trim() === label);
      const field = (target?.control ?? target?.querySelector('input')) as HTMLInputElement | null;
      return field?.value ?? null;
    };
    return labels.map(valueOf);
  }, TYPED_PROFILE.map(([key]) => ja(key)));
  expect(stored, `${d.browser}: the options page shows the stored profile`).toEqual(['山田', '花子', 'ヤマダ', 'ハナコ', '09012345678']);
  await again.close();
}

/** Fills a page with the typed profile and checks the fields it maps. */
export async function expectTypedProfileOn(d: Driver, page: Surface): Promise<void> {
  for (const [name, value] of Object.entries(TYPED_PROFILE_FILLS)) expect(await fieldValue(page, name), `${d.browser}: field ${name}`).toBe(value);
}

/** The profile typed into the options page fills the unmapped page after the user has looked at and ticked each guess (demo build). */
export async function typedProfileFills(d: Driver, url: string): Promise<void> {
  await enterProfileInOptions(d);
  const page = await d.openPage(url);
  const popup = await d.popupFor(url);
  await confirmGuesses(d, page, popup, []);
  await expectTypedProfileOn(d, page);
  await popup.close();
  await page.close();
}
