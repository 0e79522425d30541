import type { Page } from '@playwright/test';
import { expect, fillFromPopup, test } from './fixtures';
import { ja } from './hostile/hostile-fixtures';

// The value formats a real Japanese form asks for, filled end to end on the デモ郵便 転居届 pages
// (providers/demo/demo-tenkyo.ts) from the sample profile (lib/demo/sample-profile.ts): ひらがな,
// 半角カナ, a 和暦 era select, JIS-code prefecture selects, ハイフンなし digits, 全角 text, a one-line
// address. Fields marked "inferred" have no format in the mapping: the fill reads it from the page
// (hint text, maxlength, placeholder, options).

const PORT = 27814;
const PROVIDER_LABEL = 'デモ郵便 転居届（インターネット受付）';

interface FormatCase {
  path: string;
  /** name attribute → exact value after the fill. */
  values: Record<string, string>;
  /** Selects: name → the text of the option that must be selected. */
  selectedText: Record<string, string>;
  /** Unmapped, hidden or trap fields → the value they must keep. */
  untouched: Record<string, string>;
  unchecked: string[];
  /** Provider field keys in mapping order; every one must be reported as filled. */
  keys: string[];
}

const CASES: FormatCase[] = [
  {
    path: '/tenkyo/step1',
    values: {
      todokedeSei: '山田',
      todokedeMei: '花子',
      furiganaSei: 'やまだ', // inferred hiragana from 「ふりがな（ひらがな）」
      furiganaMei: 'はなこ', // inferred hiragana
      atenaKana: 'ﾔﾏﾀﾞ ﾊﾅｺ', // inferred halfwidthKatakana from 「フリガナ（半角カナ）」; the 全角 space becomes a 半角 one
      birthEra: '4', // 平成 (JIS era code) for 1990-04-15
      birthNen: '2', // the era year, because the page has an era part
      birthTsuki: '4',
      birthHi: '15',
      telKeitai: '09012345678', // inferred phoneDigits from 「ハイフンなし」 / maxlength 11
      telJitaku: '03-1234-5678', // explicit phoneHyphen
      tenkyosha2Sei: '山田',
      tenkyosha2Mei: '一郎',
      tenkyosha2FuriSei: 'やまだ', // inferred hiragana
      tenkyosha2FuriMei: 'いちろう', // inferred hiragana
      tenkyosha2Zokugara: '夫',
    },
    selectedText: { birthEra: '平成', birthTsuki: '4', birthHi: '15' },
    untouched: { tenkyosha3Shimei: '', tenkyosha3Furigana: '', faxNo: '', token: 'demo-token' },
    unchecked: [],
    keys: [
      'name.family', 'name.given', 'name.familyKana', 'name.givenKana', 'name.fullKana',
      'birthDate', 'birthDate', 'birthDate', 'birthDate', 'phone', 'phoneAlt',
      'household[0].name.family', 'household[0].name.given', 'household[0].name.familyKana',
      'household[0].name.givenKana', 'household[0].relationship',
    ],
  },
  {
    path: '/tenkyo/step2',
    values: {
      kyuYubin: '1600022', // inferred postalDigits from 「ハイフンなし・半角数字7桁」 / maxlength 7
      kyuPref: '13', // option value = JIS code, text 東京都
      kyuShiku: '新宿区',
      kyuChoiki: '新宿三丁目',
      kyuBanchi: '１－１', // inferred fullwidth from 「全角で入力してください。」 (U+FF11 U+FF0D U+FF11)
      kyuTatemono: 'サンプルマンション１０１', // explicit fullwidth
      shinYubin: '530-0001', // inferred postalHyphen from the placeholder 「例：100-0001」
      shinPref: '27', // 大阪府
      shinJusho: '大阪府大阪市北区梅田一丁目2-3 梅田テストハイツ502',
      tensoKaishi: '令和8年12月20日', // explicit dateWareki (move.date 2026-12-20)
    },
    selectedText: { kyuPref: '東京都', shinPref: '大阪府' },
    untouched: { bikou: '', homepage: '' },
    unchecked: ['doui'],
    keys: [
      'oldAddress.postalCode', 'oldAddress.prefecture', 'oldAddress.city', 'oldAddress.town',
      'oldAddress.block', 'oldAddress.building', 'newAddress.postalCode', 'newAddress.prefecture',
      'newAddress.full', 'move.date',
    ],
  },
];

