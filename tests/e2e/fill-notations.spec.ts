import type { Page } from '@playwright/test';
import { expect, fillFromPopup, test } from './fixtures';
import { ja } from './hostile/hostile-fixtures';

// Address, name and date notations that combine several traits, filled end to end on the デモ生命 pages
// (providers/demo/demo-seimei.ts) from the sample profile (lib/demo/sample-profile.ts). No field of
// that mapping names a format: every shape below is read from the page (notes, examples, maxlength).
// Sample profile: 山田 花子 (ヤマダ ハナコ), born 1990-04-15 (平成2年); household member 山田 一郎
// (ヤマダ イチロウ), born 1988-09-02 (昭和63年); old address 東京都新宿区新宿三丁目 1-1, new address
// 大阪府大阪市北区梅田一丁目 2-3 梅田テストハイツ502; move 2026-12-20 (令和8年).

const PORT = 27843;
const PROVIDER_LABEL = 'デモ生命 ご契約内容の変更（住所・お名前）';

interface NotationCase {
  path: string;
  /** name attribute → exact value after the fill. */
  values: Record<string, string>;
  /** Unmapped or trap fields → the value they must keep. */
  untouched: Record<string, string>;
  unchecked: string[];
  keys: string[];
}

const CASES: NotationCase[] = [
  {
    path: '/henko/keiyakusha',
    values: {
      kShimei: '山田花子', // 「姓と名の間にスペースは不要です。」
      kKana: 'ヤマダハナコ', // 「全角カタカナ、スペースは不要です。」
      kGengo: 'H', // 「M・T・S・H・R のいずれか」, maxlength 1
      kNen: '02', // era year padded like 「例：05」
      kTsuki: '０４', // 「全角数字2桁（例：０４）」: full width and two digits together
      kHi: '１５',
      hShimei: '山田　一郎', // placeholder 「山田　太郎」 with a full-width space
      hFurigana: 'やまだいちろう', // 「ふりがな」 with 「例：やまだたろう」: hiragana, no space
      hSeinengappi: 'S63.09.02', // 「例：H05.04.01」: era initial, dots, two digits each
    },
    untouched: { kDenwa: '', homepage: '' },
    unchecked: [],
    keys: [
      'name.full', 'name.fullKana', 'birthDate', 'birthDate', 'birthDate', 'birthDate',
      'household[0].name.full', 'household[0].name.fullKana', 'household[0].birthDate',
    ],
  },
  {
    path: '/henko/jusho',
    values: {
      shinYubin: '530-0001',
      shinKen: '大阪', // 「都・府・県は省略してください」
      shinShiku: '大阪市北区',
      shinChomei: '梅田', // 「丁目は含めずに」: the 丁目 leaves the town…
      shinBanchi: '1-2-3', // …and goes in front of the block, as numbers like 「例：1-2-3」
      shinTatemono: '梅田テストハイツ502',
      kyuKen: '東京都', // 「例：神奈川県」: the full name
      kyuShiku: '新宿区',
      kyuChoban: '新宿3丁目1番1号', // 「○丁目○番○号」 with 「例：本町3丁目4番5号」: 三 → 3
    },
    untouched: { homepage: '' },
    unchecked: [],
    keys: [
      'newAddress.postalCode', 'newAddress.prefecture', 'newAddress.city', 'newAddress.town', 'newAddress.block',
      'newAddress.building', 'oldAddress.prefecture', 'oldAddress.city', 'oldAddress.townBlock',
    ],
  },
  {
    path: '/henko/soufu',
    values: {
      atena: 'ﾔﾏﾀﾞ ﾊﾅｺ', // 「半角カナ、姓と名の間は半角スペース」
      soufuJusho: '大阪市北区梅田一丁目2-3 梅田テストハイツ502', // 「都道府県は不要です。」
      idoBi: 'R08.12.20', // 「例：R07.04.01」
      kakuninChoiki: '新宿3丁目', // 「例：霞が関1丁目」: 三丁目 → 3丁目
      kakuninBanchi: '1-1', // 「例：1-2」
      kakuninShinBanchi: '1丁目2-3', // 「例：3丁目4-5」: 丁目 + hyphens, from 梅田一丁目 + 2-3
    },
    untouched: { homepage: '' },
    unchecked: ['doui'],
    keys: [
      'name.fullKana', 'newAddress.full', 'move.date', 'oldAddress.town', 'oldAddress.block', 'newAddress.chomeBlock',
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

interface Probe {
  events: Record<string, { input: number; change: number }>;
  submitted: number;
}

test.describe('fill the デモ生命 pages in the notations their fields ask for, with a mapping that names no format', () => {
  for (const c of CASES) {
    test(`demo-seimei ${c.path}`, async ({ context, sites, openPopup, seedSampleProfile }) => {
      await seedSampleProfile();
      const page = await context.newPage();
      const url = `http://127.0.0.1:${PORT}${c.path}`;
      await page.goto(url);
      const before = sites.requests.length;
      for (const name of Object.keys(c.values)) {
        expect(await fieldValue(page, name), `${name} before the fill`).toBe('');
      }

      const popup = await openPopup(page);
      await expect(popup.locator('.page-name')).toHaveText(PROVIDER_LABEL);
      await fillFromPopup(popup);

      for (const [name, value] of Object.entries(c.values)) {
        expect(await fieldValue(page, name), `field ${name}`).toBe(value);
      }
      for (const [name, value] of Object.entries(c.untouched)) {
        expect(await fieldValue(page, name), `untouched ${name}`).toBe(value);
      }
      for (const name of c.unchecked) {
        const checked = await page.evaluate((n) => (document.getElementsByName(n)[0] as HTMLInputElement).checked, name);
        expect(checked, `${name} stays unchecked`).toBe(false);
      }

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
