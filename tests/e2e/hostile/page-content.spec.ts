import type { Page } from '@playwright/test';
import { clickFill, expect, ja, PROVIDER, PROVIDER_LABEL, problemsFirst, reportRows, test, UI, valuesOf, type ReportRow } from './hostile-fixtures';

// What a provider page can put in front of the fill: hidden traps, covered fields, ambiguous
// selectors, fields outside the declared form, fields added later, and values that look like markup.

const filled = (key: string): ReportRow => ({ key, outcome: 'filled', reason: null });
const skipped = (key: string, reason: string): ReportRow => ({ key, outcome: 'skipped', reason });
const notFound = (key: string): ReportRow => ({ key, outcome: 'not-found', reason: null });

/** name/id and value of every text-like control of the page except the ones listed. */
async function otherValues(page: Page, except: string[]): Promise<{ field: string; value: string }[]> {
  return page.evaluate(
    (skip) =>
      Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type=submit]):not([type=button]), textarea'))
        .filter((el) => !skip.includes(el.id))
        .map((el) => ({ field: el.id || el.name, value: el.value })),
    except,
  );
}

async function openFilledPopup(page: Page, tabIdOf: (p: Page) => Promise<number>, popupForTab: (id: number) => Promise<Page>): Promise<Page> {
  const popup = await popupForTab(await tabIdOf(page));
  await expect(popup.locator('.page-name')).toHaveText(PROVIDER_LABEL);
  await clickFill(popup);
  await expect(popup.locator('.report')).toBeVisible();
  return popup;
}