async function fieldValue(page: Page, name: string): Promise<string> {
  return page.evaluate((n) => {
    const els = Array.from(document.getElementsByName(n)) as HTMLInputElement[];
    if (els.length !== 1) return `<${els.length} elements>`;
    return els[0].value;
  }, name);
}

async function selectedText(page: Page, name: string): Promise<string> {
  return page.evaluate((n) => {
    const el = document.getElementsByName(n)[0] as HTMLSelectElement | undefined;
    return el?.selectedOptions[0]?.textContent?.trim() ?? '<missing>';
  }, name);
}

interface Probe {
  events: Record<string, { input: number; change: number }>;
  submitted: number;
}

test.describe('fill the デモ郵便 転居届 in the formats its fields ask for', () => {
  for (const c of CASES) {
    test(`demo-tenkyo ${c.path}`, async ({ context, sites, openPopup, seedSampleProfile }) => {
      await seedSampleProfile();
      const page = await context.newPage();
      const url = `http://127.0.0.1:${PORT}${c.path}`;
      await page.goto(url);
      const before = sites.requests.length;

      // Every mapped field starts empty, every select on its placeholder option.
      for (const name of Object.keys(c.values)) {
        expect(await fieldValue(page, name), `${name} before the fill`).toBe('');
      }

      const popup = await openPopup(page);
      await expect(popup.locator('.page-name')).toHaveText(PROVIDER_LABEL);
      await fillFromPopup(popup);

      for (const [name, value] of Object.entries(c.values)) {
        expect(await fieldValue(page, name), `field ${name}`).toBe(value);
      }
      for (const [name, text] of Object.entries(c.selectedText)) {
        expect(await selectedText(page, name), `selected option of ${name}`).toBe(text);
      }
      for (const [name, value] of Object.entries(c.untouched)) {
        expect(await fieldValue(page, name), `untouched ${name}`).toBe(value);
      }
      for (const name of c.unchecked) {
        const checked = await page.evaluate((n) => (document.getElementsByName(n)[0] as HTMLInputElement).checked, name);
        expect(checked, `${name} stays unchecked`).toBe(false);
      }

      // The page's scripts saw a change on every filled field and no event at all on the others;
      // nothing was submitted, the page did not move and the site received no request.
      const probe = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
      expect(probe.submitted).toBe(0);
      for (const name of Object.keys(c.values)) {
        expect(probe.events[name]?.change ?? 0, `change event on ${name}`).toBeGreaterThan(0);
      }
      for (const name of [...Object.keys(c.untouched), ...c.unchecked]) {
        expect(probe.events[name], `no event on ${name}`).toBeUndefined();
      }
      expect(page.url()).toBe(url);
      expect(sites.requests.slice(before).filter((r) => r.port === PORT)).toEqual([]);

      // The report lists every mapped field, in mapping order, as filled.
      const rows = popup.locator('.report-fields li');
      await expect(rows).toHaveCount(c.keys.length);
      const reported = await rows.evaluateAll((lis) =>
        lis.map((li) => ({ key: li.getAttribute('data-key'), outcome: li.getAttribute('data-outcome') })),
      );
      expect(reported).toEqual(c.keys.map((key) => ({ key, outcome: 'filled' })));
      await expect(popup.locator('.report-counts')).toContainText(ja('reportCounts', String(c.keys.length), '0', '0'));
    });
  }
});