test.describe('hostile provider pages: what lies in the page', () => {
  test.beforeEach(async ({ seedSampleProfile }) => {
    await seedSampleProfile();
  });

  test('1 hidden extra fields (type=hidden, off-screen, opacity 0, 1x1 px, visibility hidden, clip-path, display:none, closed details) are never filled, mapped or not', async ({
    context,
    tabIdOf,
    popupForTab,
  }) => {
    const page = await context.newPage();
    await page.goto(`${PROVIDER}/traps`);
    const popup = await openFilledPopup(page, tabIdOf, popupForTab);

    // The fill ran: the two visible mapped fields got their values.
    await expect(page.locator('#sei')).toHaveValue('山田');
    await expect(page.locator('#mei')).toHaveValue('花子');

    // Every trap — the 10 mapped ones, the 9 unmapped honeypots and the visible unmapped e-mail field — is empty.
    const others = await otherValues(page, ['sei', 'mei']);
    expect(others).toHaveLength(20);
    expect(others.filter((o) => o.value !== '')).toEqual([]);

    // Each mapped trap is reported as skipped because a person cannot see it. A type=hidden input is
    // not a control the extension ever writes: it is reported as an unsupported field.
    expect(await reportRows(popup)).toEqual(problemsFirst([
      filled('name.family'),
      filled('name.given'),
      skipped('email', 'unsupported'),
      skipped('phone', 'not-visible'),
      skipped('phoneAlt', 'not-visible'),
      skipped('name.fullKana', 'not-visible'),
      skipped('name.full', 'not-visible'),
      skipped('oldAddress.postalCode', 'not-visible'),
      skipped('emailConfirm', 'not-visible'),
      skipped('newAddress.full', 'not-visible'),
      skipped('oldAddress.full', 'not-visible'),
      skipped('newAddress.postalCode', 'not-visible'),
    ]));
    await expect(popup.locator('.report-counts')).toHaveText(ja('reportCounts', '2', '10', '0'));

    // The page's scripts saw events only on the fields that were written, and no submit.
    const probe = await page.evaluate(() => (window as unknown as { __probe: { events: Record<string, unknown>; submitted: number } }).__probe);
    expect(Object.keys(probe.events).sort()).toEqual(['mei', 'sei']);
    expect(probe.submitted).toBe(0);
  });

  test('2 a mapped field that is invisible or covered by an absolutely positioned box is skipped and reported', async ({ context, tabIdOf, popupForTab }) => {
    const page = await context.newPage();
    await page.goto(`${PROVIDER}/covered`);
    // The cover really lies on top of the phone field.
    const onTop = await page.evaluate(() => {
      const r = document.getElementById('telCovered')!.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.id;
    });
    expect(onTop).toBe('cover');

    const popup = await openFilledPopup(page, tabIdOf, popupForTab);
    await expect(page.locator('#sei')).toHaveValue('山田');
    await expect(page.locator('#mei')).toHaveValue('花子');
    await expect(page.locator('#telCovered')).toHaveValue('');
    await expect(page.locator('#mailInvisible')).toHaveValue('');
    expect(await reportRows(popup)).toEqual(problemsFirst([
      filled('name.family'),
      filled('name.given'),
      skipped('phone', 'not-visible'),
      skipped('email', 'not-visible'),
    ]));
    await expect(popup.locator('.report-fields li[data-key="phone"] .result')).toHaveText(UI.skipped('not-visible'));
  });

  test('2b a mapped field hidden under an opaque box that lets clicks through (pointer-events: none) is skipped and reported', async ({
    context,
    tabIdOf,
    popupForTab,
  }) => {
    const page = await context.newPage();
    await page.goto(`${PROVIDER}/covered-passthrough`);
    // The opaque cover encloses the whole field and is painted above it.
    const geometry = await page.evaluate(() => {
      const field = document.getElementById('telUnderCover')!.getBoundingClientRect();
      const cover = document.getElementById('cover')!;
      const box = cover.getBoundingClientRect();
      return {
        encloses: box.left <= field.left && box.top <= field.top && box.right >= field.right && box.bottom >= field.bottom,
        background: getComputedStyle(cover).backgroundColor,
        zIndex: getComputedStyle(cover).zIndex,
      };
    });
    expect(geometry).toEqual({ encloses: true, background: 'rgb(255, 255, 255)', zIndex: '10' });

    const popup = await openFilledPopup(page, tabIdOf, popupForTab);
    await expect(page.locator('#sei')).toHaveValue('山田');
    expect(await page.locator('#telUnderCover').inputValue()).toBe('');
    expect(await reportRows(popup)).toEqual(problemsFirst([filled('name.family'), filled('name.given'), skipped('phone', 'not-visible')]));
  });

  test('2c fields the page hides while the fill writes earlier ones (a class, a style rule) are skipped and reported', async ({ context, tabIdOf, popupForTab }) => {
    const page = await context.newPage();
    await page.goto(`${PROVIDER}/reacts`);
    // Control: every field is visible and uncovered before the fill.
    const shown = await page.evaluate(() =>
      ['sei', 'mei', 'tel', 'mail', 'kana'].map((id) => {
        const el = document.getElementById(id)!;
        const r = el.getBoundingClientRect();
        return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el && getComputedStyle(el).visibility === 'visible';
      }),
    );
    expect(shown).toEqual([true, true, true, true, true]);

    const popup = await openFilledPopup(page, tabIdOf, popupForTab);
    await expect(page.locator('#sei')).toHaveValue('山田');
    await expect(page.locator('#mei')).toHaveValue('花子');
    await expect(page.locator('#tel')).not.toHaveValue('');
    await expect(page.locator('#mail')).toHaveValue('');
    await expect(page.locator('#kana')).toHaveValue('');
    expect(await reportRows(popup)).toEqual(problemsFirst([
      filled('name.family'),
      filled('name.given'),
      filled('phone'),
      skipped('email', 'not-visible'),
      skipped('name.fullKana', 'not-visible'),
    ]));
  });

  test('3 a selector matching several elements, or a field outside the declared form, is not filled and is reported ambiguous / outside-form', async ({
    context,
    tabIdOf,
    popupForTab,
  }) => {
    const page = await context.newPage();
    await page.goto(`${PROVIDER}/scope`);
    const popup = await openFilledPopup(page, tabIdOf, popupForTab);

    await expect(page.locator('#sei')).toHaveValue('山田');
    await expect(page.locator('#mei')).toHaveValue('花子');
    expect(await valuesOf(page, 'input[name="tel"]')).toEqual(['', '']);
    expect(await valuesOf(page, '[id="dupId"]')).toEqual(['', '']);
    expect(await valuesOf(page, 'input.mail')).toEqual(['', '']);
    for (const id of ['mailOther', 'kanaOther', 'telLoose']) await expect(page.locator(`#${id}`)).toHaveValue('');
    expect((await otherValues(page, ['sei', 'mei'])).filter((o) => o.value !== '')).toEqual([]);

    expect(await reportRows(popup)).toEqual(problemsFirst([
      filled('name.family'),
      filled('name.given'),
      skipped('phone', 'ambiguous'),
      skipped('name.fullKana', 'ambiguous'),
      skipped('email', 'ambiguous'),
      skipped('emailConfirm', 'outside-form'),
      skipped('phoneAlt', 'outside-form'),
      skipped('name.familyKana', 'outside-form'),
    ]));
    await expect(popup.locator('.report-fields li[data-key="phone"] .result')).toHaveText(UI.skipped('ambiguous'));
    await expect(popup.locator('.report-fields li[data-key="emailConfirm"] .result')).toHaveText(UI.skipped('outside-form'));
  });

  test('3b a page that has the declared form twice gets nothing (no-form)', async ({ context, tabIdOf, popupForTab, ask, badgeOf }) => {
    const page = await context.newPage();
    await page.goto(`${PROVIDER}/scope-twice`);
    expect(await page.locator('form#main').count()).toBe(2);
    const tabId = await tabIdOf(page);
    const popup = await popupForTab(tabId);
    await expect(popup.locator('.page-name')).toHaveText(PROVIDER_LABEL);
    await clickFill(popup);
    await expect(popup.locator('.fill-result .error')).toHaveText(UI.noForm);
    await expect(page.locator('#sei')).toHaveValue('');
    await expect(page.locator('#mei')).toHaveValue('');
    expect(await ask({ type: 'last-report', tabId })).toEqual({ ok: true, report: null });
    expect(await badgeOf(tabId)).toBe('');
  });

  test('9a opening a provider page fills nothing until the user acts', async ({ context, tabIdOf, ask, badgeOf }) => {
    const page = await context.newPage();
    await page.goto(`${PROVIDER}/late`);
    await page.waitForLoadState('load');
    await page.waitForTimeout(800);
    expect(await otherValues(page, [])).toEqual([
      { field: 'sei', value: '' },
      { field: 'mei', value: '' },
      { field: 'mail', value: '' },
    ]);
    const probe = await page.evaluate(() => (window as unknown as { __probe: { events: Record<string, unknown> } }).__probe);
    expect(probe.events).toEqual({});
    const tabId = await tabIdOf(page);
    expect(await ask({ type: 'last-report', tabId })).toEqual({ ok: true, report: null });
    expect(await badgeOf(tabId)).toBe('');
  });

  test('9b fields a page adds after a fill (500 ms after a change event) stay empty', async ({ context, tabIdOf, popupForTab }) => {
    const page = await context.newPage();
    await page.goto(`${PROVIDER}/late`);
    const popup = await openFilledPopup(page, tabIdOf, popupForTab);
    await expect(page.locator('#sei')).toHaveValue('山田');
    await expect(page.locator('#mail')).toHaveValue('hanako.yamada@example.jp');
    // At fill time the late fields did not exist.
    expect(await reportRows(popup)).toEqual(problemsFirst([
      filled('name.family'),
      filled('name.given'),
      filled('email'),
      notFound('phone'),
      notFound('name.fullKana'),
    ]));

    // The page added its fields in reaction to the fill's change event…
    await expect.poll(() => page.evaluate(() => (window as unknown as { __lateAdded: number }).__lateAdded)).toBe(3);
    // …and well after that, they are still empty.
    await page.waitForTimeout(1000);
    await expect(page.locator('#lateTel')).toHaveValue('');
    await expect(page.locator('#lateKana')).toHaveValue('');
    await expect(page.locator('#sei2')).toHaveValue('');
    expect(await valuesOf(page, 'input[name="sei"]')).toEqual(['', '山田']);
  });

  test('10 values with markup or quotes are written as text and never interpreted', async ({ context, openOptions, openPopup, tabIdOf, popupForTab }) => {
    const FAMILY = '<img src=x onerror="window.__xss=1">';
    const GIVEN = `"'><script>window.__xss=2</script>`;
    const OLD_BUILDING = `"'><script>window.__xss=2</script>`;
    const NEW_BUILDING = `</textarea><svg onload="window.__xss=3">&amp;`;

    const options = await openOptions();
    await options.locator('[name="name.family"]').fill(FAMILY);
    await options.locator('[name="name.given"]').fill(GIVEN);
    await options.locator('[name="oldAddress.building"]').fill(OLD_BUILDING);
    await options.locator('[name="newAddress.building"]').fill(NEW_BUILDING);
    const editorForm = options.locator('form.editor');
    await editorForm.getByRole('button', { name: ja('save'), exact: true }).click();
    await expect(editorForm.getByText(ja('saved'), { exact: true })).toBeVisible();
    await options.reload();
    await expect(options.locator('[name="name.family"]')).toHaveValue(FAMILY);
    await expect(options.locator('[name="oldAddress.building"]')).toHaveValue(OLD_BUILDING);

    const page = await context.newPage();
    await page.goto(`${PROVIDER}/markup`);
    const count = () =>
      page.evaluate(() => ({
        elements: document.getElementsByTagName('*').length,
        scripts: document.scripts.length,
        media: document.querySelectorAll('img, svg, iframe, object, embed').length,
      }));
    const before = await count();
    expect(before.media).toBe(0);
    const popup = await openFilledPopup(page, tabIdOf, popupForTab);

    await expect(page.locator('#sei')).toHaveValue(FAMILY);
    await expect(page.locator('#mei')).toHaveValue(GIVEN);
    await expect(page.locator('#oldBuilding')).toHaveValue(OLD_BUILDING);
    await expect(page.locator('#newBuilding')).toHaveValue(NEW_BUILDING);
    expect(await reportRows(popup)).toEqual(problemsFirst([
      filled('name.family'),
      filled('name.given'),
      filled('oldAddress.building'),
      filled('newAddress.building'),
    ]));

    // Nothing ran and nothing was added to the page.
    await page.waitForTimeout(300);
    const traces = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: unknown }).__xss,
      added: (window as unknown as { __addedElements: string[] }).__addedElements,
    }));
    expect(traces).toEqual({ xss: undefined, added: [] });
    expect(await count()).toEqual(before);

    // The popup shows the report as text: person-readable labels, no element from the values.
    const labels = await popup.locator('.report-fields li .what').allTextContents();
    expect(labels).toEqual([
      ja('key_name_family'),
      ja('key_name_given'),
      `${ja('side_oldAddress')} ${ja('addr_building')}`,
      `${ja('side_newAddress')} ${ja('addr_building')}`,
    ]);
    expect(await popup.locator('.report-fields').innerHTML()).not.toContain('<img');
    const pageCheck = async (p: Page) =>
      p.evaluate(() => ({
        xss: (window as unknown as { __xss?: unknown }).__xss,
        foreign: document.querySelectorAll('img, svg, iframe, object, embed, script:not([src])').length,
      }));
    expect(await pageCheck(popup)).toEqual({ xss: undefined, foreign: 0 });

    // The editors show the stored values as the values of their inputs, nothing more.
    const editor = await openPopup();
    await expect(editor.locator('[name="name.family"]')).toHaveValue(FAMILY);
    expect(await pageCheck(editor)).toEqual({ xss: undefined, foreign: 0 });
    expect(await pageCheck(options)).toEqual({ xss: undefined, foreign: 0 });
  });
});
